package io.gilscope.cli.claims;

import io.gilscope.reports.check.Median;

import java.util.Arrays;
import java.util.Locale;

/** Median and range of repeated measurements. */
public record Stats(double median, double min, double max, int runs) {
    public static Stats of(double[] values) {
        return new Stats(Median.median(values), Arrays.stream(values).min().orElse(Double.NaN),
                Arrays.stream(values).max().orElse(Double.NaN), values.length);
    }

    public String format(String pattern) {
        String m = String.format(Locale.ROOT, pattern, median);
        return runs == 1 ? m : m + " (" + String.format(Locale.ROOT, pattern, min) + "–" + String.format(Locale.ROOT, pattern, max) + ")";
    }
}
