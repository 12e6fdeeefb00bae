package io.gilscope.reports.check;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.RecordingInfo;
import io.gilscope.reports.analysis.Summary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads one run's metrics from a recording ({@code .jfr}, analysed) or a JSON summary (anything else). */
public final class RunMetrics {
    private RunMetrics() {}

    /** One run: a recording, analysed now, or a JSON summary's metrics. */
    public static Runs load(Path file) throws CheckException {
        try {
            if (!file.getFileName().toString().endsWith(".jfr")) return SummaryJson.readMetrics(file);
            Summary s = Analyzer.analyze(List.of(file), null);
            for (RecordingInfo r : s.processes().get(0).recordings()) {
                if (!r.complete()) throw new CheckException(file + ": " + r.problem());
            }
            return Runs.of(List.of(s.metrics()));
        } catch (RecordingException e) {
            throw new CheckException(e.getMessage());
        }
    }

    /** A baseline: a baseline file's runs, or one run (a recording, or a summary). */
    public static Runs loadSide(Path file) throws CheckException {
        if (file.getFileName().toString().endsWith(".jfr")) return load(file);
        try {
            return SummaryJson.readRuns(file);
        } catch (RecordingException e) {
            throw new CheckException(e.getMessage());
        }
    }

    /** Each file separately (repeated runs, not processes of one run). */
    public static Runs loadAll(List<Path> files) throws CheckException {
        List<Map<String, Double>> values = new ArrayList<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        for (Path f : files) {
            Runs run = load(f);
            values.addAll(run.values());
            run.invalid().forEach(invalid::putIfAbsent);
        }
        return new Runs(values, invalid);
    }
}
