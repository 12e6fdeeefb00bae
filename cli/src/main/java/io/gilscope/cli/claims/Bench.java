package io.gilscope.cli.claims;

import io.gilscope.cli.launch.ProgramRunner;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Runs a claim's program on its targets, a few times each, interleaved (A B C A B C: the machine's
 * drift hits every target alike), and reads the claim's figure from what each run printed. Claims that
 * read the same figure of the same program share its runs.
 */
public final class Bench {
    private final ProgramRunner runner;
    private final String python;
    private final int runs;
    private final Map<String, String> environment;
    private final PrintWriter progress;
    private final Map<String, Map<Target, Result>> measured = new HashMap<>();

    /** @param python CPython's executable, or null when it is not installed */
    public Bench(ProgramRunner runner, String python, int runs, Map<String, String> environment, PrintWriter progress) {
        this.runner = runner;
        this.python = python;
        this.runs = runs;
        this.environment = environment;
        this.progress = progress;
    }

    /** The claim's results per target, in the claim's order; a target whose runs fail gets a note instead. */
    public Map<Target, Result> measure(Claim claim) throws IOException, InterruptedException {
        String key = claim.program() + " " + claim.args() + " " + claim.figure().name();
        Map<Target, Result> known = measured.computeIfAbsent(key, k -> new LinkedHashMap<>());
        List<Target> missing = claim.targets().stream().filter(t -> !known.containsKey(t)).toList();
        known.putAll(run(claim, missing));
        Map<Target, Result> results = new LinkedHashMap<>();
        for (Target t : claim.targets()) results.put(t, known.get(t));
        return results;
    }

    private Map<Target, Result> run(Claim claim, List<Target> targets) throws IOException, InterruptedException {
        Map<Target, double[]> values = new LinkedHashMap<>();
        Map<Target, Double> others = new HashMap<>();
        Map<Target, String> notes = new LinkedHashMap<>();
        for (Target t : targets) {
            if (t.cpython() && python == null) notes.put(t, "python3 not found");
            else values.put(t, new double[runs]);
        }
        String title = claim.file() + (claim.args().isEmpty() ? "" : " " + String.join(" ", claim.args()));
        for (int run = 0; run < runs; run++) {
            for (Target t : new ArrayList<>(values.keySet())) {
                progress.printf("  %-22s %-16s run %d/%d%n", title, t.label(), run + 1, runs);
                progress.flush();
                ProgramRunner.Outcome o = runner.run(command(t, claim), claim.program().getParent(), environment);
                OptionalDouble figure = o.exitCode() == 0 ? claim.figure().read().apply(o.stdout()) : OptionalDouble.empty();
                if (figure.isPresent()) {
                    values.get(t)[run] = figure.getAsDouble();
                    others.merge(t, o.othersCores(), MachineLoad::busier);
                } else {
                    values.remove(t);
                    notes.put(t, failure(o));
                }
            }
        }
        Map<Target, Result> results = new LinkedHashMap<>();
        for (Target t : targets) {
            results.put(t, values.containsKey(t) ? Result.of(Stats.of(values.get(t)), others.get(t)) : Result.note(notes.get(t)));
        }
        return results;
    }

    private List<String> command(Target t, Claim claim) {
        if (!t.cpython()) return runner.demoApp().command(List.of(), t.agentOptions(), t.interpreterOptions(), claim.program(), claim.args());
        List<String> command = new ArrayList<>(List.of(python, claim.program().toString()));
        command.addAll(claim.args());
        return command;
    }

    private static String failure(ProgramRunner.Outcome o) {
        if (o.timedOut()) return "timed out";
        String[] lines = o.stderr().strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        if (last.startsWith("ModuleNotFoundError")) return last.replace("ModuleNotFoundError: ", "");
        return o.exitCode() != 0 ? "failed (exit " + o.exitCode() + (last.isEmpty() ? "" : ": " + last) + ")" : "no figure printed";
    }

    /**
     * A target's measurement, or why there is none.
     *
     * @param othersCores the most cores other processes kept busy during one of its runs (NaN when unknown)
     */
    public record Result(Stats stats, String note, double othersCores) {
        public static Result of(Stats stats, double othersCores) {
            return new Result(stats, null, othersCores);
        }

        public static Result note(String note) {
            return new Result(null, note, Double.NaN);
        }

        public boolean ok() {
            return stats != null;
        }

        public double median() {
            return ok() ? stats.median() : Double.NaN;
        }
    }
}
