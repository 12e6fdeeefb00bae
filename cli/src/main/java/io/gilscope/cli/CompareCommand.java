package io.gilscope.cli;

import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.render.CompareReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(footer = {"", "Exit codes: 0 written; 2 unusable input (missing, not JFR, truncated) or command line."},
        name = "compare", mixinStandardHelpOptions = true,
        header = "Compare two runs side by side (e.g. GIL vs off, baseline vs change).",
        description = "Writes an HTML page with the change of every headline metric and both runs' reports, and "
                + "prints the metrics that changed by 5%% or more.")
final class CompareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A.jfr", description = "the first run (baseline)")
    Path a;

    @Parameters(index = "1", paramLabel = "B.jfr", description = "the second run")
    Path b;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "compare.html",
            description = "HTML file to write (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--title", paramLabel = "T", description = "page title")
    String title;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Summary sa = Inputs.analyze("compare", List.of(a), null, err);
        if (sa == null) return ExitCode.UNUSABLE;
        Summary sb = Inputs.analyze("compare", List.of(b), null, err);
        if (sb == null) return ExitCode.UNUSABLE;
        String t = title != null ? title : sa.title() + " vs " + sb.title();
        Inputs.write(output, CompareReport.render(sa, sb, t));
        PrintWriter out = spec.commandLine().getOut();
        for (CompareReport.Row r : CompareReport.rows(sa, sb)) {
            if (!r.verdict().isEmpty()) {
                out.println(String.format(Locale.ROOT, "%-34s %14.4g -> %-14.4g %s", r.metric(), r.a(), r.b(), r.verdict()));
            }
        }
        out.flush();
        err.println("gilscope compare: wrote " + output);
        boolean lost = Inputs.warnIncomplete("compare", sa, err) | Inputs.warnIncomplete("compare", sb, err);
        return lost ? ExitCode.UNUSABLE : ExitCode.OK;
    }
}
