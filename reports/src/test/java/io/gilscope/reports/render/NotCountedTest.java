package io.gilscope.reports.render;

import io.gilscope.reports.check.SummaryJson;
import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.analysis.Units;
import io.gilscope.reports.testing.GilEvents;
import io.gilscope.reports.testing.GilSimulator;
import io.gilscope.reports.testing.Recordings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A recording whose agent did not count dispatches: every output says "not counted" instead of 0. */
class NotCountedTest {
    @TempDir static Path dir;
    static Summary counted, uncounted;

    @BeforeAll
    static void record() throws Exception {
        counted = Analyzer.analyze(run(dir.resolve("counted.jfr"), true));
        uncounted = Analyzer.analyze(run(dir.resolve("uncounted.jfr"), false));
    }

    static Path run(Path file, boolean dispatchesCounted) throws Exception {
        return Recordings.record(file, () -> {
            GilEvents.configuration("new", 1_000_000, dispatchesCounted);
            GilSimulator gil = new GilSimulator(1_000_000);
            GilSimulator.runAll(List.of(gil.cpuThread("cpu-1", 5), gil.cpuThread("cpu-2", 5)));
        });
    }

    @Test
    void text() {
        String t = TextSummary.render(uncounted);
        assertTrue(t.contains("dispatches:        not counted (the agent ran with count=false or checkpoints=backedge)\n"), t);
        List<String> rows = t.lines().filter(l -> l.startsWith("cpu-")).toList();
        assertEquals(2, rows.size(), t);
        assertTrue(rows.stream().allMatch(l -> l.contains(" not counted ")), t);

        String c = TextSummary.render(counted);
        assertFalse(c.contains("not counted"), c);
        assertTrue(c.contains("(" + Units.count(counted.combined().gil().dispatches()) + " bytecodes)"), c);
    }

    @Test
    void html() {
        String h = HtmlReport.render(uncounted);
        assertTrue(h.contains("<div class=\"v\">not counted</div><div class=\"k\">Dispatches</div>"
                + "<div class=\"h\">the agent ran with count&#61;false or checkpoints&#61;backedge</div>"), "the card");   // Mustache escapes =
        assertEquals(2, h.split(">not counted</td>", -1).length - 1, "one cell per thread");
        assertFalse(HtmlReport.render(counted).contains("not counted"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonLeavesTheMetricOutAndTheThreadCountsNull() {
        Map<String, Object> root = (Map<String, Object>) SummaryJson.parse(JsonSummary.render(uncounted));
        assertFalse(((Map<String, Object>) root.get("metrics")).containsKey(Metrics.GIL_DISPATCHES_PER_SECOND));
        assertEquals(false, ((Map<String, Object>) root.get("gil")).get("dispatchesCounted"));
        for (Object t : (List<Object>) root.get("threads")) {
            Map<String, Object> thread = (Map<String, Object>) t;
            assertTrue(thread.containsKey("dispatches") && thread.get("dispatches") == null, thread.toString());
        }
        Map<String, Object> process = (Map<String, Object>) ((List<Object>) root.get("processes")).get(0);
        assertFalse(((Map<String, Object>) process.get("metrics")).containsKey(Metrics.GIL_DISPATCHES_PER_SECOND));

        Map<String, Object> c = (Map<String, Object>) SummaryJson.parse(JsonSummary.render(counted));
        assertTrue((Double) ((Map<String, Object>) c.get("metrics")).get(Metrics.GIL_DISPATCHES_PER_SECOND) > 0);
        assertEquals(true, ((Map<String, Object>) c.get("gil")).get("dispatchesCounted"));
        Map<String, Object> thread = (Map<String, Object>) ((List<Object>) c.get("threads")).get(0);
        assertTrue((Double) thread.get("dispatches") > 0, thread.toString());
    }

    @Test
    void compareShowsNotCountedOnEitherSideAndNoChange() {
        for (boolean countedFirst : List.of(true, false)) {
            Summary a = countedFirst ? counted : uncounted, b = countedFirst ? uncounted : counted;
            CompareReport.Row row = CompareReport.rows(a, b).stream()
                    .filter(r -> r.metric().equals(Metrics.GIL_DISPATCHES_PER_SECOND)).findFirst().orElseThrow();
            assertEquals(countedFirst, Double.isNaN(row.b()));
            assertEquals("", row.verdict(), "neither better nor worse");
            String value = CompareReport.num(counted.metric(Metrics.GIL_DISPATCHES_PER_SECOND));
            String cells = countedFirst ? value + "</td><td class=\"n\">not counted" : "not counted</td><td class=\"n\">" + value;
            String page = CompareReport.render(a, b, "t");
            assertTrue(page.contains("<td class=\"mono\">gil.dispatchesPerSecond</td><td class=\"n\">" + cells
                    + "</td><td class=\"n \"></td>"), "row with no change");
        }
    }
}
