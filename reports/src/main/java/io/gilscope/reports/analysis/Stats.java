package io.gilscope.reports.analysis;

import org.HdrHistogram.Histogram;

/** Count, total and distribution of a set of durations, all in nanoseconds. */
public record Stats(long count, long totalNanos, long maxNanos, long p50Nanos, long p90Nanos, long p99Nanos) {

    public static final Stats EMPTY = new Stats(0, 0, 0, 0, 0, 0);

    public static Stats of(Histogram h, long totalNanos, long maxNanos) {
        if (h.getTotalCount() == 0) return new Stats(0, totalNanos, maxNanos, 0, 0, 0);
        return new Stats(h.getTotalCount(), totalNanos, maxNanos,
                h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99));
    }

    public long meanNanos() { return count == 0 ? 0 : totalNanos / count; }

    /** A histogram for durations in ns: 2 significant digits, grows as needed (a few KiB). */
    static Histogram newHistogram() {
        Histogram h = new Histogram(2);
        h.setAutoResize(true);
        return h;
    }
}
