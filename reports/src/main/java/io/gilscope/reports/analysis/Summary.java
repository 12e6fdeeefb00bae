package io.gilscope.reports.analysis;

import java.util.List;
import java.util.Map;

/**
 * The analysis of one or more recordings (one per process). Renderers, {@code check} and the JUnit
 * extension read only this. Obtain one with {@link Analyzer#analyze(java.util.List, String)}.
 *
 * @param processes one per recording file, in the order given
 * @param combined all processes together (the same object as the only process when there is one)
 */
public record Summary(String title, List<ProcessSummary> processes, ProcessSummary combined) {

    /** Version of the JSON summary's schema; bumped when a metric is renamed or changes meaning. */
    public static final int SCHEMA_VERSION = 1;

    /** The headline metrics of the combined view by stable name (see {@link Metrics}); NaN when unknown. */
    public Map<String, Double> metrics() {
        return Metrics.of(combined);
    }

    /** One metric by name, or NaN when the summary has no such metric. */
    public double metric(String name) {
        return metrics().getOrDefault(name, Double.NaN);
    }

    public boolean complete() {
        return processes.stream().allMatch(ProcessSummary::complete);
    }

    public List<Finding> findings() {
        return combined.findings();
    }
}
