package io.gilscope.cli.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/** The verdicts of the claims: each compares medians with the bound the claim implies. */
final class Judges {
    private Judges() { }

    static Claim.Judge atLeast(List<Target> targets, double bound) {
        return results -> bounded(results, targets, v -> v >= bound, "≥ " + bound);
    }

    static Claim.Judge atMost(List<Target> targets, double bound) {
        return results -> bounded(results, targets, v -> v <= bound, "≤ " + bound);
    }

    private static String bounded(Map<Target, Bench.Result> results, List<Target> targets, DoublePredicate holds, String bound) {
        List<String> misses = new ArrayList<>();
        int measured = 0;
        for (Target t : targets) {
            Bench.Result r = results.get(t);
            if (r == null || !r.ok()) continue;
            measured++;
            if (!holds.test(r.median())) misses.add(t.label() + " " + String.format(Locale.ROOT, "%.2f", r.median()));
        }
        if (measured == 0) return "not measured";
        return misses.isEmpty() ? "holds (every median " + bound + ")" : "does not hold for " + String.join(", ", misses) + " (expected " + bound + ")";
    }

    /** demo-app alone at least {@code times} as fast as CPython. */
    static Claim.Judge faster(double times) {
        return results -> {
            double cpython = median(results, Target.CPYTHON);
            double alone = median(results, Target.ALONE);
            if (Double.isNaN(cpython) || Double.isNaN(alone)) return "not measured";
            return String.format(Locale.ROOT, "%s: demo-app alone is %.1f× CPython's speed (target ≥ %.0f×)",
                    alone * times <= cpython ? "holds" : "misses", cpython / alone, times);
        };
    }

    /** The agent with its recording at most {@code percent} slower than demo-app alone. */
    static Claim.Judge overhead(Target recording, Target uncountedRecording, double percent) {
        return results -> {
            double alone = median(results, Target.ALONE);
            double agent = median(results, Target.NEW);
            double recorded = median(results, recording);
            double uncounted = median(results, uncountedRecording);
            if (Double.isNaN(alone) || Double.isNaN(agent) || Double.isNaN(recorded)) return "not measured";
            return String.format(Locale.ROOT, "%s: under the agent with recording %.1f%% slower than alone, without %.1f%%, "
                            + "count=false with recording %.1f%% (target ≤ %.0f%%)",
                    recorded <= alone * (1 + percent / 100) ? "holds" : "misses", 100 * (recorded / alone - 1),
                    100 * (agent / alone - 1), 100 * (uncounted / alone - 1), percent);
        };
    }

    /** Which targets lost an update of a counter that should reach {@code expected}. */
    static Claim.Judge race(long expected) {
        return results -> {
            List<String> lost = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            results.forEach((t, r) -> {
                if (r.ok()) (r.stats().min() < expected ? lost : kept).add(t.label());
            });
            return "updates lost on: " + (lost.isEmpty() ? "none" : String.join(", ", lost))
                    + "; never lost on: " + (kept.isEmpty() ? "none" : String.join(", ", kept))
                    + " (CPython ≥ 3.10 checks for a drop only at backward jumps and calls, so += does not race there)";
        };
    }

    /** Mode new starves the I/O thread (CPython's convoy); fair keeps at least half its throughput. */
    static Claim.Judge convoy() {
        return results -> {
            double fair = median(results, Target.FAIR);
            double gil = median(results, Target.NEW);
            if (Double.isNaN(fair) || Double.isNaN(gil)) return "not measured";
            boolean holds = fair >= 50 && gil < 50;
            return String.format(Locale.ROOT, "%s: mode new keeps %.1f%% of the I/O thread's throughput, fair keeps %.1f%% (target ≥ 50%%)",
                    holds ? "holds" : "does not hold", gil, fair);
        };
    }

    /** Mode new makes a returning I/O thread wait about one interval; fair lets it go first. */
    static Claim.Judge latency(double intervalMillis) {
        return results -> {
            double gil = median(results, Target.NEW);
            if (Double.isNaN(gil)) return "not measured";
            boolean holds = gil >= intervalMillis * 0.5 && gil <= intervalMillis * 2 + 0.5;
            List<String> parts = new ArrayList<>();
            results.forEach((t, r) -> parts.add(t.label() + " " + (r.ok() ? String.format(Locale.ROOT, "%.2f ms", r.median()) : r.note())));
            return (holds ? "holds" : "does not hold") + ": about one interval in mode new (" + String.join(", ", parts) + ")";
        };
    }

    private static double median(Map<Target, Bench.Result> results, Target t) {
        Bench.Result r = results.get(t);
        return r == null ? Double.NaN : r.median();
    }
}
