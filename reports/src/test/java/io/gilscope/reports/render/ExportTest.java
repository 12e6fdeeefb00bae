package io.gilscope.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.reports.analysis.EventNames;
import io.gilscope.reports.check.SummaryJson;
import io.gilscope.reports.testing.Samples;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports, parsed and checked against the recording's own events as jdk.jfr reads them. */
class ExportTest {
    @TempDir
    static Path dir;
    static Path sample;
    static List<RecordedEvent> events;

    @BeforeAll
    static void record() throws Exception {
        sample = Samples.mixed(dir.resolve("mixed.jfr"));
        events = RecordingFile.readAllEvents(sample);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> trace() throws Exception {
        StringWriter out = new StringWriter();
        TraceEvents.export(List.of(sample), out);
        Map<String, Object> json = (Map<String, Object>) SummaryJson.parse(out.toString());
        return (List<Map<String, Object>>) json.get("traceEvents");
    }

    @Test
    @SuppressWarnings("unchecked")
    void perfettoHasATrackPerThreadWithEveryHoldWaitAndBlockingCall() throws Exception {
        List<Map<String, Object>> trace = trace();
        Map<Object, String> threadNames = trace.stream().filter(e -> "thread_name".equals(e.get("name")))
                .collect(Collectors.toMap(e -> e.get("tid"), e -> (String) ((Map<String, Object>) e.get("args")).get("name")));
        assertTrue(threadNames.values().containsAll(List.of("cpu-1", "cpu-2", Samples.EVIL)), threadNames.toString());
        for (String[] kind : new String[][] {{"holds the GIL", EventNames.GIL_HOLD}, {"waits for the GIL", EventNames.GIL_WAIT},
                {"blocking call", EventNames.BLOCKING_CALL}, {"blocked on a monitor", EventNames.MONITOR_ENTER}}) {
            List<Map<String, Object>> slices = slices(trace, kind[0]);
            List<RecordedEvent> recorded = events.stream().filter(e -> e.getEventType().getName().equals(kind[1])).toList();
            assertEquals(recorded.size(), slices.size(), kind[0]);
            double micros = slices.stream().mapToDouble(e -> number(e, "dur")).sum();
            double expected = recorded.stream().mapToLong(e -> e.getDuration().toNanos()).sum() / 1000.0;
            assertEquals(expected, micros, 0.001 * slices.size() + 1e-6, kind[0] + ": the same time, to the nanosecond");
        }
        assertTrue(slices(trace, "blocking call").stream().allMatch(e -> "socket#recv".equals(((Map<String, Object>) e.get("args")).get("method"))));
        // Times count from the recording's start. A wait that began before the recording started (a JDK thread
        // parked since start-up, recorded when it ends) begins before 0; every event ends after it.
        assertTrue(trace.stream().allMatch(e -> !e.containsKey("ts") || number(e, "ts") + (e.containsKey("dur") ? number(e, "dur") : 0) >= 0),
                "times count from the recording's start");
    }

    /** The two CPU-bound threads take turns: their holds never overlap on the timeline. */
    @Test
    void gilHoldsOfDifferentThreadsNeverOverlap() throws Exception {
        List<Map<String, Object>> holds = new ArrayList<>(slices(trace(), "holds the GIL"));
        holds.sort(Comparator.comparingDouble(e -> number(e, "ts")));
        for (int i = 1; i < holds.size(); i++) {
            Map<String, Object> a = holds.get(i - 1), b = holds.get(i);
            assertTrue(number(a, "ts") + number(a, "dur") <= number(b, "ts") + 0.001, "overlap: " + a + " and " + b);
        }
        assertTrue(holds.size() >= 80, "40 slices per CPU thread at least: " + holds.size());
    }

    @Test
    void collapsedStacksAddUpToTheMonitorWaitsAndNameTheCode() throws Exception {
        StringWriter out = new StringWriter();
        CollapsedStacks.export(List.of(sample), out);
        List<String> lines = out.toString().lines().toList();
        for (String l : lines) assertTrue(l.matches("[^ ]+ \\d+"), "frames;...;frame micros: " + l);
        Map<String, Long> byKind = new HashMap<>();
        for (String l : lines) byKind.merge(l.substring(0, l.indexOf(';')), Long.parseLong(l.substring(l.lastIndexOf(' ') + 1)), Long::sum);
        long monitorMicros = events.stream().filter(e -> e.getEventType().getName().equals(EventNames.MONITOR_ENTER))
                .mapToLong(e -> e.getDuration().toNanos()).sum() / 1000;
        long exported = byKind.getOrDefault("blocked_on_monitor", 0L);
        assertTrue(exported <= monitorMicros && exported >= monitorMicros - lines.size(), exported + " of " + monitorMicros + " us");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("blocked_on_monitor;") && l.contains("io.gilscope.reports.testing.Samples.contend ")),
                "the synchronized block is the leaf: " + out);
    }

    @Test
    void microsecondsAreExact() {
        assertEquals("0.000", TraceEvents.micros(0));
        assertEquals("1.005", TraceEvents.micros(1005));
        assertEquals("12345678.090", TraceEvents.micros(12_345_678_090L));
        assertEquals("-0.250", TraceEvents.micros(-250));
    }

    @Test
    void frameNamesCannotBreakTheFormat() {
        assertEquals("a_b_c_d_e", CollapsedStacks.safe("a;b c\nd\u202ee"));
    }

    private static List<Map<String, Object>> slices(List<Map<String, Object>> trace, String name) {
        return trace.stream().filter(e -> "X".equals(e.get("ph")) && name.equals(e.get("name"))).toList();
    }

    private static double number(Map<String, Object> e, String field) {
        return ((Number) e.get(field)).doubleValue();
    }
}
