package io.gilscope.cli;

import io.gilscope.reports.render.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

/** The gilscope command line: one usage text, every command. */
@Command(name = "gilscope", mixinStandardHelpOptions = true, versionProvider = Gilscope.Version.class,
        header = "A Python-style GIL for JVM interpreters, recorded with JFR; contention reports and CI verdicts.",
        description = {"Runs Python programs on gilscope's interpreter under the GIL agent, measures the seed articles' "
                + "claims, and turns JFR recordings (its own, or any JVM's lock events) into HTML reports, text "
                + "summaries, comparisons and CI verdicts.",
                "",
                "Run `gilscope COMMAND --help` for a command's options. The ./gilscope launcher builds the jars "
                + "when they are missing or older than the sources; `./gilscope build` builds them now."},
        subcommands = {RunCommand.class, AttachCommand.class, DemoCommand.class, BenchCommand.class,
                TopCommand.class, ReportCommand.class, SummaryCommand.class, CompareCommand.class, ExportCommand.class, CheckCommand.class,
                BaselineCommand.class, CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Exit codes: 0 done, 1 check found a regression (or a demo run failed), "
                + "2 unusable input or command line (one line on stderr)."})
public final class Gilscope implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Gilscope());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Gilscope::badCommandLine);
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse("");
            return oneLine(c, msg, ExitCode.UNUSABLE);
        });
        return cl;
    }

    /** A bad command line is one line naming what to type instead, and exit 2: never a usage dump. */
    private static int badCommandLine(ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        String msg = ex.getMessage() == null ? "invalid command line" : ex.getMessage().lines().findFirst().orElse("");
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            String unknown = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            if (!unknown.isEmpty()) {
                msg = (unknown.startsWith("-") ? "unknown option '" : "unexpected argument '") + unknown + "'";
            }
            if (!suggestions.isEmpty()) msg += " (did you mean " + suggestions.get(0) + "?)";
        }
        return oneLine(c, msg + " (see " + c.getCommandSpec().qualifiedName() + " --help)", ExitCode.UNUSABLE);
    }

    private static int oneLine(CommandLine c, String message, int code) {
        PrintWriter err = c.getErr();
        err.println(c.getCommandSpec().qualifiedName() + ": " + Printable.line(message));
        err.flush();
        return code;
    }

    /** The version this jar was built as, from its pom. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Gilscope.class.getResourceAsStream("version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"gilscope " + p.getProperty("version", "(unknown version)"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")"};
        }
    }
}
