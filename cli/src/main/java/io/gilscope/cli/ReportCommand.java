package io.gilscope.cli;

import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.render.HtmlReport;
import io.gilscope.reports.render.JsonSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(footer = {"", "Exit codes: 0 written; 2 unusable input (missing, not JFR, truncated) or command line."},
        name = "report", mixinStandardHelpOptions = true,
        header = "Write a self-contained HTML contention report (and optionally a JSON summary).",
        description = {"Analyses one recording per process (several for multiprocessing children: shown per process "
                + "plus combined) and writes one HTML file that works offline.",
                "A truncated recording is reported as far as it could be read; the command then exits 2."})
final class ReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "REC.jfr", arity = "1..*", description = "JFR recording(s), one per process")
    List<Path> recordings;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "HTML file to write (default: the first recording's name with .html)")
    Path output;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the JSON summary (input of gilscope check)")
    Path json;

    @Option(names = "--title", paramLabel = "T", description = "report title (default: the recording's file name)")
    String title;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Summary s = Inputs.analyze("report", recordings, title, err);
        if (s == null) return ExitCode.UNUSABLE;
        Path out = output != null ? output : Inputs.defaultHtml(recordings.get(0));
        Inputs.write(out, HtmlReport.render(s));
        if (json != null) Inputs.write(json, JsonSummary.render(s));
        err.println("gilscope report: wrote " + out + (json != null ? " and " + json : ""));
        boolean lost = Inputs.warnIncomplete("report", s, err);
        return lost ? ExitCode.UNUSABLE : ExitCode.OK;
    }
}
