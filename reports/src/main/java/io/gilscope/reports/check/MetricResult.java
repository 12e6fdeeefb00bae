package io.gilscope.reports.check;

/**
 * The outcome of one rule.
 *
 * @param baseline NaN if the baseline has no value
 * @param current the median over the current runs, NaN if none has a value
 * @param limit the worst passing value on the bad side (see {@link Rule#limit}), NaN if none
 * @param upper whether {@code limit} is an upper limit (values above it fail) or a lower one
 * @param note why a metric was skipped or how it failed, in a few words; empty when it passed plainly
 */
public record MetricResult(Rule rule, double baseline, double current, double limit, boolean upper, Status status, String note) {

    public enum Status { PASS, FAIL, SKIP }

    static final String ABOVE_MAX = "above the absolute maximum";
    static final String BELOW_MIN = "below the absolute minimum";

    /** The same values with another status and note. */
    MetricResult with(Status newStatus, String newNote) {
        return new MetricResult(rule, baseline, current, limit, upper, newStatus, newNote);
    }

    /** Failed an absolute limit of the budget, which the current median decides alone. */
    boolean failedAbsolute() {
        return status == Status.FAIL && (note.equals(ABOVE_MAX) || note.equals(BELOW_MIN));
    }

    public String metric() {
        return rule.metric();
    }

    /** Relative change from the baseline (0.1 = +10 %), NaN when it cannot be computed. */
    public double change() {
        if (Double.isNaN(baseline) || Double.isNaN(current)) return Double.NaN;
        if (baseline == 0) return current == 0 ? 0 : Double.NaN;
        return (current - baseline) / Math.abs(baseline);
    }

    public boolean failed() {
        return status == Status.FAIL;
    }
}
