package io.gilscope.reports.check;

import java.util.List;

/**
 * The result of {@code check}: one line per rule, and how many runs were combined.
 *
 * @param runs current runs combined by median
 */
public record Verdict(List<MetricResult> results, int runs) {

    public boolean passed() {
        return results.stream().noneMatch(MetricResult::failed);
    }

    public List<MetricResult> failures() {
        return results.stream().filter(MetricResult::failed).toList();
    }

    public long count(MetricResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
