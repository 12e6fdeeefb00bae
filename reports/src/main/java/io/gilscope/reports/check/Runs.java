package io.gilscope.reports.check;

import java.util.List;
import java.util.Map;

/**
 * One side of a check: the runs' metrics (NaN where a run did not measure one), and the metrics some
 * run held a value for that is no finite number (a string, a boolean, 1e400), each with where.
 */
public record Runs(List<Map<String, Double>> values, Map<String, String> invalid) {
    public static Runs of(List<Map<String, Double>> values) {
        return new Runs(values, Map.of());
    }

    public int size() {
        return values.size();
    }
}
