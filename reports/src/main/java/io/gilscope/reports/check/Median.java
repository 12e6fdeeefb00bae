package io.gilscope.reports.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Combines repeated runs metric by metric, so one noisy run does not decide a build. */
public final class Median {
    private Median() {}

    /** Per metric, the median of the runs that have a value (NaN if none has); names in first-seen order. */
    public static Map<String, Double> of(List<Map<String, Double>> runs) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (Map<String, Double> run : runs) {
            for (Map.Entry<String, Double> e : run.entrySet()) {
                List<Double> l = values.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                if (e.getValue() != null && !e.getValue().isNaN()) l.add(e.getValue());
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((k, l) -> out.put(k, median(l.stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }

    /** The middle value, or the mean of the two middle values; NaN for none. */
    public static double median(double[] v) {
        if (v.length == 0) return Double.NaN;
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
