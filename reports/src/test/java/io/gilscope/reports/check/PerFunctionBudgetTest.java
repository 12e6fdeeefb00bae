package io.gilscope.reports.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget can name a function of the interpreter's code, "name (file)" without the line: how much of
 * the threads' time went to waits begun there, or of the held time let go there. A function a run with
 * stacks does not list took none (0); a run without stacks cannot be checked against it.
 */
class PerFunctionBudgetTest {
    @TempDir Path dir;

    private Runs runs(Path recording) throws Exception {
        return Runs.of(List.of(Metrics.of(Analyzer.analyze(recording).combined())));
    }

    @Test
    void aFunctionsShareOfWaitingIsBudgeted() throws Exception {
        Runs stacks = runs(Samples.withStacks(dir.resolve("s.jfr")));
        Map<String, Double> m = stacks.values().get(0);
        assertEquals(1.0, m.get(Metrics.WHERE_STACKS));
        double nap = m.get(Metrics.waitShareIn("nap (w.py)"));
        assertTrue(nap > 0.1, "nap began every wait: " + m);
        assertTrue(m.get(Metrics.heldShareIn("spin (w.py)")) > 0.9, "spin let go of most held time: " + m);

        Verdict tight = Checker.check(Budget.parse("defaults = none\nwhere.waitShare[nap (w.py)].max = 0.05\n", "b"), stacks, stacks);
        assertEquals(MetricResult.Status.FAIL, tight.results().get(0).status(), tight.results().toString());
        Verdict unlisted = Checker.check(Budget.parse("defaults = none\nwhere.waitShare[fetch (w.py)].max = 0.05\n", "b"), stacks, stacks);
        assertEquals(MetricResult.Status.PASS, unlisted.results().get(0).status(), "no waits in fetch: 0 " + unlisted.results());
    }

    @Test
    void aRunWithoutStacksCannotBeCheckedAgainstAFunction() throws Exception {
        Runs none = runs(Samples.mixed(dir.resolve("m.jfr")));
        CheckException e = assertThrows(CheckException.class,
                () -> Checker.check(Budget.parse("defaults = none\nwhere.waitShare[nap (w.py)].max = 0.05\n", "b"), none, none));
        assertTrue(e.getMessage().contains("where.waitShare[nap (w.py)] cannot be checked"), e.getMessage());
    }
}
