package io.gilscope.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.analysis.Timeline;
import io.gilscope.reports.testing.GilEvents;
import io.gilscope.reports.testing.GilSimulator;
import io.gilscope.reports.testing.Recordings;
import io.gilscope.reports.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareReportTest {
    @TempDir
    Path dir;

    static Path run(Path file, int slices) throws Exception {
        return Recordings.record(file, () -> {
            GilEvents.configuration("new", 1_000_000);
            GilSimulator gil = new GilSimulator(1_000_000);
            GilSimulator.runAll(List.of(gil.cpuThread("cpu-1", slices), gil.cpuThread("cpu-2", slices)));
        });
    }

    /** The page opens with the headline, keeps every metric one click away, and shares one time axis. */
    @Test
    void headlineFirstAndOneTimeAxis() throws Exception {
        Summary shorter = Analyzer.analyze(run(dir.resolve("short.jfr"), 10));
        Summary longer = Analyzer.analyze(run(dir.resolve("long.jfr"), 60));
        String html = CompareReport.render(shorter, longer, "short vs long");
        int headline = html.indexOf("<h2>Headline</h2>"), all = html.indexOf("<summary>All " + Metrics.names().size() + " metrics</summary>");
        assertTrue(headline >= 0 && all > headline, "headline, then every metric");
        String top = html.substring(headline, all);
        for (String m : CompareReport.HEADLINE) assertTrue(top.contains(">" + m + "<"), m);
        assertEquals(CompareReport.HEADLINE.size(), top.split("<td class=\"mono\">", -1).length - 1, "only the headline first");

        Timeline.Data t = longer.combined().timeline();
        Matcher axis = Pattern.compile("\"axisNanos\":(\\d+)").matcher(html);
        assertTrue(axis.find(), "the page carries the shared axis");
        assertEquals(t.buckets() * t.widthNanos(), Long.parseLong(axis.group(1)), "the longer run's");
    }

    /** With interpreter stacks on either side, the page says per function what changed, largest change first. */
    @Test
    void byFunctionLargestChangeFirst() throws Exception {
        Summary stacks = Analyzer.analyze(Samples.withStacks(dir.resolve("stacks.jfr")));
        Summary none = Analyzer.analyze(run(dir.resolve("none.jfr"), 10));
        String html = CompareReport.render(stacks, none, "stacks vs none");
        int by = html.indexOf("<h2>By function</h2>");
        assertTrue(by > html.indexOf("<h2>Headline</h2>"), "after the headline");
        String held = html.substring(html.indexOf("<h4>GIL held</h4>"), html.indexOf("<h4>Waiting for the GIL</h4>"));
        assertTrue(held.indexOf("spin (w.py:4)") < held.indexOf("evil"), "spin's 9 ms change before the hostile frame's 0.1 ms");
        String waited = html.substring(html.indexOf("<h4>Waiting for the GIL</h4>"));
        assertTrue(waited.matches("(?s).*nap \\(w\\.py:9\\)</td><td class=\"n\">[0-9.]+ ms</td><td class=\"n\">0 ns</td><td class=\"n better\".*"),
                "less waiting in B is better: " + waited.substring(0, Math.min(600, waited.length())));
        assertTrue(!html.contains("\u202e"), "no bidi override raw");
        assertTrue(!CompareReport.render(none, none, "none").contains("<h2>By function</h2>"), "no section without stacks");
    }
}
