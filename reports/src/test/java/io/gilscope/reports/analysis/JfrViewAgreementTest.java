package io.gilscope.reports.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Per-site monitor contention agrees with {@code jfr view contention-by-site} (JDK 21+) on the same file. */
class JfrViewAgreementTest {
    static final Path JFR = Path.of(System.getProperty("gilscope.jfr.tool", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr"));
    static final Pattern ROW = Pattern.compile("^(\\S.*?)\\s+(\\d+)\\s+([\\d.,]+ \\S+)\\s+([\\d.,]+ \\S+)\\s*$");

    @TempDir Path dir;

    @Test
    void contentionBySiteAgrees() throws Exception {
        assumeTrue(Files.isExecutable(JFR), "needs a JDK 21+ jfr tool at " + JFR);
        Path f = AnalyzerTest.contentionRecording(dir.resolve("c.jfr"));
        Process p = new ProcessBuilder(JFR.toString(), "view", "--width", "400", "contention-by-site", f.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);

        Map<String, double[]> theirs = new HashMap<>(); // site -> count, avg ns, max ns
        for (String line : out.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches() && !line.startsWith("StackTrace")) {
                theirs.put(m.group(1).trim(), new double[] {Double.parseDouble(m.group(2)), nanos(m.group(3)), nanos(m.group(4))});
            }
        }
        assertFalse(theirs.isEmpty(), "jfr view listed sites:\n" + out);

        ProcessSummary ours = Analyzer.analyze(f).combined();
        int compared = 0;
        for (LockGroup g : ours.locks().bySite()) {
            if (g.kind() != LockKind.MONITOR_ENTER) continue;
            double[] t = theirs.get(g.key());
            assertNotNull(t, "jfr view has site " + g.key() + ":\n" + out);
            assertEquals(t[0], g.stats().count(), "count at " + g.key());
            assertEquals(t[1], g.stats().meanNanos(), Math.max(t[1] * 0.01, 1_000), "average at " + g.key());
            assertEquals(t[2], g.stats().maxNanos(), Math.max(t[2] * 0.01, 1_000), "max at " + g.key());
            compared++;
        }
        for (String site : theirs.keySet()) {
            boolean jfrInternal = site.startsWith("jdk.jfr.");
            assertTrue(jfrInternal || ours.locks().bySite().stream().anyMatch(g -> g.key().equals(site)), "we have site " + site);
        }
        assertTrue(compared > 0);
    }

    /** "2.12 ms", "850 us", "1.5 s", "120 ns". */
    static double nanos(String s) {
        String[] parts = s.replace(",", "").split(" ");
        double v = Double.parseDouble(parts[0]);
        switch (parts[1]) {
            case "ns": return v;
            case "us": case "µs": return v * 1e3;
            case "ms": return v * 1e6;
            case "s": return v * 1e9;
            case "min": return v * 60e9;
            default: throw new IllegalArgumentException("unit " + s);
        }
    }
}
