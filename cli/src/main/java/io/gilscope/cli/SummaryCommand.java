package io.gilscope.cli;

import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.render.JsonSummary;
import io.gilscope.reports.render.TextSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(footer = {"", "Exit codes: 0 printed; 2 unusable input (missing, not JFR, truncated) or command line."},
        name = "summary", mixinStandardHelpOptions = true,
        header = "Print the headline metrics and per-thread table as plain text.",
        description = "Reads the recording(s) and prints the GIL headline, the per-thread table, the top JDK lock "
                + "sites and the findings.")
final class SummaryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "REC.jfr", arity = "1..*", description = "JFR recording(s), one per process")
    List<Path> recordings;

    @Option(names = "--json", description = "print the JSON summary instead of text")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Summary s = Inputs.analyze("summary", recordings, null, err);
        if (s == null) return ExitCode.UNUSABLE;
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonSummary.render(s) : TextSummary.render(s));
        out.flush();
        return Inputs.warnIncomplete("summary", s, err) ? ExitCode.UNUSABLE : ExitCode.OK;
    }
}
