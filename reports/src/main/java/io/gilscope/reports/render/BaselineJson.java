package io.gilscope.reports.render;

import io.gilscope.reports.analysis.Summary;

import java.util.List;
import java.util.Map;

/** A baseline for {@code check}: a JSON summary with only the metrics, combined over repeated runs. */
public final class BaselineJson {
    private BaselineJson() { }

    /** Readable by {@code SummaryJson.readMetrics}, like any summary. */
    public static String render(Map<String, Double> metrics, String title, List<String> runs) {
        Json j = new Json(true).beginObject()
                .field("schemaVersion", Summary.SCHEMA_VERSION)
                .field("generator", "gilscope baseline")
                .field("title", title)
                .field("combined", runs.size() == 1 ? "single run" : "median")
                .name("runs").beginArray();
        for (String run : runs) j.value(run);
        j.endArray().name("metrics").beginObject();
        metrics.forEach(j::field);
        return j.endObject().endObject() + "\n";
    }
}
