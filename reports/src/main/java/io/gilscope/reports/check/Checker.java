package io.gilscope.reports.check;

import io.gilscope.reports.analysis.Metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies a budget to a baseline and the current runs (each a summary's {@code metrics} object). */
public final class Checker {
    private Checker() {}

    /**
     * @param baseline the baseline's metrics
     * @param runs the current runs' metrics, combined by median
     * @throws CheckException when the budget names an unknown metric, too few runs are given, the
     *     runs were made without the agent while the baseline was made with it, or the budget sets an
     *     absolute limit on a metric the runs did not measure
     */
    public static Verdict check(Budget budget, Map<String, Double> baseline, List<Map<String, Double>> runs)
            throws CheckException {
        Set<String> known = new HashSet<>(Metrics.names()); // also those a summary leaves out when not measured
        known.addAll(baseline.keySet());
        budget.validate(known);
        if (runs.size() < budget.runs()) {
            throw new CheckException("the budget requires " + budget.runs() + " current runs, got " + runs.size());
        }
        Map<String, Double> current = Median.of(runs);
        if (value(baseline, Metrics.GIL_PRESENT) == 1 && value(current, Metrics.GIL_PRESENT) == 0) {
            throw new CheckException("the baseline has gilscope events but the current run(s) have none "
                    + "(was the agent attached?)");
        }
        List<MetricResult> results = new ArrayList<>();
        for (Rule rule : budget.rules()) {
            if (rule.active()) results.add(evaluate(budget, rule, baseline, current));
        }
        return new Verdict(List.copyOf(results), runs.size());
    }

    /**
     * One rule where a summary may lack the metric (not measured, {@link Metrics#whyMissing}): skipped,
     * saying so, unless the budget sets an absolute limit the current runs then cannot be checked against.
     */
    private static MetricResult evaluate(Budget budget, Rule rule, Map<String, Double> baseline, Map<String, Double> current)
            throws CheckException {
        String m = rule.metric();
        if (!current.containsKey(m) && rule.hasLimit()) {
            throw new CheckException(budget.named().get(m) + ": the limit on " + m + " cannot be checked, "
                    + notMeasured("the current run", m));
        }
        MetricResult r = evaluate(rule, value(baseline, m), value(current, m));
        String missing = !current.containsKey(m) ? "the current run" : !baseline.containsKey(m) ? "the baseline" : null;
        if (missing == null || r.status() != MetricResult.Status.SKIP) return r;
        return new MetricResult(rule, r.baseline(), r.current(), r.limit(), r.upper(), r.status(), notMeasured(missing, m));
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
            return new MetricResult(rule, base, cur, rule.max(), true, MetricResult.Status.FAIL, "above the absolute maximum");
        }
        if (!Double.isNaN(rule.min()) && cur < rule.min()) {
            return new MetricResult(rule, base, cur, rule.min(), false, MetricResult.Status.FAIL, "below the absolute minimum");
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
