package io.gilscope.reports.analysis;

import org.HdrHistogram.Histogram;

/** Count, total and distribution of a set of durations, all in nanoseconds. */
public record Stats(long count, long totalNanos, long maxNanos, long p50Nanos, long p90Nanos, long p99Nanos) {

    public static final Stats EMPTY = new Stats(0, 0, 0, 0, 0, 0);

    public static Stats of(Histogram h, long totalNanos, long maxNanos) {
        if (h.getTotalCount() == 0) return new Stats(0, totalNanos, maxNanos, 0, 0, 0);
        return new Stats(h.getTotalCount(), totalNanos, maxNanos,
                percentile(h, 50, maxNanos), percentile(h, 90, maxNanos), percentile(h, 99, maxNanos));
    }

    /**
     * HdrHistogram answers with the highest value its bucket could hold, up to 1 % (2 digits) above any
     * recorded value: never more than the exact maximum, which is known.
     */
    static long percentile(Histogram h, double percentile, long maxNanos) {
        return Math.min(h.getValueAtPercentile(percentile), maxNanos);
    }

    public long meanNanos() { return count == 0 ? 0 : totalNanos / count; }

    /** A histogram for durations in ns: 2 significant digits, grows as needed (a few KiB). */
    static Histogram newHistogram() {
        Histogram h = new Histogram(2);
        h.setAutoResize(true);
        return h;
    }
}
