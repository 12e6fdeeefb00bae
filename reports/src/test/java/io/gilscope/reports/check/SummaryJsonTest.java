package io.gilscope.reports.check;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.render.JsonSummary;
import io.gilscope.reports.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

@SuppressWarnings("unchecked")
class SummaryJsonTest {
    @TempDir Path dir;

    @Test
    void metricsRoundTrip() throws Exception {
        Summary s = Analyzer.analyze(Samples.mixed(dir.resolve("m.jfr")));
        Path json = Files.writeString(dir.resolve("s.json"), JsonSummary.render(s));
        Map<String, Double> back = SummaryJson.readMetrics(json).values().get(0);
        assertEquals(s.metrics().keySet(), back.keySet());
        for (Map.Entry<String, Double> e : s.metrics().entrySet()) {
            double v = e.getValue();
            if (Double.isNaN(v)) assertTrue(back.get(e.getKey()).isNaN(), e.getKey());
            else assertEquals(v, back.get(e.getKey()), Math.abs(v) * 1e-5 + 1e-12, e.getKey());
        }
        Map<String, Object> root = SummaryJson.read(json);
        List<?> threads = (List<?>) root.get("threads");
        assertEquals(s.combined().threads().size(), threads.size());
        assertTrue(threads.stream().anyMatch(t -> Samples.EVIL.equals(((Map<?, ?>) t).get("name"))), "escapes decode back");
        assertTrue(back.containsKey(Metrics.GIL_WAIT_SHARE));
        assertEquals(Metrics.names(), List.copyOf(back.keySet()), "names() lists every metric, in order");
    }

    @Test
    void severalProcessesHaveTheirOwnMetrics() throws Exception {
        Path a = Samples.mixed(dir.resolve("a.jfr"));
        Summary s = Analyzer.analyze(List.of(a, a), "two");
        Map<String, Object> root = (Map<String, Object>) SummaryJson.parse(JsonSummary.render(s));
        List<?> processes = (List<?>) root.get("processes");
        assertEquals(2, processes.size());
        Map<?, ?> first = (Map<?, ?>) ((Map<?, ?>) processes.get(0)).get("metrics");
        Map<?, ?> combined = (Map<?, ?>) root.get("metrics");
        assertEquals(2 * (Double) first.get(Metrics.GIL_HELD_SECONDS), (Double) combined.get(Metrics.GIL_HELD_SECONDS), 1e-5);
    }

    @Test
    void wrongVersionAndJunkAreUnusable() throws Exception {
        Path v2 = Files.writeString(dir.resolve("v2.json"), "{\"schemaVersion\": 2, \"metrics\": {}}");
        RecordingException e = assertThrows(RecordingException.class, () -> SummaryJson.readMetrics(v2));
        assertTrue(e.getMessage().contains("schema version 2"));
        Path junk = Files.writeString(dir.resolve("junk.json"), "{\"schemaVersion\": 1, \"metrics\": {");
        assertThrows(RecordingException.class, () -> SummaryJson.readMetrics(junk));
        assertThrows(RecordingException.class, () -> SummaryJson.readMetrics(dir.resolve("none.json")));
    }
}
