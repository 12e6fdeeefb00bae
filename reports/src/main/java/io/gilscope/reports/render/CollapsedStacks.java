package io.gilscope.reports.render;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.EventNames;
import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.RecordingInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;

/**
 * The JDK's lock waits (blocked on a monitor, Object.wait, parked) in Brendan Gregg's collapsed-stack format,
 * which flamegraph.pl, speedscope and most flame-graph viewers read: one line per distinct stack, frames from
 * the thread's root to the blocking call separated by ';', then the microseconds spent blocked there. The
 * first frame says which kind of wait it was (blocked_on_monitor, Object.wait, parked). GIL events carry no Java stack (the interpreter's own stack is
 * what tells where), so they are not in this export.
 */
public final class CollapsedStacks implements Consumer<RecordedEvent> {
    private final Map<String, Long> nanosByStack = new HashMap<>();
    private final Map<RecordedStackTrace, String> collapsed = new IdentityHashMap<>();   // the parser shares a chunk's traces

    private CollapsedStacks() {}

    /** Writes the stacks of {@code files}, heaviest first. @return what was read of each file, in order */
    public static List<RecordingInfo> export(List<Path> files, Writer out) throws RecordingException, IOException {
        CollapsedStacks stacks = new CollapsedStacks();
        List<RecordingInfo> read = new ArrayList<>();
        for (Path file : files) {
            read.add(Analyzer.forEachEvent(file, start -> stacks.collapsed.clear(), stacks));
        }
        List<Map.Entry<String, Long>> lines = new ArrayList<>(stacks.nanosByStack.entrySet());
        lines.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Long> line : lines) {
            long micros = line.getValue() / 1000;
            if (micros > 0) out.write(line.getKey() + " " + micros + "\n");
        }
        out.flush();
        return read;
    }

    @Override
    public void accept(RecordedEvent e) {
        String kind = switch (e.getEventType().getName()) {
            case EventNames.MONITOR_ENTER -> "blocked_on_monitor";
            case EventNames.MONITOR_WAIT -> "Object.wait";
            case EventNames.THREAD_PARK -> "parked";
            default -> null;
        };
        RecordedStackTrace trace = kind == null ? null : e.getStackTrace();
        if (trace == null) return;
        String stack = kind + ";" + collapsed.computeIfAbsent(trace, CollapsedStacks::collapse);
        nanosByStack.merge(stack, e.getDuration().toNanos(), Long::sum);
    }

    /** Root first, each frame Class.method, with nothing in a name that the format gives a meaning to. */
    static String collapse(RecordedStackTrace trace) {
        List<RecordedFrame> frames = trace.getFrames();
        StringBuilder sb = new StringBuilder();
        if (trace.isTruncated()) sb.append("(truncated)");
        for (int i = frames.size() - 1; i >= 0; i--) {
            RecordedMethod m = frames.get(i).getMethod();
            String name = m == null || m.getType() == null ? "(unknown)" : m.getType().getName() + "." + m.getName();
            if (sb.length() > 0) sb.append(';');
            sb.append(safe(name));
        }
        return sb.toString();
    }

    /** ';' separates frames and whitespace the count: both, and control characters, become '_'. */
    static String safe(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(c -> sb.appendCodePoint(c == ';' || Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? '_' : c));
        return sb.toString();
    }
}
