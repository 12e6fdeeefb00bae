package io.gilscope.reports.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** The reports command line: {@code report}, {@code summary}, {@code compare}, {@code check}, {@code baseline}, {@code demo}. */
@Command(name = "gilscope", mixinStandardHelpOptions = true, version = "gilscope reports 0.1.0",
        header = "GIL and lock contention reports from JFR recordings.",
        description = "Reads JFR recordings (made under the gilscope agent, or from any JVM for the JDK lock parts) "
                + "and writes HTML reports, JSON summaries and plain-text summaries.",
        subcommands = {ReportCommand.class, CompareCommand.class, SummaryCommand.class, CheckCommand.class,
                BaselineCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 check found a regression (or a demo run failed), 2 unusable input or command line (one line on stderr)."})
public final class Gilscope implements Callable<Integer> {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return withOneLineErrors(new CommandLine(new Gilscope()));
    }

    /** Bad command lines and failures print one line on stderr and exit 2, never a stack trace or a usage dump. */
    public static CommandLine withOneLineErrors(CommandLine cl) {
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            String name = c.getCommandSpec().qualifiedName();
            PrintWriter err = c.getErr();
            String msg = ex.getMessage() == null ? "invalid command line" : ex.getMessage().lines().findFirst().orElse("");
            err.println(name + ": " + msg + " (see " + name + " --help)");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter err = c.getErr();
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse("");
            err.println(c.getCommandSpec().qualifiedName() + ": " + msg);
            err.flush();
            return BAD_INPUT;
        });
        return cl;
    }
}
