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
 * Time by stack in Brendan Gregg's collapsed-stack format, which flamegraph.pl, speedscope and most
 * flame-graph viewers read: one line per distinct stack, frames from the root separated by ';', then
 * microseconds. The first frame says what the time was:
 * <ul>
 * <li>gil_held, gil_wait, gil_released: the GIL held (placed where the holder let it go), waited for (where
 *     the wait began) and released for a blocking call, by the interpreter's own stack, which the agent's
 *     location hook puts in the gilscope events (docs/events.md); recordings without it have none;
 * <li>blocked_on_monitor, Object.wait, parked: the JDK's lock waits, by Java stack.
 * </ul>
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
        String gil = switch (e.getEventType().getName()) {
            case EventNames.GIL_HOLD -> interpreterStack(e, "droppedAt", "takenAt");
            case EventNames.GIL_WAIT -> interpreterStack(e, "waitedAt", null);
            case EventNames.BLOCKING_CALL -> interpreterStack(e, "at", null);
            default -> null;
        };
        if (gil != null) {
            String kind = switch (e.getEventType().getName()) {
                case EventNames.GIL_HOLD -> "gil_held";
                case EventNames.GIL_WAIT -> "gil_wait";
                default -> "gil_released";
            };
            nanosByStack.merge(kind + ";" + gil, e.getDuration().toNanos(), Long::sum);
            return;
        }
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

    /** The interpreter stack in {@code field} (else in {@code fallback}), collapsed; null when the event has none. */
    private static String interpreterStack(RecordedEvent e, String field, String fallback) {
        Object v = e.hasField(field) ? e.getValue(field) : null;
        if (v == null && fallback != null && e.hasField(fallback)) v = e.getValue(fallback);
        if (!(v instanceof String stack) || stack.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (String frame : stack.split("\n")) {
            if (sb.length() > 0) sb.append(';');
            sb.append(safe(frame));
        }
        return sb.toString();
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
