package io.gilscope.bench;

import java.util.Arrays;
import java.util.Locale;

/** Median and range of repeated measurements. */
record Stats(double median, double min, double max, int runs) {
    static Stats of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(median, sorted[0], sorted[n - 1], n);
    }

    String format(String pattern) {
        String m = String.format(Locale.ROOT, pattern, median);
        return runs == 1 ? m : m + " (" + String.format(Locale.ROOT, pattern, min) + "–" + String.format(Locale.ROOT, pattern, max) + ")";
    }
}
