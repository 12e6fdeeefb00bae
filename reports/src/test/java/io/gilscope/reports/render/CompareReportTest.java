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
}
