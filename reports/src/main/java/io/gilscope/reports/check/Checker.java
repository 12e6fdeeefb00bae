package io.gilscope.reports.check;

import io.gilscope.reports.analysis.Metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies a budget to baseline runs and current runs (each a summary's {@code metrics} object).
 *
 * <p>A metric is compared only when most runs on each side measured it (the analysis leaves a metric out
 * of a run that had too few samples for it). Sides are combined by median. Absolute limits ({@code min},
 * {@code max}) judge the current median alone. A median beyond the relative tolerance is a regression
 * only if the runs say it is not noise: with 3 or more runs on each side, a one-sided rank test
 * ({@link RankTest}) at {@link RankTest#ALPHA}; with fewer, check cannot tell and says so.
 */
public final class Checker {
    /** Runs each side needs before a change beyond the tolerance can be told from noise. */
    public static final int MIN_RUNS_FOR_CHANGE = 3;

    private Checker() {}

    /**
     * @param baseline the baseline's runs (one, for a baseline that kept only medians)
     * @param runs the current runs
     * @throws CheckException when the budget names an unknown metric, too few runs are given, the
     *     runs were made without the agent while the baseline was made with it, one side ran under a GIL
     *     and the other without, or a metric the budget file names was not measured or is no number
     */
    public static Verdict check(Budget budget, Runs baseline, Runs runs) throws CheckException {
        Set<String> known = new HashSet<>(Metrics.names()); // also those a summary leaves out when not measured
        baseline.values().forEach(b -> known.addAll(b.keySet()));
        budget.named().keySet().stream().filter(Metrics::perFunction).forEach(known::add);   // a function a run did not list
        budget.validate(known);
        if (runs.size() < budget.runs()) {
            throw new CheckException("the budget requires " + budget.runs() + " current runs, got " + runs.size());
        }
        Sides sides = new Sides(withUnlistedFunctions(baseline, budget), withUnlistedFunctions(runs, budget));
        if (value(sides.baseMedian, Metrics.GIL_PRESENT) == 1 && value(sides.currentMedian, Metrics.GIL_PRESENT) == 0) {
            throw new CheckException("the baseline has gilscope events but the current run(s) have none "
                    + "(was the agent attached?)");
        }
        double baseLocked = value(sides.baseMedian, Metrics.GIL_LOCKED), currentLocked = value(sides.currentMedian, Metrics.GIL_LOCKED);
        if (!Double.isNaN(baseLocked) && !Double.isNaN(currentLocked) && baseLocked != currentLocked) {
            throw new CheckException("the baseline ran " + kind(baseLocked) + " and the current run(s) " + kind(currentLocked)
                    + ": compare runs of the same kind");
        }
        List<MetricResult> results = new ArrayList<>();
        for (Rule rule : budget.rules()) {
            if (rule.active()) results.add(evaluate(budget, rule, sides));
        }
        return new Verdict(List.copyOf(results), runs.size());
    }

    /** Each run with a function the budget names but the run does not list (see {@link Metrics#withUnlistedFunctions}). */
    private static Runs withUnlistedFunctions(Runs runs, Budget budget) {
        List<Map<String, Double>> filled = new ArrayList<>();
        for (Map<String, Double> run : runs.values()) filled.add(Metrics.withUnlistedFunctions(run, budget.named().keySet()));
        return new Runs(filled, runs.invalid());
    }

    private static String kind(double locked) {
        return locked == 1 ? "under a GIL (mode new, legacy or fair)" : "without one (mode off)";
    }

    /** Both sides' runs and medians. */
    private record Sides(Runs baseline, Runs current, Map<String, Double> baseMedian, Map<String, Double> currentMedian) {
        Sides(Runs baseline, Runs current) {
            this(baseline, current, Median.of(baseline.values()), Median.of(current.values()));
        }

        /** Where a side holds a value for the metric that is no number, or null. */
        String invalid(String metric) {
            String b = baseline.invalid().get(metric);
            return b != null ? b : current.invalid().get(metric);
        }
    }

    /**
     * One rule where a summary may lack the metric (not measured, {@link Metrics#whyMissing}): skipped,
     * saying so, unless the budget file names the metric, which then cannot be checked (unusable input).
     * A value that is no number is unusable for a metric the file names and skipped, saying so, for others.
     */
    private static MetricResult evaluate(Budget budget, Rule rule, Sides sides) throws CheckException {
        String m = rule.metric();
        String named = budget.named().get(m);
        String invalid = sides.invalid(m);
        if (invalid != null) {
            if (named != null) throw new CheckException(named + ": " + m + " cannot be checked: " + invalid);
            return evaluate(rule, Double.NaN, Double.NaN).with(MetricResult.Status.SKIP, invalid);
        }
        double[] base = values(sides.baseline.values(), m), current = values(sides.current.values(), m);
        if (named != null && (current.length == 0 || base.length == 0 && !rule.hasLimit())) {
            String where = current.length == 0 ? "the current run" : "the baseline";
            throw new CheckException(named + ": " + m + " cannot be checked, " + notMeasured(where, m));
        }
        MetricResult r = evaluate(rule, value(sides.baseMedian, m), value(sides.currentMedian, m));
        String missing = current.length == 0 ? "the current run" : base.length == 0 ? "the baseline" : null;
        if (missing != null) {
            if (r.status() != MetricResult.Status.SKIP) return r;
            return r.with(r.status(), notMeasured(missing, m));
        }
        String fewer = fewer("baseline", base.length, sides.baseline.size(), m);
        if (fewer == null) fewer = fewer("current", current.length, sides.current.size(), m);
        if (fewer != null && !r.failedAbsolute()) return r.with(MetricResult.Status.SKIP, fewer);
        return r.status() == MetricResult.Status.FAIL && !r.failedAbsolute() ? judgeChange(r, base, current) : r;
    }

    /** A note when only a minority of one side's runs measured the metric; null when most did. */
    private static String fewer(String side, int measured, int runs, String metric) {
        if (2 * measured > runs) return null;
        String why = Metrics.whyMissing(metric);
        return "measured in " + measured + " of " + runs + " " + side + " runs"
                + (why == null ? " (the others had too few samples)" : ": " + why);
    }

    /** A median beyond the tolerance: a regression only if the runs tell it from noise. */
    private static MetricResult judgeChange(MetricResult r, double[] base, double[] current) {
        String runs = base.length + " vs " + current.length + " runs";
        if (base.length < MIN_RUNS_FOR_CHANGE || current.length < MIN_RUNS_FOR_CHANGE) {
            return r.with(MetricResult.Status.SKIP, r.note() + " in the median, but " + runs + " cannot tell noise from change: give "
                    + MIN_RUNS_FOR_CHANGE + " or more runs on each side, or an absolute max/min in the budget");
        }
        double p = RankTest.pWorse(base, current, r.upper());
        ChangeInterval ci = ChangeInterval.of(base, current);
        String evidence = String.format(Locale.ROOT, "p = %.3f, %s; change 95%% interval %s", p, runs, percent(ci));
        if (p <= RankTest.ALPHA) return r.with(MetricResult.Status.FAIL, r.note() + " (" + evidence + ")");
        return r.with(MetricResult.Status.PASS, "beyond its tolerance in the median, but within the runs' noise (" + evidence + ")");
    }

    private static String percent(ChangeInterval ci) {
        if (Double.isNaN(ci.low())) return "n/a (baseline 0)";
        return String.format(Locale.ROOT, "%+.0f%%..%+.0f%%", 100 * ci.low(), 100 * ci.high());
    }

    /** The runs' values of one metric, those that measured it. */
    private static double[] values(List<Map<String, Double>> runs, String metric) {
        return runs.stream().map(r -> r.get(metric)).filter(v -> v != null && !v.isNaN()).mapToDouble(Double::doubleValue).toArray();
    }

    private static String notMeasured(String where, String metric) {
        String why = Metrics.whyMissing(metric);
        return "not measured in " + where + (why == null ? "" : ": " + why);
    }

    /** One rule on one pair of values. */
    public static MetricResult evaluate(Rule rule, double base, double cur) {
        double limit = rule.limit(base);
        if (Double.isNaN(cur)) {
            return new MetricResult(rule, base, cur, limit, rule.upper(), MetricResult.Status.SKIP,
                    Double.isNaN(base) ? "no value" : "no current value");
        }
        if (!Double.isNaN(rule.max()) && cur > rule.max()) {
            return new MetricResult(rule, base, cur, rule.max(), true, MetricResult.Status.FAIL, MetricResult.ABOVE_MAX);
        }
        if (!Double.isNaN(rule.min()) && cur < rule.min()) {
            return new MetricResult(rule, base, cur, rule.min(), false, MetricResult.Status.FAIL, MetricResult.BELOW_MIN);
        }
        if (Double.isNaN(limit)) {
            return new MetricResult(rule, base, cur, limit, rule.upper(), MetricResult.Status.SKIP, "no baseline value");
        }
        boolean worse = rule.upper() ? cur > limit : cur < limit;
        if (worse) {
            String how = rule.direction() == Direction.NONE ? "outside its limit"
                    : rule.upper() ? "rose beyond its tolerance" : "fell beyond its tolerance";
            return new MetricResult(rule, base, cur, limit, rule.upper(), MetricResult.Status.FAIL, how);
        }
        return new MetricResult(rule, base, cur, limit, rule.upper(), MetricResult.Status.PASS, "");
    }

    private static double value(Map<String, Double> m, String name) {
        Double v = m.get(name);
        return v == null ? Double.NaN : v;
    }
}
