package io.gilscope.cli;

import static io.gilscope.cli.Cli.run;

import io.gilscope.cli.Cli.Result;

import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.check.SummaryJson;
import io.gilscope.reports.render.BaselineJson;
import io.gilscope.reports.testing.GilEvents;
import io.gilscope.reports.testing.GilSimulator;
import io.gilscope.reports.testing.Recordings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.*;

/** {@code gilscope check} and {@code gilscope baseline} end to end, on recordings made here and on hand-written summaries. */
class CheckCommandTest {
    static final String MONITOR_MILLIS = "locks.monitorEnter.totalMillis";
    @TempDir static Path dir;
    static Path fast, fastAgain, slow, uncounted, calm, contended;

    @BeforeAll
    static void record() throws Exception {
        fast = gil(dir.resolve("fast.jfr"), 2_000_000, 30, true);
        fastAgain = gil(dir.resolve("fast-again.jfr"), 2_000_000, 30, true);
        slow = gil(dir.resolve("slow.jfr"), 50_000_000, 12, true); // the same program with interval=50ms (24 waits: a median needs 20)
        uncounted = gil(dir.resolve("uncounted.jfr"), 2_000_000, 10, false);
        calm = monitors(dir.resolve("calm.jfr"), false);
        contended = monitors(dir.resolve("contended.jfr"), true);
    }

    /** Two CPU-bound interpreter threads sharing a GIL with the given switch interval. */
    static Path gil(Path file, long intervalNanos, int slices, boolean dispatchesCounted) throws Exception {
        return Recordings.record(file, () -> {
            GilEvents.configuration("new", intervalNanos, dispatchesCounted);
            GilSimulator g = new GilSimulator(intervalNanos);
            GilSimulator.runAll(GilSimulator.list(g.cpuThread("cpu-1", slices), g.cpuThread("cpu-2", slices)));
        });
    }

    /** Plain Java (no agent): two threads each doing 2 ms of work 40 times, on one shared monitor or on their own. */
    static Path monitors(Path file, boolean shared) throws Exception {
        Object common = new Object();
        return Recordings.record(file, () -> {
            Runnable work = () -> {
                Object lock = shared ? common : new Object();
                for (int i = 0; i < 40; i++) {
                    synchronized (lock) { Recordings.spin(2_000_000); }
                }
            };
            GilSimulator.runAll(List.of(new Thread(work, "worker-1"), new Thread(work, "worker-2")));
        });
    }

    // ---- hand-written summaries ----

