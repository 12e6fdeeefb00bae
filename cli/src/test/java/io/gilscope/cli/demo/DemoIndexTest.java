package io.gilscope.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gilscope.cli.claims.Claim;
import io.gilscope.cli.claims.ClaimResult;
import io.gilscope.cli.claims.Claims;
import io.gilscope.cli.claims.Target;
import io.gilscope.cli.launch.Home;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index tells each claim's story from runs made up here: verdict, reason, picture, figures, links; escaped; drawn in Chromium. */
class DemoIndexTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("gilscope.chromium", "/usr/bin/chromium"));

    @TempDir Path dir;

    @Test
    void repetitionsAreTheTextBetweenMarkers() {
        String out = "noise\n" + Demo.REPEAT_MARKER + "1 of 2\nSequential: 1.00s\n" + Demo.REPEAT_MARKER + "2 of 2\nSequential: 0.90s\nThreads: 1.00s\n";
        assertEquals(List.of("Sequential: 1.00s\n", "Sequential: 0.90s\nThreads: 1.00s\n"), Demo.repetitions(out));
        assertEquals(List.of(), Demo.repetitions("a program that printed no marker\n"));
    }

    @Test
    void eachClaimHasItsVerdictReasonPictureAndReports() throws Exception {
        Claim countdown = countdownClaims().get(0);
        DemoRun gil = run("GIL", "Sequential time: 1.00s\nMulti-threaded time: 1.40s\n", "Sequential time: 1.00s\nMulti-threaded time: 1.30s\n",
                "Sequential time: 1.00s\nMulti-threaded time: 1.02s\n",
                "Sequential time: 1.00s\nMulti-threaded time: 1.05s\n", "Sequential time: 1.00s\nMulti-threaded time: 0.99s\n");
        DemoRun noGil = new DemoRun("no GIL", 5, List.of(), null, null, "exit 1: <script>alert('x')</script>\u202e", Double.NaN);
        List<ClaimResult> verdicts = new ArrayList<>();
        for (Claim c : countdownClaims()) verdicts.add(ClaimResult.judge(c, Map.of(Target.NEW, gil.result(c), Target.OFF, noGil.result(c))));
        String html = DemoIndex.render(List.of(new Demo.Shown(countdown, gil, noGil, null, verdicts)), dir, 3);

        assertTrue(html.contains("<span class=\"verdict holds\">holds</span> <strong>Two CPU-bound threads are no faster than sequential"), html);
        assertTrue(html.contains("GIL new 1.02 (0.99–1.05) ≥ 0.9"), "the reason shows the warm runs only (the warm-ups' 1.40 and 1.30 are left out)");
        assertTrue(html.contains("<span class=\"verdict inconclusive\">inconclusive</span> <strong>Without the GIL"), html);
        assertTrue(html.contains("not measured (no GIL (off): exit 1: &lt;script&gt;"), "the failed run's reason, escaped");
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("data-demo-chart=\"0\""));
        assertTrue(html.contains("{\"label\":\"GIL: Sequential time\",\"gil\":true,\"values\":[1,1,1,1,1]}"), html);
        assertTrue(html.contains("href=\"countdown-gil.html\""));
        assertFalse(html.contains("http://") || html.contains("https://"), "works offline");

        assumeTrue(Files.isExecutable(CHROMIUM), "needs chromium at " + CHROMIUM);
        Path page = dir.resolve("index.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(dom.contains("class=\"uplot"), "uPlot drew the picture offline");
    }

    private DemoRun run(String label, String... repetitions) {
        return new DemoRun(label, 5, List.of(repetitions), null, dir.resolve("countdown-gil.html"), null, 0.0);
    }

    private static List<Claim> countdownClaims() {
        Home home = new Home(Path.of("..").toAbsolutePath().normalize());
        return Claims.demo(home, true).stream().filter(c -> c.name().equals("countdown")).toList();
    }
}
