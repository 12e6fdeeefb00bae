package io.gilscope.reports.render;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.EventNames;
import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.RecordingInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

/**
 * Recordings as Chrome trace-event JSON, the format ui.perfetto.dev and chrome://tracing open: a process
 * per recording and a track per thread, with its GIL holds, GIL waits, blocking calls and the JDK's lock
 * waits as slices, and drop requests and stalls as instants on the holder's track. Written while the
 * events are read, so memory does not grow with the recording. Times are microseconds from the start of
 * the first recording's first chunk.
 */
public final class TraceEvents implements Consumer<RecordedEvent> {
    private final Writer out;
    private final Set<Long> namedThreads = new HashSet<>();
    private int pid;
    private long origin = -1;
    private long written;

    private TraceEvents(Writer out) {
        this.out = out;
    }

    /** Writes the trace of {@code files} to {@code out}. @return what was read of each file, in order */
    public static List<RecordingInfo> export(List<Path> files, Writer out) throws RecordingException, IOException {
        TraceEvents trace = new TraceEvents(out);
        List<RecordingInfo> read = new ArrayList<>();
        out.write("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
        try {
            for (Path file : files) read.add(Analyzer.forEachEvent(file, start -> trace.process(file, start), trace));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.write("\n]}\n");
        out.flush();
        return read;
    }

    /** A new recording: a new process, its time counted from the first recording's start. */
    private void process(Path file, long startNanos) {
        pid++;
        namedThreads.clear();
        if (origin < 0) origin = startNanos;
        metadata("process_name", 0, String.valueOf(file.getFileName()));
    }

    @Override
    public void accept(RecordedEvent e) {
        switch (e.getEventType().getName()) {
            case EventNames.GIL_HOLD:
                slice(e, "gil", "holds the GIL", "dispatches", "releaseReason", "blockingMethod", "reacquisitions");
                break;
            case EventNames.GIL_WAIT:
                slice(e, "gil", "waits for the GIL", "reason", "previousHolder");
                break;
            case EventNames.BLOCKING_CALL:
                slice(e, "gil", "blocking call", "method");
                break;
            case EventNames.GIL_DROP_REQUEST:
                instant(e, "holder", "drop request");
                break;
            case EventNames.GIL_STALL:
                instant(e, "holder", "GIL holder stalled");
                break;
            case EventNames.MONITOR_ENTER:
                slice(e, "jdk", "blocked on a monitor", "monitorClass", "previousOwner");
                break;
            case EventNames.MONITOR_WAIT:
                slice(e, "jdk", "Object.wait", "monitorClass", "notifier", "timedOut");
                break;
            case EventNames.THREAD_PARK:
                slice(e, "jdk", "parked", "parkedClass", "timeout");
                break;
            default:
                break;
        }
    }

    private void slice(RecordedEvent e, String category, String name, String... args) {
        long tid = track(e.getThread());
        long start = Analyzer.nanos(e.getStartTime()), end = Analyzer.nanos(e.getEndTime());
        Json j = new Json(false).beginObject().field("ph", "X").field("cat", category).field("name", name)
                .field("pid", pid).field("tid", tid).name("ts").raw(micros(start - origin)).name("dur").raw(micros(end - start));
        write(args(j, e, args).endObject());
    }

    /** An instant on the track of the thread in field {@code on} (the holder), with the event's own thread as "by". */
    private void instant(RecordedEvent e, String on, String name) {
        RecordedThread holder = e.hasField(on) ? e.getValue(on) : null;
        long tid = track(holder != null ? holder : e.getThread());
        Json j = new Json(false).beginObject().field("ph", "i").field("s", "t").field("cat", "gil").field("name", name)
                .field("pid", pid).field("tid", tid).name("ts").raw(micros(Analyzer.nanos(e.getStartTime()) - origin));
        j.name("args").beginObject().field("by", threadName(e.getThread()));
        for (String f : new String[] {"state", "fix", "stalledFor"}) {
            if (e.hasField(f)) j.field(f, text(e.getValue(f)));
        }
        write(j.endObject().endObject());
    }

    private static Json args(Json j, RecordedEvent e, String... fields) {
        j.name("args").beginObject();
        for (String f : fields) {
            if (!e.hasField(f)) continue;
            Object v = e.getValue(f);
            if (v instanceof Number n && !(v instanceof Double || v instanceof Float)) j.field(f, n.longValue());
            else if (v instanceof Boolean b) j.field(f, b);
            else if (v != null) j.field(f, text(v));
        }
        return j.endObject();
    }

    /** The thread's track id, named the first time it is seen. */
    private long track(RecordedThread t) {
        if (t == null) return 0;
        long id = t.getJavaThreadId() > 0 ? t.getJavaThreadId() : t.getOSThreadId();
        if (namedThreads.add(id)) metadata("thread_name", id, threadName(t));
        return id;
    }

    private void metadata(String kind, long tid, String name) {
        write(new Json(false).beginObject().field("ph", "M").field("name", kind).field("pid", pid).field("tid", tid)
                .name("args").beginObject().field("name", name).endObject().endObject());
    }

    private void write(Json event) {
        try {
            if (written++ > 0) out.write(",\n");
            out.write(event.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String threadName(RecordedThread t) {
        if (t == null) return "(unknown thread)";
        String name = Analyzer.threadName(t);
        return name == null ? "(unnamed thread)" : name;
    }

    private static String text(Object v) {
        if (v instanceof RecordedThread t) return threadName(t);
        if (v instanceof RecordedClass c) return c.getName();
        return String.valueOf(v);
    }

    /** Nanoseconds as microseconds with three decimals, exactly (the JSON writer rounds doubles to 6 digits). */
    static String micros(long nanos) {
        String sign = nanos < 0 ? "-" : "";
        long n = Math.abs(nanos);
        long frac = n % 1000;
        return sign + (n / 1000) + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac;
    }
}
