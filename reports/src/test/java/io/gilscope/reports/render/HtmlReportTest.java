package io.gilscope.reports.render;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HtmlReportTest {
    @TempDir static Path dir;
    static Summary summary;
    static String html;

    @BeforeAll
    static void render() throws Exception {
        summary = Analyzer.analyze(Samples.mixed(dir.resolve("mixed.jfr")));
        html = HtmlReport.render(summary);
        Path out = Path.of("target", "gilscope-test", "report.html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, html);
    }

    @Test
    void everyStringFromTheRecordingIsEscaped() {
        assertTrue(summary.combined().threads().stream().anyMatch(t -> t.name().equals(Samples.EVIL)));
        assertFalse(html.contains(Samples.EVIL), "raw thread name must not reach the page");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "it appears as text");
        assertFalse(html.contains("<script>alert"), "not as a script anywhere, not even in the chart data");
        assertTrue(html.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), "chart data escapes it for <script>");
    }

    /** Bidi overrides and control characters in names reach the page as visible escapes, in the text and the chart data. */
    @Test
    void bidiOverridesAndControlsAreNeutralised() throws Exception {
        Path f = io.gilscope.reports.testing.Recordings.record(dir.resolve("bidi.jfr"), () -> {
            io.gilscope.reports.testing.GilEvents.configuration("new", 1_000_000);
            io.gilscope.reports.testing.GilSimulator gil = new io.gilscope.reports.testing.GilSimulator(1_000_000);
            io.gilscope.reports.testing.GilSimulator.runAll(List.of(gil.cpuThread("abc\u202edcba\u001b[2J", 5), gil.cpuThread("plain", 5)));
        });
        String page = HtmlReport.render(Analyzer.analyze(f));
        Files.writeString(Path.of("target", "gilscope-test", "bidi.html"), page);
        assertTrue(page.contains("abc\\u202edcba\\u001b[2J"), "shown as escapes");
        assertFalse(page.contains("\u202e") || page.contains("\u001b"), "no raw override or escape anywhere on the page");
    }

    @Test
    void worksOffline() {
        assertFalse(html.contains("http://"), "no http:// reference");
        assertFalse(html.contains("https://"), "no https:// reference");
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains(" src="), "no external script or image");
        assertTrue(html.contains("var uPlot="), "uPlot inlined");
        assertTrue(html.contains(".uplot"), "uPlot CSS inlined");
    }

    @Test
    void hasEverySection() {
        for (String s : List.of("Findings", "Threads", "Timeline", "GIL wait time", "JDK lock contention",
                "By monitor / parked-on class", "By site (top frames)", "By thread", "GIL utilisation",
                "Convoy indicator", "stack traces", "cpu-1", "lock-worker-", "Blocking calls")) {
            assertTrue(html.contains(s), s);
        }
    }

    @Test
    void severalProcessesHaveACombinedSection() throws Exception {
        Summary two = Analyzer.analyze(List.of(dir.resolve("mixed.jfr"), dir.resolve("mixed.jfr")), "two");
        String page = HtmlReport.render(two);
        assertTrue(page.contains("Combined: 2 processes"));
        assertTrue(page.contains("Process 2:"));
    }

    @Test
    void jsonSummaryIsVersionedWithStableNames() {
        String json = JsonSummary.render(summary);
        assertTrue(json.contains("\"schemaVersion\": 1"));
        for (String m : List.of("gil.utilisation", "gil.waitShare", "gil.switchesPerSecond", "gil.wait.p99Millis",
                "gil.convoyRatio", "locks.monitorEnter.totalMillis", "locks.threadPark.p90Millis")) {
            assertTrue(json.contains("\"" + m + "\""), m);
        }
        assertTrue(json.contains("\"waitP99Millis\""));
        assertFalse(json.contains(Samples.EVIL));
    }

    @Test
    void textSummaryHasHeadlineAndThreads() {
        String text = TextSummary.render(summary);
        assertTrue(text.contains("GIL utilisation:"));
        assertTrue(text.contains("cpu-2"));
        assertTrue(text.contains("jdk.JavaMonitorEnter"));
    }
}
