package io.gilscope.bench;

import io.gilscope.reports.demo.ProgramRunner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Runs one program on several targets, a few times each, interleaved (A B C A B C: the machine's
 * drift hits every target alike), and turns what each run printed into a number.
 */
final class Bench {
    private final ProgramRunner runner;
    private final String python;
    private final int runs;
    private final Map<String, String> environment;
    private final PrintWriter progress;

    /** @param python CPython's executable, or null when it is not installed */
    Bench(ProgramRunner runner, String python, int runs, Map<String, String> environment, PrintWriter progress) {
        this.runner = runner;
        this.python = python;
        this.runs = runs;
        this.environment = environment;
        this.progress = progress;
    }

    boolean hasPython() {
        return python != null;
    }

    /**
     * The figure {@code extract} reads from each run's output, per target; a target whose runs
     * fail or print no figure gets a note instead.
     */
    Map<Target, Result> measure(Path program, List<Target> targets, Function<String, OptionalDouble> extract,
                                String... args) throws IOException, InterruptedException {
        Map<Target, double[]> values = new LinkedHashMap<>();
        Map<Target, String> notes = new LinkedHashMap<>();
        for (Target t : targets) {
            if (t.cpython() && python == null) notes.put(t, "python3 not found");
            else values.put(t, new double[runs]);
        }
        for (int run = 0; run < runs; run++) {
            for (Target t : new ArrayList<>(values.keySet())) {
                progress.printf("  %-22s %-16s run %d/%d%n", program.getFileName() + (args.length > 0 ? " " + String.join(" ", args) : ""),
                        t.label(), run + 1, runs);
                progress.flush();
                ProgramRunner.Outcome o = runner.run(command(t, program, args), program.getParent(), environment);
                OptionalDouble figure = o.exitCode() == 0 ? extract.apply(o.stdout()) : OptionalDouble.empty();
                if (figure.isPresent()) {
                    values.get(t)[run] = figure.getAsDouble();
                } else {
                    values.remove(t);
                    notes.put(t, failure(o));
                }
            }
        }
        Map<Target, Result> results = new LinkedHashMap<>();
        for (Target t : targets) {
            results.put(t, values.containsKey(t) ? Result.of(Stats.of(values.get(t))) : Result.note(notes.get(t)));
        }
        return results;
    }

    private List<String> command(Target t, Path program, String... args) {
        if (!t.cpython()) return runner.demoCommand(program, false, t.agentOptions(), args);
        List<String> command = new ArrayList<>(List.of(python, program.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static String failure(ProgramRunner.Outcome o) {
        if (o.timedOut()) return "timed out";
        String[] lines = o.stderr().strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        if (last.startsWith("ModuleNotFoundError")) return last.replace("ModuleNotFoundError: ", "");
        return o.exitCode() != 0 ? "failed (exit " + o.exitCode() + (last.isEmpty() ? "" : ": " + last) + ")" : "no figure printed";
    }

    /** A target's measurement, or why there is none. */
    record Result(Stats stats, String note) {
        static Result of(Stats stats) {
            return new Result(stats, null);
        }

        static Result note(String note) {
            return new Result(null, note);
        }

        boolean ok() {
            return stats != null;
        }

        double median() {
            return ok() ? stats.median() : Double.NaN;
        }
    }
}
