package io.gilscope.reports.render;

import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.check.Median;

import java.util.List;
import java.util.Map;

/**
 * A baseline for {@code check}: a JSON summary with only the metrics, their medians over repeated runs
 * in {@code metrics}, and each run's in {@code runMetrics}, which {@code check}'s rank test needs.
 */
public final class BaselineJson {
    private BaselineJson() { }

    /** Readable by {@code SummaryJson.readMetrics}, like any summary. */
    public static String render(List<Map<String, Double>> runMetrics, String title, List<String> runs) {
        Json j = new Json(true).beginObject()
                .field("schemaVersion", Summary.SCHEMA_VERSION)
                .field("generator", "gilscope baseline")
                .field("title", title)
                .field("combined", runs.size() == 1 ? "single run" : "median")
                .name("runs").beginArray();
        for (String run : runs) j.value(run);
        j.endArray().name("metrics").beginObject();
        Median.of(runMetrics).forEach(j::field);
        j.endObject().name("runMetrics").beginArray();
        for (Map<String, Double> run : runMetrics) {
            j.beginObject();
            run.forEach(j::field);
            j.endObject();
        }
        return j.endArray().endObject() + "\n";
    }
}