    static Map<String, Double> baseMetrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(Metrics.GIL_PRESENT, 1.0);
        m.put(Metrics.GIL_WAIT_SHARE, 0.40);
        m.put(Metrics.GIL_WAIT_P50, 5.0);
        m.put(Metrics.GIL_WAIT_P99, 10.0);
        m.put(Metrics.GIL_SWITCHES_PER_SECOND, 200.0);
        m.put(Metrics.GIL_FORCED_SWITCHES_PER_SECOND, 190.0);
        m.put(Metrics.GIL_CONVOY_RATIO, Double.NaN);
        m.put(Metrics.GIL_DISPATCHES_PER_SECOND, 2e7);
        m.put(MONITOR_MILLIS, 100.0);
        m.put(Metrics.LOCKS_BLOCKED_MILLIS, 100.0);
        return m;
    }

    static Path summary(String name, Map<String, Double> metrics) throws Exception {
        return Files.writeString(dir.resolve(name), BaselineJson.render(List.of(metrics), name, List.of(name)));
    }

    /** A baseline of three runs that all measured {@code metrics}. */
    static Path baseline3(String name, Map<String, Double> metrics) throws Exception {
        return Files.writeString(dir.resolve(name), BaselineJson.render(List.of(metrics, metrics, metrics), name, List.of("1", "2", "3")));
    }

    static Path summary(String name, UnaryOperator<Map<String, Double>> change) throws Exception {
        return summary(name, change.apply(baseMetrics()));
    }

    static Map<String, Double> with(Map<String, Double> m, String metric, double value) {
        m.put(metric, value);
        return m;
    }

    // ---- the tests ----

    @Test
    void sameRunPasses() throws Exception {
        Path base = dir.resolve("same-base.json");
        Result b = run("baseline", fast.toString(), "-o", base.toString());
        assertEquals(0, b.code(), b.err());
        Result r = run("check", "--baseline", base.toString(), fast.toString());
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        assertTrue(r.line(Metrics.GIL_WAIT_SHARE).endsWith("PASS"), r.out());
        assertTrue(r.line(Metrics.GIL_WAIT_SHARE).contains("+0.0%"), r.out());
        assertTrue(r.out().strip().lines().reduce((a, c) -> c).orElseThrow().startsWith("PASS: "), r.out());
        assertEquals("", r.err());
    }

    @Test
    void recordingAsBaselineAndTheMedianOfRepeatedRuns() {
        // Real runs of the same program differ a lot on a busy machine; with two of three runs equal to
        // the baseline, the median is the baseline whatever the third run measured.
        Result r = run("check", "--baseline", fast.toString(), fast.toString(), fastAgain.toString(), fast.toString());
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("median of 3 runs"), r.out());
        assertTrue(r.line(Metrics.GIL_WAIT_SHARE).contains("+0.0%"), r.out());
    }

    @Test
    void longerSwitchIntervalIsARegressionNamingTheMetric() {
        Path base = dir.resolve("interval-base.json");
        assertEquals(0, run("baseline", fast.toString(), fastAgain.toString(), fast.toString(), "-o", base.toString()).code());
        Result r = run("check", "--baseline", base.toString(), slow.toString(), slow.toString(), slow.toString());
        assertEquals(ExitCode.FAILED, r.code(), r.out() + r.err());
        String line = r.line(Metrics.GIL_WAIT_P50);
        assertTrue(line.contains("FAIL") && line.contains("p = 0.050, 3 vs 3 runs; change 95% interval +"), r.out());
        String last = r.out().strip().lines().reduce((a, c) -> c).orElseThrow();
        assertTrue(last.startsWith("FAIL: ") && last.contains(Metrics.GIL_WAIT_P50), last);
    }

    @Test
    void oneRunAgainstOneCannotTellNoiseFromChange() {
        Result r = run("check", "--baseline", fast.toString(), slow.toString());
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        assertTrue(r.line(Metrics.GIL_WAIT_P50).contains("SKIP") && r.line(Metrics.GIL_WAIT_P50).contains(
                "1 vs 1 runs cannot tell noise from change: give 3 or more runs on each side, or an absolute max/min"), r.out());
    }

    @Test
    void extraContendedLockIsARegressionWithoutTheAgent() {
        Path base = dir.resolve("calm-base.json");
        assertEquals(0, run("baseline", calm.toString(), calm.toString(), calm.toString(), "-o", base.toString()).code());
        Result r = run("check", "--baseline", base.toString(), contended.toString(), contended.toString(), contended.toString());
        assertEquals(ExitCode.FAILED, r.code(), r.out() + r.err());
        assertTrue(r.line(MONITOR_MILLIS).contains("FAIL"), r.out());
        assertTrue(r.line(Metrics.GIL_WAIT_SHARE).contains("PASS"), "no GIL in either run: nothing to compare: " + r.out());
        Path busy = dir.resolve("contended-base.json");
        assertEquals(0, run("baseline", contended.toString(), contended.toString(), contended.toString(), "-o", busy.toString()).code());
        assertEquals(ExitCode.OK, run("check", "--baseline", busy.toString(), calm.toString(), calm.toString(), calm.toString()).code(),
                "less contention is an improvement");
    }

    @Test
    void noiseWithinTolerancePasses() throws Exception {
        Path base = summary("noise-base.json", baseMetrics());
        Path noisy = summary("noisy.json", m -> {
            m.replaceAll((k, v) -> k.equals(Metrics.GIL_PRESENT) ? v : v * 1.15);
            return m;
        });
        Result r = run("check", "--baseline", base.toString(), noisy.toString());
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        assertTrue(r.line(Metrics.GIL_WAIT_SHARE).contains("+15.0%"), r.out());
        assertTrue(r.line(Metrics.GIL_CONVOY_RATIO).contains("SKIP"), r.out());
    }

    @Test
    void oneNoisyRunOfThreeDoesNotFailTwoAreNoiseThreeAreARegression() throws Exception {
        Path base = baseline3("median-base.json", baseMetrics());
        Path ok = summary("median-ok.json", baseMetrics());
        Path bad = summary("median-bad.json", m -> with(m, Metrics.GIL_WAIT_SHARE, 0.9));
        Path bad2 = summary("median-bad2.json", m -> with(m, Metrics.GIL_WAIT_SHARE, 0.8));
        Path bad3 = summary("median-bad3.json", m -> with(m, Metrics.GIL_WAIT_SHARE, 0.85));
        assertEquals(ExitCode.OK, run("check", "--baseline", base.toString(), ok.toString(), bad.toString(), ok.toString()).code());
        Result two = run("check", "--baseline", base.toString(), ok.toString(), bad.toString(), bad2.toString());
        assertEquals(ExitCode.OK, two.code(), two.out());
        assertTrue(two.line(Metrics.GIL_WAIT_SHARE).contains("PASS (beyond its tolerance in the median, but within the runs' noise (p = 0.200"),
                "one run as good as the baseline's three: " + two.out());
        Result r = run("check", "--baseline", base.toString(), bad3.toString(), bad.toString(), bad2.toString());
        assertEquals(ExitCode.FAILED, r.code(), r.out());
        assertTrue(r.line(Metrics.GIL_WAIT_SHARE).contains(" 0.85 "), "the median: " + r.out());
    }

    @Test
    void budgetFileRules() throws Exception {
        Path base = baseline3("budget-base.json", baseMetrics());
        Path slower = summary("budget-slower.json", m -> with(with(m, Metrics.GIL_DISPATCHES_PER_SECOND, 1.5e7),
                Metrics.GIL_WAIT_SHARE, 0.44));
        assertEquals(ExitCode.OK, run("check", "--baseline", base.toString(), slower.toString(), slower.toString(), slower.toString()).code(),
                "throughput is not checked by default, +10% wait share is within the default 25%");
        Path budget = Files.writeString(dir.resolve("budget.properties"), """
                gil.dispatchesPerSecond.direction = higher
                gil.dispatchesPerSecond.tolerance = 20%
                gil.waitShare.max = 0.42
                """);
        Result r = run("check", "--baseline", base.toString(), slower.toString(), slower.toString(), slower.toString(),
                "--budget", budget.toString());
        assertEquals(ExitCode.FAILED, r.code(), r.out());
        assertTrue(r.line(Metrics.GIL_DISPATCHES_PER_SECOND).contains(">= 1.6e+07") || r.line(Metrics.GIL_DISPATCHES_PER_SECOND).contains(">= 16000000"), r.out());
        assertTrue(r.line(Metrics.GIL_DISPATCHES_PER_SECOND).contains("FAIL"), r.out());
        assertTrue(r.line(Metrics.GIL_WAIT_SHARE).contains("<= 0.42") && r.line(Metrics.GIL_WAIT_SHARE).contains("FAIL"), r.out());

        Path needs3 = Files.writeString(dir.resolve("runs3.properties"), "runs = 3\n");
        Result few = run("check", "--baseline", base.toString(), slower.toString(), "--budget", needs3.toString());
        assertEquals(ExitCode.UNUSABLE, few.code());
        assertEquals("gilscope check: the budget requires 3 current runs, got 1", few.err().strip());
    }

    @Test
    void aMetricTheBudgetNamesThatARunDidNotMeasureIsUnusableInput() throws Exception {
        // The budget asks about it: a check that cannot look at it must not pass, and it did not regress either.
        Path budget = Files.writeString(dir.resolve("throughput.properties"), """
                defaults = none
                gil.dispatchesPerSecond.direction = higher
                gil.dispatchesPerSecond.tolerance = 20%
                """);
        Result r = run("check", "--baseline", fast.toString(), uncounted.toString(), "--budget", budget.toString());
        assertEquals(ExitCode.UNUSABLE, r.code(), r.out() + r.err());
        assertEquals("gilscope check: " + budget + ":2: gil.dispatchesPerSecond cannot be checked, not measured "
                + "in the current run: dispatches not counted; the agent ran with count=false or checkpoints=backedge", r.err().strip());
        assertEquals("", r.out());

        Path floor = Files.writeString(dir.resolve("floor.properties"), "defaults = none\ngil.dispatchesPerSecond.min = 1e6\n");
        Result f = run("check", "--baseline", fast.toString(), uncounted.toString(), "--budget", floor.toString());
        assertEquals(ExitCode.UNUSABLE, f.code(), f.out() + f.err());
        assertTrue(f.err().startsWith("gilscope check: " + floor + ":2: gil.dispatchesPerSecond cannot be checked"), f.err());

        Path base = Files.writeString(dir.resolve("throughput-base.properties"), "defaults = none\ngil.dispatchesPerSecond.direction = higher\n");
        Result b = run("check", "--baseline", uncounted.toString(), fast.toString(), "--budget", base.toString());
        assertEquals(ExitCode.UNUSABLE, b.code(), b.out() + b.err());
        assertEquals("gilscope check: " + base + ":2: gil.dispatchesPerSecond cannot be checked, not measured "
                + "in the baseline: dispatches not counted; the agent ran with count=false or checkpoints=backedge", b.err().strip());
    }

    @Test
    void anAbsoluteLimitIsCheckedEvenWhenTheBaselineDidNotMeasureTheMetric() throws Exception {
        Path floor = Files.writeString(dir.resolve("floor-base.properties"), "defaults = none\ngil.dispatchesPerSecond.min = 1e15\n");
        Result f = run("check", "--baseline", uncounted.toString(), fast.toString(), "--budget", floor.toString());
        assertEquals(ExitCode.FAILED, f.code(), f.out() + f.err());
        assertTrue(f.line(Metrics.GIL_DISPATCHES_PER_SECOND).endsWith("FAIL (below the absolute minimum)"), f.out());
    }

    @Test
    void hostileSummariesAndBudgetsCannotFoolCheck() throws Exception {
        Path base = summary("h-base.json", baseMetrics());
        Path cur = summary("h-cur.json", baseMetrics());
        String text = Files.readString(base);
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(10_000) + "]".repeat(10_000));
        Path empty = Files.writeString(dir.resolve("empty.json"), "{\"schemaVersion\": 1, \"metrics\": {}}");
        Path half = Files.writeString(dir.resolve("half.json"), text.replace("\"schemaVersion\": 1", "\"schemaVersion\": 1.5"));
        Path twice = Files.writeString(dir.resolve("twice.json"), text.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"schemaVersion\": 1,"));
        Path word = Files.writeString(dir.resolve("word.json"), text.replaceAll("\"gil.waitShare\": [0-9.]+", "\"gil.waitShare\": \"NaN\""));
        Path huge = Files.writeString(dir.resolve("huge.json"), text.replaceAll("\"gil.waitShare\": [0-9.]+", "\"gil.waitShare\": 1e400"));
        Path offRun = summary("h-off.json", m -> with(m, Metrics.GIL_LOCKED, 0.0));
        Path gilBase = summary("h-gil.json", m -> with(m, Metrics.GIL_LOCKED, 1.0));
        Path minMax = Files.writeString(dir.resolve("minmax.properties"), "gil.waitShare.max = 0.1\ngil.waitShare.min = 0.5\n");
        Path dup = Files.writeString(dir.resolve("dup.properties"), "gil.waitShare.max = 0.5\n# again\ngil.waitShare.max = 0.9\n");
        Path asks = Files.writeString(dir.resolve("asks.properties"), "gil.waitShare.max = 0.9\n");
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("--baseline", deep.toString(), cur.toString()), "nested deeper than 64 levels");
        cases.put(List.of("--baseline", empty.toString(), cur.toString()), "metrics is empty: there is nothing to check");
        cases.put(List.of("--baseline", half.toString(), cur.toString()), "summary schema version 1.5, this gilscope reads version 1");
        cases.put(List.of("--baseline", twice.toString(), cur.toString()), "duplicate name \"schemaVersion\"");
        cases.put(List.of("--baseline", word.toString(), cur.toString(), "--budget", asks.toString()),
                "asks.properties:1: gil.waitShare cannot be checked: " + word + ": runMetrics[0].gil.waitShare is the string \"NaN\", not a finite number");
        cases.put(List.of("--baseline", base.toString(), huge.toString(), "--budget", asks.toString()),
                "huge.json: metrics.gil.waitShare is out of range, not a finite number");
        cases.put(List.of("--baseline", gilBase.toString(), offRun.toString()),
                "the baseline ran under a GIL (mode new, legacy or fair) and the current run(s) without one (mode off)");
        cases.put(List.of("--baseline", base.toString(), cur.toString(), "--budget", minMax.toString()),
                "minmax.properties:2: gil.waitShare.min (0.5) is above its max (0.1): no value could pass");
        cases.put(List.of("--baseline", base.toString(), cur.toString(), "--budget", dup.toString()),
                "dup.properties:3: 'gil.waitShare.max' is set twice (first at " + dup + ":1)");
        cases.put(List.of("--baseline", fifo.toString(), cur.toString()), "not a regular file");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            List<String> args = new ArrayList<>(List.of("check"));
            args.addAll(c.getKey());
            Result r = run(args.toArray(new String[0]));
            assertEquals(ExitCode.UNUSABLE, r.code(), c.getKey() + ": " + r.out() + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(c.getValue()), c.getValue() + " in: " + r.err());
        }

        // Not asked about by the budget file: a built-in rule skips the metric and says why.
        Result skipped = run("check", "--baseline", word.toString(), cur.toString());
        assertEquals(ExitCode.OK, skipped.code(), skipped.out() + skipped.err());
        assertTrue(skipped.line(Metrics.GIL_WAIT_SHARE).endsWith("SKIP (" + word + ": runMetrics[0].gil.waitShare is the string \"NaN\", not a finite number)"),
                skipped.out());
    }

    @Test
    void unusableInputExits2WithOneLine() throws Exception {
        Path base = summary("u-base.json", baseMetrics());
        Path cur = summary("u-cur.json", baseMetrics());
        Path corrupt = Files.writeString(dir.resolve("corrupt.json"), "{\"schemaVersion\": 1, \"metrics\": {\"gil.waitShare\": 0.");
        Path future = Files.writeString(dir.resolve("future.json"),
                Files.readString(base).replace("\"schemaVersion\": " + Summary.SCHEMA_VERSION, "\"schemaVersion\": 99"));
        Path notJfr = Files.writeString(dir.resolve("notes.jfr"), "just text\n");
        byte[] all = Files.readAllBytes(fast);
        Path cut = Files.write(dir.resolve("cut.jfr"), Arrays.copyOf(all, all.length / 2));
        Path unknown = Files.writeString(dir.resolve("unknown.properties"), "# budget\ngil.waitshare.max = 0.5\n");
        Path badBudget = Files.writeString(dir.resolve("bad.properties"), "gil.waitShare.tolerance = lots\n");
        Path noGil = summary("u-nogil.json", m -> with(m, Metrics.GIL_PRESENT, 0.0));
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("--baseline", dir.resolve("missing.json").toString(), cur.toString()), "no such file");
        cases.put(List.of("--baseline", base.toString(), dir.resolve("missing.jfr").toString()), "missing.jfr");
        cases.put(List.of("--baseline", corrupt.toString(), cur.toString()), "not valid JSON");
        cases.put(List.of("--baseline", future.toString(), cur.toString()), "schema version 99");
        cases.put(List.of("--baseline", base.toString(), notJfr.toString()), "not a JFR recording");
        cases.put(List.of("--baseline", base.toString(), cut.toString()), "truncated");
        cases.put(List.of("--baseline", base.toString(), cur.toString(), "--budget", unknown.toString()),
                "unknown.properties:2: unknown metric 'gil.waitshare' (did you mean gil.waitShare?)");
        cases.put(List.of("--baseline", base.toString(), cur.toString(), "--budget", badBudget.toString()), "must be a number");
        cases.put(List.of("--baseline", base.toString(), cur.toString(), "--budget", dir.resolve("nope.properties").toString()),
                "no such budget file");
        cases.put(List.of("--baseline", base.toString(), noGil.toString()), "was the agent attached?");
        cases.put(List.of(cur.toString()), "--baseline");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            String[] args = new String[c.getKey().size() + 1];
            args[0] = "check";
            for (int i = 0; i < c.getKey().size(); i++) args[i + 1] = c.getKey().get(i);
            Result r = run(args);
            assertEquals(ExitCode.UNUSABLE, r.code(), c.getKey() + ": " + r.out() + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("gilscope check"), r.err());
            assertTrue(r.err().contains(c.getValue()), c.getValue() + " in: " + r.err());
            assertEquals("", r.out(), "no verdict lines for unusable input");
        }
        Result b = run("baseline", notJfr.toString(), "-o", dir.resolve("never.json").toString());
        assertEquals(2, b.code());
        assertEquals(1, b.err().strip().lines().count(), b.err());
        assertFalse(Files.exists(dir.resolve("never.json")));
    }

    @Test
    void junitXmlHasTheCommonShape() throws Exception {
        Path base = baseline3("x-base.json", baseMetrics());
        Path cur = summary("x-cur.json", m -> with(m, Metrics.GIL_WAIT_P50, 15.0));
        Path xml = dir.resolve("reports/check.xml");
        Path md = dir.resolve("reports/check.md");
        Result r = run("check", "--baseline", base.toString(), cur.toString(), cur.toString(), cur.toString(), "--junit", xml.toString(),
                "--markdown", md.toString(), "--title", "perf <gil> & \"locks\"");
        assertEquals(ExitCode.FAILED, r.code(), r.out() + r.err());

        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.newSchema(new StreamSource(getClass().getResourceAsStream("/io/gilscope/reports/render/junit-report.xsd")))
                .newValidator().validate(new StreamSource(xml.toFile()));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("perf <gil> & \"locks\"", suite.getAttribute("name"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(Integer.parseInt(suite.getAttribute("tests")), cases.getLength());
        assertEquals(7, cases.getLength(), "one per default rule");
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("skipped"), "convoy ratio has no value");
        NodeList failures = suite.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element failed = (Element) failures.item(0).getParentNode();
        assertEquals(Metrics.GIL_WAIT_P50, failed.getAttribute("name"));
        assertTrue(((Element) failures.item(0)).getAttribute("message").startsWith("gil.wait.p50Millis: 15 (baseline 5, +200.0%), limit <= 10"),
                ((Element) failures.item(0)).getAttribute("message"));

        String table = Files.readString(md);
        assertTrue(table.startsWith("### perf &lt;gil&gt; & \"locks\": FAIL\n"), table);
        assertTrue(table.contains("| metric | baseline | current | change | limit | result |"), table);
        assertTrue(table.contains("| `gil.wait.p50Millis` | 5 | 15 | +200.0% | &lt;= 10 | **FAIL** rose beyond its tolerance (p = 0.050, 3 vs 3 runs; "), table);
        assertEquals(7 + 2, table.lines().filter(l -> l.startsWith("|")).count(), table);
    }

    @Test
    void baselineOfSeveralRunsIsTheirMedian() throws Exception {
        Path a = summary("b-a.json", m -> with(m, Metrics.GIL_WAIT_SHARE, 0.1));
        Path b = summary("b-b.json", m -> with(m, Metrics.GIL_WAIT_SHARE, 0.3));
        Path c = summary("b-c.json", m -> with(m, Metrics.GIL_WAIT_SHARE, 0.9));
        Path out = dir.resolve("b-median.json");
        Result r = run("baseline", a.toString(), b.toString(), c.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("median of 3 runs"), r.err());
        Map<String, Double> m = SummaryJson.readMetrics(out).values().get(0);
        assertEquals(0.3, m.get(Metrics.GIL_WAIT_SHARE));
        assertTrue(m.get(Metrics.GIL_CONVOY_RATIO).isNaN(), "unknown stays unknown (null)");
    }

    @Test
    void help() {
        PrintStream saved = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true));
        try {
            for (String cmd : List.of("check", "baseline")) {
                Result r = run(cmd, "--help");
                assertEquals(0, r.code(), cmd);
                assertTrue(r.out().contains("Usage: gilscope " + cmd), r.out());
            }
            assertTrue(run("--help").out().contains("check"));
        } finally {
            System.setErr(saved);
        }
        assertEquals("", warnings.toString());
    }
}
