package io.gilscope.cli.claims;

import java.util.Map;

/** A claim measured: its results per target and the verdict on them. */
public record ClaimResult(Claim claim, Map<Target, Bench.Result> results, Verdict verdict) {
    /** The claim's verdict, inconclusive whatever the figures when other processes took cores from the runs. */
    public static ClaimResult judge(Claim claim, Map<Target, Bench.Result> results) {
        Verdict measured = claim.judge().verdict(results);
        double others = results.values().stream().mapToDouble(Bench.Result::othersCores).reduce(Double.NaN, MachineLoad::busier);
        Verdict verdict = MachineLoad.busyDuringRuns(others)
                .map(busy -> Verdict.inconclusive(busy + " (measured: " + measured + ")"))
                .orElse(measured);
        return new ClaimResult(claim, results, verdict);
    }
}
