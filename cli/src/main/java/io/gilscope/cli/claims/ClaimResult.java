package io.gilscope.cli.claims;

import java.util.Map;

/** A claim measured: its results per target and the verdict on them. */
public record ClaimResult(Claim claim, Map<Target, Bench.Result> results, String verdict) {
    public static ClaimResult judge(Claim claim, Map<Target, Bench.Result> results) {
        return new ClaimResult(claim, results, claim.judge().verdict(results));
    }
}
