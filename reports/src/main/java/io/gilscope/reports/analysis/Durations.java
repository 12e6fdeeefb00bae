package io.gilscope.reports.analysis;

import org.HdrHistogram.Histogram;

/** Durations of one kind, in nanoseconds: their distribution, total and maximum. Not thread-safe. */
final class Durations {
    final Histogram histogram = Stats.newHistogram();
    long total;
    long max;

    void add(long nanos) {
        histogram.recordValue(nanos);
        total += nanos;
        max = Math.max(max, nanos);
    }

    /** Another process's durations of the same kind, for a combined view. */
    void addAll(Durations other) {
        histogram.add(other.histogram);
        total += other.total;
        max = Math.max(max, other.max);
    }

    Stats stats() {
        return Stats.of(histogram, total, max);
    }
}
