package io.gilscope.cli;

import io.gilscope.reports.check.Budget;
import io.gilscope.reports.check.CheckException;
import io.gilscope.reports.check.Checker;
import io.gilscope.reports.check.RunMetrics;
import io.gilscope.reports.check.Runs;
import io.gilscope.reports.check.Verdict;
import io.gilscope.reports.render.JUnitXml;
import io.gilscope.reports.render.MarkdownTable;
import io.gilscope.reports.render.Printable;
import io.gilscope.reports.render.VerdictText;
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

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Fail a build when contention regressed against a baseline.",
        description = {"Compares the current run's summary metrics with a baseline, metric by metric, using the rules "
                + "of a budget file (or the built-in defaults). Several current runs (repeated runs of the same "
                + "program) are combined by median first. Prints one line per metric.",
                "Each CURRENT is a recording (.jfr, analysed now) or a JSON summary (report --json, baseline)."},
        footer = {"", "Exit codes: 0 every metric within budget, 1 a regression, "
                + "2 unusable input (a missing, corrupt or non-regular file, JSON nested too deep, empty metrics, a schema "
                + "version this gilscope does not read, a budget key set twice or unknown, min above max, an unknown metric, "
                + "too few runs, a metric the budget names that was not measured or is no number, a GIL run against a "
                + "no-GIL one), with one line on stderr."})
final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--baseline", required = true, paramLabel = "FILE",
            description = "baseline: a JSON summary (gilscope baseline, report --json) or a recording")
    Path baseline;

    @Parameters(paramLabel = "CURRENT", arity = "1..*", description = "current run(s): .jfr recordings or JSON summaries")
    List<Path> current;

    @Option(names = "--budget", paramLabel = "FILE", description = "budget file (properties); default: the built-in rules")
    Path budget;

    @Option(names = "--junit", paramLabel = "FILE", description = "also write a JUnit XML report, one test case per metric")
    Path junit;

    @Option(names = "--markdown", paramLabel = "FILE", description = "also write a Markdown table (e.g. $GITHUB_STEP_SUMMARY)")
    Path markdown;

    @Option(names = "--title", paramLabel = "T", defaultValue = "gilscope check",
            description = "name of the JUnit test suite and Markdown heading (default: ${DEFAULT-VALUE})")
    String title;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Budget rules = budget == null ? Budget.defaults() : Budget.read(budget);
            Runs base = RunMetrics.loadSide(baseline);
            Runs runs = RunMetrics.loadAll(current);
            Verdict v = Checker.check(rules, base, runs);
            PrintWriter out = spec.commandLine().getOut();
            out.print(VerdictText.render(v));
            out.flush();
            if (junit != null) Inputs.write(junit, JUnitXml.render(v, title));
            if (markdown != null) Inputs.write(markdown, MarkdownTable.render(v, title));
            return v.passed() ? ExitCode.OK : ExitCode.FAILED;
        } catch (CheckException e) {
            return unusable(err, e.getMessage());
        } catch (IOException | RuntimeException e) {
            // 1 must always mean a regression: anything unexpected is unusable input or environment.
            return unusable(err, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static int unusable(PrintWriter err, String message) {
        err.println("gilscope check: " + Printable.line(message.lines().findFirst().orElse("")));
        err.flush();
        return ExitCode.UNUSABLE;
    }
}
