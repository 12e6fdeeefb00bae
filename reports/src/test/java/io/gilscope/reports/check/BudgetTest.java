package io.gilscope.reports.check;

import io.gilscope.reports.analysis.Metrics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class BudgetTest {
    static final String MONITOR_MILLIS = "locks.monitorEnter.totalMillis";

    private static Rule rule(Budget b, String metric) {
        return b.rules().stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void defaultsCoverTheContentionMetrics() {
        Budget b = Budget.defaults();
        assertEquals(1, b.runs());
        Rule wait = rule(b, Metrics.GIL_WAIT_SHARE);
        assertEquals(Direction.LOWER_IS_BETTER, wait.direction());
        assertEquals(0.25, wait.tolerance());
        assertTrue(b.rules().stream().anyMatch(r -> r.metric().equals(MONITOR_MILLIS)));
    }

    @Test
    void fileOverridesOnlyWhatItSets() throws Exception {
        Budget b = Budget.parse("""
                # comment
                runs = 3
                gil.waitShare.tolerance = 10%   # tighter
                gil.waitShare.max = 0.5
                gil.dispatchesPerSecond.direction = higher
                gil.dispatchesPerSecond.tolerance = 0.3
                locks.monitorEnter.totalMillis.direction = none
                """, "b.properties");
        assertEquals(3, b.runs());
        Rule wait = rule(b, Metrics.GIL_WAIT_SHARE);
        assertEquals(0.10, wait.tolerance(), 1e-12);
        assertEquals(0.02, wait.slack(), 1e-12, "kept from the default");
        assertEquals(0.5, wait.max());
        Rule d = rule(b, Metrics.GIL_DISPATCHES_PER_SECOND);
        assertEquals(Direction.HIGHER_IS_BETTER, d.direction());
        assertFalse(rule(b, MONITOR_MILLIS).active());
        assertEquals(Set.of("gil.waitShare", "gil.dispatchesPerSecond", MONITOR_MILLIS), b.named().keySet());
    }

    @Test
    void defaultsNoneStartsEmpty() throws Exception {
        Budget b = Budget.parse("gil.wait.p99Millis.max = 20\ndefaults = none\n", "b");
        assertEquals(List.of("gil.wait.p99Millis"), b.rules().stream().map(Rule::metric).toList());
    }

    @Test
    void badLinesNameFileAndLine() {
        for (String text : List.of("runs = zero", "runs = 0", "gil.waitShare.tolerence = 1", "just words",
                "gil.waitShare.direction = down", "gil.waitShare.tolerance = -5%", "defaults = maybe",
                "gil.waitShare.max = NaN", "gil.wait.p99Millis.tolerance = 200%", "gil.waitShare.slack = 1\ngil.waitShare.direction = none")) {
            CheckException e = assertThrows(CheckException.class, () -> Budget.parse("# ok\n" + text, "b.properties"), text);
            assertTrue(e.getMessage().startsWith("b.properties:2: "), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }

    @Test
    void unknownMetricIsRejectedWithAHint() throws Exception {
        Budget b = Budget.parse("\ngil.waitshare.max = 0.5\n", "b.properties");
        CheckException e = assertThrows(CheckException.class, () -> b.validate(Set.of("gil.waitShare")));
        assertEquals("b.properties:2: unknown metric 'gil.waitshare' (did you mean gil.waitShare?)", e.getMessage());
        Budget.defaults().validate(Set.of()); // the built-in rules never fail validation
    }

    @Test
    void limits() {
        Rule lower = Rule.lower("m", 0.25, 0.02);
        assertEquals(1.25, lower.limit(1.0), 1e-12);
        assertEquals(0.02, lower.limit(0.0), 1e-12, "slack is the noise floor near zero");
        assertEquals(0.5, lower.withMax(0.5).limit(1.0), 1e-12, "absolute maximum wins when tighter");
        Rule higher = Rule.higher("m", 0.5, 0);
        assertEquals(50, higher.limit(100), 1e-12);
        assertEquals(80, higher.withMin(80).limit(100), 1e-12);
        assertEquals(7, Rule.empty("m").withMax(7).limit(Double.NaN));
    }

    @Test
    void evaluate() {
        Rule r = Rule.lower("m", 0.25, 0);
        assertEquals(MetricResult.Status.PASS, Checker.evaluate(r, 1.0, 1.2).status());
        MetricResult f = Checker.evaluate(r, 1.0, 1.3);
        assertEquals(MetricResult.Status.FAIL, f.status());
        assertEquals(0.3, f.change(), 1e-12);
        assertEquals(MetricResult.Status.PASS, Checker.evaluate(r, 1.0, 0.1).status(), "improvements pass");
        assertEquals(MetricResult.Status.FAIL, Checker.evaluate(r.withMax(0.5), 0.6, 0.6).status(),
                "an absolute limit fails even when the baseline was already above it");
        assertEquals(MetricResult.Status.SKIP, Checker.evaluate(r, Double.NaN, 3).status());
        assertEquals(MetricResult.Status.SKIP, Checker.evaluate(r, 1, Double.NaN).status());
        assertEquals(MetricResult.Status.FAIL, Checker.evaluate(Rule.higher("m", 0.1, 0), 100, 89).status());
        assertEquals(MetricResult.Status.FAIL, Checker.evaluate(Rule.higher("m", 0.1, 0).withMax(120), 100, 121).status());
    }

    @Test
    void medianOfRuns() {
        assertEquals(2.0, Median.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Median.median(new double[] {4, 1, 2, 3}));
        assertTrue(Double.isNaN(Median.median(new double[0])));
        Map<String, Double> m = Median.of(List.of(Map.of("a", 1.0, "b", Double.NaN), Map.of("a", 100.0, "b", 5.0),
                Map.of("a", 2.0, "b", Double.NaN)));
        assertEquals(2.0, m.get("a"), "one outlier run does not move the median");
        assertEquals(5.0, m.get("b"), "runs without a value are left out");
    }
}
