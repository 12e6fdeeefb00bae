package io.gilscope.reports.cli;

import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.check.CheckException;
import io.gilscope.reports.check.Median;
import io.gilscope.reports.check.RunMetrics;
import io.gilscope.reports.render.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        header = "Write a baseline for gilscope check from one or more runs.",
        description = "Analyses each recording (or reads each JSON summary) as one run of the same program and writes "
                + "the median of every metric as a JSON summary that gilscope check reads with --baseline. "
                + "Commit it next to the budget file.",
        footer = {"", "Exit codes: 0 written, 2 unusable input (one line on stderr)."})
final class BaselineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "REC.jfr", arity = "1..*", description = "recording(s) or JSON summaries, one per run")
    List<Path> runs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "baseline.json",
            description = "JSON file to write (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--title", paramLabel = "T", description = "a name for the baseline (default: the first run's file name)")
    String title;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Map<String, Double> metrics = Median.of(RunMetrics.loadAll(runs));
            Inputs.write(output, render(metrics, title != null ? title : runs.get(0).getFileName().toString(), runs));
            err.println("gilscope baseline: wrote " + output + " (" + (runs.size() == 1 ? "1 run" : "median of " + runs.size() + " runs") + ")");
            err.flush();
            return Gilscope.OK;
        } catch (CheckException e) {
            err.println("gilscope baseline: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            err.println("gilscope baseline: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
        }
        err.flush();
        return Gilscope.BAD_INPUT;
    }

    /** A summary with only the metrics (what check compares), readable by {@code SummaryJson.readMetrics}. */
    static String render(Map<String, Double> metrics, String title, List<Path> runs) {
        Json j = new Json(true).beginObject()
                .field("schemaVersion", Summary.SCHEMA_VERSION)
                .field("generator", "gilscope-reports baseline")
                .field("title", title)
                .field("combined", runs.size() == 1 ? "single run" : "median")
                .name("runs").beginArray();
        for (Path p : runs) j.value(p.getFileName().toString());
        j.endArray().name("metrics").beginObject();
        metrics.forEach(j::field);
        return j.endObject().endObject() + "\n";
    }
}
