package io.gilscope.cli;

import io.gilscope.cli.launch.DemoApp;
import io.gilscope.cli.launch.Home;
import io.gilscope.reports.render.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run a Python program on gilscope's interpreter under the GIL agent, recorded.",
        description = {"Runs PROGRAM.py on the demo interpreter (demo-app) with the GIL agent and writes a JFR recording "
                + "of the run (open it with gilscope report). gilscope's options may come before or after the program; "
                + "everything after -- goes to the program.",
                "Environment: JAVA_OPTS (extra options for the program's JVM)."},
        footer = {"", "Examples:",
                "  gilscope run demo-app/programs/countdown.py --mode fair --interval 1ms",
                "  gilscope run demo-app/programs/io_threads.py --serve",
                "  gilscope run demo-app/programs/counter_race.py --checkpoints backedge",
                "  gilscope run my.py -- --an-option-of-my-program",
                "", "Exit codes: the program's own; 2 bad command line or missing program."})
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "the Python program")
    Path program;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "the program's arguments")
    List<String> args = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE",
            description = "GIL design: ${COMPLETION-CANDIDATES} (default: new, CPython 3.2+; legacy: Python 2 ticks; fair: FIFO hand-off; off: no lock, still recorded)")
    GilMode mode;

    @Option(names = "--interval", paramLabel = "DURATION", converter = SwitchInterval.Converter.class,
            description = "switch interval with its unit, e.g. 5ms (default), 1ms, 100us")
    SwitchInterval interval;

    @Option(names = "--no-gil", description = "same as --mode off: no lock, but dispatches and blocking calls are still recorded")
    boolean noGil;

    @Option(names = "--checkpoints", paramLabel = "WHERE",
            description = "where the GIL holder looks for a drop request: ${COMPLETION-CANDIDATES} (default: dispatch, at any bytecode, "
                    + "like CPython 3.9 and before; backedge: at backward jumps, calls and returns only, like CPython 3.10+; modes new and fair)")
    Checkpoints checkpoints;

    @Option(names = "--no-count", description = "modes new and fair: do not count dispatches (agent option count=false)")
    boolean noCount;

    @Option(names = "--no-agent", description = "run the interpreter alone: no GIL, no recording")
    boolean noAgent;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the JFR recording to write (default: target/gilscope-runs/PROGRAM-MODE.jfr, e.g. countdown-new.jfr)")
    Path output;

    @Option(names = "--agent-opts", paramLabel = "OPTS", description = "more agent options, comma-separated (e.g. verbose,checkinterval=50); a bad one stops the run")
    String agentOptions;

    @Option(names = "--serve", description = "start the local HTTP delay server (/delay/N) for programs that fetch URLs")
    boolean serve;

    @Override
    public Integer call() throws IOException, InterruptedException, Home.MissingJarException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(program)) {
            err.println("gilscope run: no such file: " + Printable.line(program.toString()));
            err.flush();
            return ExitCode.UNUSABLE;
        }
        if (noGil && mode != null && mode != GilMode.OFF) {
            err.println("gilscope run: --no-gil contradicts --mode " + mode);
            err.flush();
            return ExitCode.UNUSABLE;
        }
        if (checkpoints == Checkpoints.BACKEDGE && (noGil || mode == GilMode.LEGACY || mode == GilMode.OFF)) {
            err.println("gilscope run: --checkpoints backedge needs --mode new or fair (legacy drops every checkinterval bytecodes, off never drops)");
            err.flush();
            return ExitCode.UNUSABLE;
        }
        Home home = Home.locate();
        DemoApp demoApp = DemoApp.of(home);
        Path recording = noAgent ? null : output != null ? output : defaultRecording(home);
        if (recording != null && recording.toAbsolutePath().getParent() != null) {
            Files.createDirectories(recording.toAbsolutePath().getParent());
        }
        List<String> command = demoApp.command(javaOptions(), noAgent ? null : agentOptions(recording),
                serve ? List.of("--serve") : List.of(), program, args);
        Process child = new ProcessBuilder(command).inheritIO().start();
        int status = waitThroughInterrupts(child);
        if (recording != null && Files.isRegularFile(recording)) {
            err.println("gilscope: recording written to " + recording + " (open it with: gilscope report " + recording + ")");
            err.flush();
        }
        return status;
    }

    /** The options the agent gets; {@code strict}, so that a bad one stops the run instead of being ignored. */
    String agentOptions(Path recording) {
        List<String> options = new ArrayList<>();
        if (noGil) options.add("mode=off");
        else if (mode != null) options.add("mode=" + mode.option());
        if (interval != null) options.add("interval=" + interval.text());
        if (noCount) options.add("count=false");
        if (checkpoints != null) options.add("checkpoints=" + checkpoints.option());
        options.add("jfr=" + recording.toAbsolutePath());
        if (agentOptions != null && !agentOptions.isBlank()) options.add(agentOptions);
        options.add("strict");
        return String.join(",", options);
    }

    /** PROGRAM-MODE.jfr, so that runs of one program in two modes can be compared without -o. */
    private Path defaultRecording(Home home) {
        String name = program.getFileName().toString().replaceFirst("\\.py$", "");
        GilMode effective = noGil ? GilMode.OFF : mode != null ? mode : GilMode.NEW;
        return home.target().resolve("gilscope-runs").resolve(name + "-" + effective.option() + ".jfr");
    }

    private static List<String> javaOptions() {
        String opts = System.getenv("JAVA_OPTS");
        return opts == null || opts.isBlank() ? List.of() : List.of(opts.trim().split("\\s+"));
    }

    /**
     * Ctrl-C reaches the program too (same process group): this JVM waits for it to finish its output
     * and its recording (up to a minute) instead of exiting under it.
     */
    private static int waitThroughInterrupts(Process child) throws InterruptedException {
        Thread hook = new Thread(() -> {
            try {
                child.onExit().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                child.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gilscope-run-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int status = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is already running and returns at once, the child having exited.
        }
        return status;
    }
}
