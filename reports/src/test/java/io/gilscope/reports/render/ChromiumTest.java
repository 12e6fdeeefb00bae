package io.gilscope.reports.render;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Loads the report in headless Chromium (Debian package {@code chromium}; skipped without it): the
 * scripts run offline and draw the charts, and a screenshot lands in target/gilscope-test/ to look at.
 */
class ChromiumTest {
    static final Path CHROMIUM = Path.of(System.getProperty("gilscope.chromium", "/usr/bin/chromium"));

    @TempDir Path dir;

    static List<String> chromium(Path profile, String... args) {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,2000"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        return out;
    }

    @Test
    void pageRendersOfflineWithCharts() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs chromium at " + CHROMIUM);
        Path out = Path.of("target", "gilscope-test").toAbsolutePath();
        Files.createDirectories(out);
        Path html = out.resolve("chromium-report.html");
        Files.writeString(html, HtmlReport.render(Analyzer.analyze(Samples.mixed(dir.resolve("m.jfr")))));

        String dom = run(chromium(dir.resolve("p1"), "--dump-dom", html.toUri().toString()));
        assertTrue(dom.contains("class=\"uplot"), "uPlot drew its charts (scripts ran offline)");
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile thread name is text in the DOM");
        assertFalse(dom.contains("<script>alert(1)</script>"));

        Path png = out.resolve("chromium-report.png");
        Files.deleteIfExists(png);
        run(chromium(dir.resolve("p2"), "--screenshot=" + png, html.toUri().toString()));
        assertTrue(Files.exists(png) && Files.size(png) > 20_000, "screenshot written: " + png);
    }

    @Test
    void flameGraphsDrawTheInterpreterStacks() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs chromium at " + CHROMIUM);
        Path html = dir.resolve("where.html");
        Files.writeString(html, HtmlReport.render(Analyzer.analyze(Samples.withStacks(dir.resolve("w.jfr")))));
        String dom = run(chromium(dir.resolve("p3"), "--dump-dom", html.toUri().toString()));
        assertTrue(dom.contains("<div class=\"fr\"") && dom.contains(">spin (w.py:4)</div>"), "the held flame graph drew spin's frame");
        assertTrue(dom.contains(">nap (w.py:9)</div>"), "the wait flame graph drew nap's frame");
        String page = Files.readString(html);
        assertTrue(page.contains("data-by-thread=\"heldByThread\"") && page.contains("\"heldByThread\":"), "the by-thread view and its tree");
        assertFalse(dom.contains("\u202e") || dom.contains("\u001b"), "no bidi override or escape reaches the page raw");
    }
}
