package io.gilscope.reports.check;

/**
 * How one metric is checked. A metric regresses when it moves in its bad direction by more than
 * {@code max(tolerance * |baseline|, slack)}, or when it crosses an absolute limit ({@code max} for
 * lower-is-better, {@code min} for higher-is-better; both apply whatever the direction).
 *
 * @param tolerance relative change allowed, e.g. 0.25 for 25 %
 * @param slack absolute change always allowed, in the metric's unit (a noise floor for values near 0)
 * @param min absolute lower limit, NaN for none
 * @param max absolute upper limit, NaN for none
 */
public record Rule(String metric, Direction direction, double tolerance, double slack, double min, double max) {

    public static Rule lower(String metric, double tolerance, double slack) {
        return new Rule(metric, Direction.LOWER_IS_BETTER, tolerance, slack, Double.NaN, Double.NaN);
    }

    public static Rule higher(String metric, double tolerance, double slack) {
        return new Rule(metric, Direction.HIGHER_IS_BETTER, tolerance, slack, Double.NaN, Double.NaN);
    }

    /** A rule that checks nothing yet (direction none, no limits), to be filled in from a budget file. */
    public static Rule empty(String metric) {
        return new Rule(metric, Direction.NONE, 0, 0, Double.NaN, Double.NaN);
    }

    /** Whether this rule can fail at all. */
    public boolean active() {
        return direction != Direction.NONE || hasLimit();
    }

    /** Whether an absolute limit ({@code min} or {@code max}) is set. */
    public boolean hasLimit() {
        return !Double.isNaN(min) || !Double.isNaN(max);
    }

    /**
     * The worst value that still passes, on the bad side: an upper limit for lower-is-better (and for
     * {@code max} alone), a lower limit for higher-is-better (and for {@code min} alone). NaN if none.
     */
    public double limit(double baseline) {
        double allowed = Math.max(tolerance * Math.abs(baseline), slack);
        switch (direction) {
            case LOWER_IS_BETTER:
                return minIgnoringNaN(Double.isNaN(baseline) ? Double.NaN : baseline + allowed, max);
            case HIGHER_IS_BETTER:
                return maxIgnoringNaN(Double.isNaN(baseline) ? Double.NaN : baseline - allowed, min);
            default:
                return !Double.isNaN(max) ? max : min;
        }
    }

    /** Whether the limit is an upper one (values above it fail). */
    public boolean upper() {
        return direction == Direction.LOWER_IS_BETTER || direction == Direction.NONE && !Double.isNaN(max);
    }

    public Rule withDirection(Direction d) { return new Rule(metric, d, tolerance, slack, min, max); }

    public Rule withTolerance(double t) { return new Rule(metric, direction, t, slack, min, max); }

    public Rule withSlack(double s) { return new Rule(metric, direction, tolerance, s, min, max); }

    public Rule withMin(double m) { return new Rule(metric, direction, tolerance, slack, m, max); }

    public Rule withMax(double m) { return new Rule(metric, direction, tolerance, slack, min, m); }

    private static double minIgnoringNaN(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double maxIgnoringNaN(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
