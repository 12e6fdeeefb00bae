package io.gilscope.cli;

import io.gilscope.reports.check.CheckException;
import io.gilscope.reports.check.RunMetrics;
import io.gilscope.reports.render.BaselineJson;
import io.gilscope.reports.render.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
            Inputs.write(output, BaselineJson.render(RunMetrics.loadAll(runs).values(), title != null ? title : runs.get(0).getFileName().toString(),
                    runs.stream().map(p -> p.getFileName().toString()).toList()));
            err.println("gilscope baseline: wrote " + output + " (" + (runs.size() == 1 ? "1 run" : "median of " + runs.size() + " runs") + ")");
            err.flush();
            return ExitCode.OK;
        } catch (CheckException e) {
            err.println("gilscope baseline: " + Printable.line(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            err.println("gilscope baseline: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Printable.line(e.getMessage().lines().findFirst().orElse(""))));
        }
        err.flush();
        return ExitCode.UNUSABLE;
    }
}
