package io.gilscope.cli.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * The verdicts of the claims: each compares medians with the bound the claim implies, and says why.
 * A bound met by some repetitions and missed by others is inconclusive, not a verdict.
 */
final class Judges {
    private Judges() { }

    static Claim.Judge atLeast(List<Target> targets, double bound) {
        return results -> bounded(results, targets, v -> v >= bound, "≥ " + bound);
    }

    static Claim.Judge atMost(List<Target> targets, double bound) {
        return results -> bounded(results, targets, v -> v <= bound, "≤ " + bound);
    }

    private static Verdict bounded(Map<Target, Bench.Result> results, List<Target> targets, DoublePredicate holds, String bound) {
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> straddled = new ArrayList<>();
        for (Target t : targets) {
            Bench.Result r = results.get(t);
            if (r == null || !r.ok()) continue;
            String figure = t.label() + " " + r.stats().format("%.2f");
            boolean low = holds.test(r.stats().min());
            boolean high = holds.test(r.stats().max());
            (low && high ? met : !low && !high ? missed : straddled).add(figure);
        }
        if (met.isEmpty() && missed.isEmpty() && straddled.isEmpty()) return Verdict.inconclusive(notMeasured(results, targets));
        if (!missed.isEmpty()) return Verdict.doesNotHold(String.join(", ", missed) + ", expected " + bound);
        if (!straddled.isEmpty()) {
            return Verdict.inconclusive("repetitions on both sides of " + bound + ": " + String.join(", ", straddled));
        }
        return Verdict.holds(String.join(", ", met) + " " + bound);
    }

    /** Why none of {@code targets} has a measurement: their notes, or that none ran. */
    private static String notMeasured(Map<Target, Bench.Result> results, List<Target> targets) {
        List<String> notes = new ArrayList<>();
        for (Target t : targets) {
            Bench.Result r = results.get(t);
            if (r != null) notes.add(t.label() + ": " + r.note());
        }
        return notes.isEmpty() ? "not measured" : "not measured (" + String.join("; ", notes) + ")";
    }

    /** demo-app alone at least {@code times} as fast as CPython. */
    static Claim.Judge faster(double times) {
        return results -> {
            double cpython = median(results, Target.CPYTHON);
            double alone = median(results, Target.ALONE);
            if (Double.isNaN(cpython) || Double.isNaN(alone)) return Verdict.inconclusive(notMeasured(results, List.of(Target.CPYTHON, Target.ALONE)));
            return Verdict.of(alone * times <= cpython, String.format(Locale.ROOT,
                    "demo-app alone is %.1f× CPython's speed (target ≥ %.0f×)", cpython / alone, times));
        };
    }

    /**
     * The agent with its recording at most {@code percent} slower than demo-app interpreting alone
     * (what it runs under the agent), and how much faster demo-app alone is with its translation,
     * which the agent turns off.
     */
    static Claim.Judge overhead(Target recording, Target uncountedRecording, double percent) {
        return results -> {
            double interpreted = median(results, Target.INTERPRETED);
            double agent = median(results, Target.NEW);
            double recorded = median(results, recording);
            double uncounted = median(results, uncountedRecording);
            double translated = median(results, Target.ALONE);
            if (Double.isNaN(interpreted) || Double.isNaN(agent) || Double.isNaN(recorded)) {
                return Verdict.inconclusive(notMeasured(results, List.of(Target.INTERPRETED, Target.NEW, recording)));
            }
            return Verdict.of(recorded <= interpreted * (1 + percent / 100), String.format(Locale.ROOT,
                    "under the agent with recording %.1f%% slower than demo-app interpreting alone, without %.1f%%, count=false with "
                            + "recording %.1f%% (target ≤ %.0f%%)", 100 * (recorded / interpreted - 1), 100 * (agent / interpreted - 1),
                    100 * (uncounted / interpreted - 1), percent)
                    + (Double.isNaN(translated) ? "" : String.format(Locale.ROOT, "; demo-app alone, with hot code translated to JVM "
                            + "bytecode, takes %.2f of the agent's time: under the agent it interprets", translated / agent)));
        };
    }

    /** Whether a counter that should reach {@code expected} lost updates, and on which targets. */
    static Claim.Judge race(long expected) {
        return results -> {
            List<String> lost = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            results.forEach((t, r) -> {
                if (r.ok()) (r.stats().min() < expected ? lost : kept).add(t.label());
            });
            if (lost.isEmpty() && kept.isEmpty()) return Verdict.inconclusive(notMeasured(results, List.copyOf(results.keySet())));
            return Verdict.of(!lost.isEmpty(), "updates lost on: " + (lost.isEmpty() ? "none" : String.join(", ", lost))
                    + "; never lost on: " + (kept.isEmpty() ? "none" : String.join(", ", kept))
                    + " (CPython ≥ 3.10, and gilscope with checkpoints=backedge, look for a drop only at backward jumps, calls and returns,"
                    + " so += does not race there)");
        };
    }

    /** Mode new starves the I/O thread (CPython's convoy); fair keeps at least half its throughput. */
    static Claim.Judge convoy() {
        return results -> {
            double fair = median(results, Target.FAIR);
            double gil = median(results, Target.NEW);
            if (Double.isNaN(fair) || Double.isNaN(gil)) return Verdict.inconclusive(notMeasured(results, List.of(Target.NEW, Target.FAIR)));
            return Verdict.of(fair >= 50 && gil < 50, String.format(Locale.ROOT,
                    "mode new keeps %.1f%% of the I/O thread's throughput, fair keeps %.1f%% (target ≥ 50%%)", gil, fair));
        };
    }

    /** Mode new makes a returning I/O thread wait about one interval; fair lets it go first. */
    static Claim.Judge latency(double intervalMillis) {
        return results -> {
            double gil = median(results, Target.NEW);
            if (Double.isNaN(gil)) return Verdict.inconclusive(notMeasured(results, List.of(Target.NEW)));
            List<String> parts = new ArrayList<>();
            results.forEach((t, r) -> parts.add(t.label() + " " + (r.ok() ? String.format(Locale.ROOT, "%.2f ms", r.median()) : r.note())));
            return Verdict.of(gil >= intervalMillis * 0.5 && gil <= intervalMillis * 2 + 0.5,
                    "about one interval in mode new (" + String.join(", ", parts) + ")");
        };
    }

    private static double median(Map<Target, Bench.Result> results, Target t) {
        Bench.Result r = results.get(t);
        return r == null ? Double.NaN : r.median();
    }
}
