package io.gilscope.cli.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The verdict rules demo and bench share: a bound met by every run holds, by none does not, by some is inconclusive. */
class VerdictTest {
    private static final Claim SERIAL = claim(Judges.atLeast(List.of(Target.NEW), 0.9));
    private static final Claim PARALLEL = claim(Judges.atMost(List.of(Target.OFF), 0.65));

    @Test
    void everyRunMeetingTheBoundHolds() {
        Verdict v = ClaimResult.judge(SERIAL, Map.of(Target.NEW, result(0.98, 1.02, 1.05))).verdict();
        assertEquals(Verdict.State.HOLDS, v.state());
        assertEquals("GIL new 1.02 (0.98–1.05) ≥ 0.9", v.reason());
    }

    @Test
    void noRunMeetingTheBoundDoesNotHold() {
        Verdict v = ClaimResult.judge(PARALLEL, Map.of(Target.OFF, result(0.71, 0.73, 0.80))).verdict();
        assertEquals(Verdict.State.DOES_NOT_HOLD, v.state());
        assertEquals("no GIL (off) 0.73 (0.71–0.80), expected ≤ 0.65", v.reason());
    }

    @Test
    void runsOnBothSidesOfTheBoundAreInconclusiveEvenWhenTheMedianMeetsIt() {
        Verdict v = ClaimResult.judge(PARALLEL, Map.of(Target.OFF, result(0.56, 0.60, 0.71))).verdict();
        assertEquals(Verdict.State.INCONCLUSIVE, v.state());
        assertEquals("repetitions on both sides of ≤ 0.65: no GIL (off) 0.60 (0.56–0.71)", v.reason());
    }

    @Test
    void aBusyMachineMakesEveryVerdictInconclusiveAndSaysWhatWasMeasured() {
        Map<Target, Bench.Result> results = new LinkedHashMap<>();
        results.put(Target.NEW, Bench.Result.of(Stats.of(new double[] {1.0, 1.1, 1.2}), 0.8));
        Verdict v = ClaimResult.judge(SERIAL, results).verdict();
        assertEquals(Verdict.State.INCONCLUSIVE, v.state());
        assertEquals(String.format("machine busy: other processes used 0.8 of %d cores during the runs (measured: holds: GIL new 1.10 (1.00–1.20) ≥ 0.9)",
                Runtime.getRuntime().availableProcessors()), v.reason());
        results.put(Target.NEW, Bench.Result.of(Stats.of(new double[] {1.0, 1.1, 1.2}), 0.2));
        assertEquals(Verdict.State.HOLDS, ClaimResult.judge(SERIAL, results).verdict().state(), "0.2 cores of others is quiet");
    }

    @Test
    void failedRunsAreInconclusiveWithTheirReason() {
        Verdict v = ClaimResult.judge(SERIAL, Map.of(Target.NEW, Bench.Result.note("exit 1: NameError: name 'x' is not defined"))).verdict();
        assertEquals(Verdict.State.INCONCLUSIVE, v.state());
        assertEquals("not measured (GIL new: exit 1: NameError: name 'x' is not defined)", v.reason());
    }

    private static Bench.Result result(double... values) {
        return Bench.Result.of(Stats.of(values), Double.NaN);
    }

    private static Claim claim(Claim.Judge judge) {
        return new Claim("claim", "001", "–", "ratio", Path.of("p.py"), List.of(), false,
                new Claim.Figure("ratio", out -> OptionalDouble.empty()), "%.2f", List.of(Target.NEW, Target.OFF), judge, true, true);
    }
}
