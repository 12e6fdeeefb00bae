package io.gilscope.cli.demo;

import io.gilscope.cli.claims.Bench;
import io.gilscope.cli.claims.Claim;
import io.gilscope.cli.claims.ClaimResult;
import io.gilscope.cli.claims.MachineLoad;
import io.gilscope.cli.claims.Target;
import io.gilscope.cli.launch.ProgramRunner;
import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.render.CompareReport;
import io.gilscope.reports.render.HtmlReport;
import io.gilscope.reports.render.JsonSummary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main job in one command: each seed program repeated in one JVM under the GIL (mode new) and in
 * another without it (mode off), each JVM recorded and reported, a comparison per program, a verdict
 * per claim from the warm repetitions (the claims engine {@code bench} uses), an index page that tells
 * the story with a picture per program, and the verdicts in the terminal.
 */
public final class Demo {
    /** demo-app's --repeat marker (io.gilscope.demo.Main.REPEAT_MARKER; the CLI does not link demo-app). */
    static final String REPEAT_MARKER = "# gilscope-demo --repeat: run ";

    /** The two ways each program runs. */
    enum Variant {
        GIL("gil", "GIL", Target.NEW),
        NO_GIL("nogil", "no GIL", Target.OFF);

        final String suffix;
        final String label;
        final Target target;

        Variant(String suffix, String label, Target target) {
            this.suffix = suffix;
            this.label = label;
            this.target = target;
        }
    }

    /** A seed program, its claims, its two runs and the verdicts on its claims. */
    public record Shown(Claim program, DemoRun gil, DemoRun noGil, Path compare, List<ClaimResult> verdicts) { }

    private final ProgramRunner runner;
    private final Path outDir;
    private final int runs;
    private final PrintWriter out;

    /** @param runs warm repetitions per program and variant (warm-ups run before them) */
    public Demo(ProgramRunner runner, Path outDir, int runs, PrintWriter out) {
        this.runner = runner;
        this.outDir = outDir;
        this.runs = runs;
        this.out = out;
    }

    /** Runs the claims' programs; returns what was shown, with a problem recorded on every run that failed. */
    public List<Shown> run(List<Claim> claims) throws IOException, InterruptedException {
        Files.createDirectories(outDir.resolve("runs"));
        Map<String, List<Claim>> programs = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (Files.isRegularFile(c.program())) programs.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            else out.println("gilscope demo: skipping " + c.file() + ": not found in " + c.program().getParent());
        }
        MachineLoad.busyWarning().ifPresent(w -> out.println("gilscope demo: warning: " + w));
        out.printf("gilscope demo: %d programs, each %d times in one JVM under the GIL and in one without "
                + "(the first %d warm up and are left out of the figures)%n", programs.size(), runs + DemoRun.WARM_UPS, DemoRun.WARM_UPS);
        List<Shown> shown = new ArrayList<>();
        int step = 0;
        int steps = programs.size() * 2;
        for (List<Claim> programClaims : programs.values()) {
            Claim p = programClaims.get(0);
            DemoRun gil = runAndReport(p, Variant.GIL, ++step, steps);
            DemoRun noGil = runAndReport(p, Variant.NO_GIL, ++step, steps);
            List<ClaimResult> verdicts = new ArrayList<>();
            for (Claim c : programClaims) {
                Map<Target, Bench.Result> results = new LinkedHashMap<>();
                results.put(Variant.GIL.target, gil.result(c));
                results.put(Variant.NO_GIL.target, noGil.result(c));
                verdicts.add(ClaimResult.judge(c, results));
            }
            shown.add(new Shown(p, gil, noGil, compare(p, gil, noGil), verdicts));
        }
        Path index = outDir.resolve("index.html");
        Files.writeString(index, DemoIndex.render(shown, outDir, runs), StandardCharsets.UTF_8);
        printVerdicts(shown);
        out.println();
        out.println("gilscope demo: open " + index.toAbsolutePath());
        out.flush();
        return shown;
    }

    private DemoRun runAndReport(Claim p, Variant v, int step, int steps) throws IOException, InterruptedException {
        String name = p.name() + "-" + v.suffix;
        out.printf("[%d/%d] %-14s %-7s ", step, steps, p.name(), v.label);
        out.flush();
        deleteRecordings(name);
        Path recording = outDir.resolve("runs").resolve(name + ".jfr");
        List<String> options = new ArrayList<>(List.of("--repeat", String.valueOf(runs + DemoRun.WARM_UPS)));
        if (p.serve()) options.add("--serve");
        ProgramRunner.Outcome o = runner.runDemo(options, v.target.agentOptions() + ",jfr=" + recording.toAbsolutePath(),
                p.program(), p.args());
        List<Path> recordings = recordings(name);
        List<String> repetitions = repetitions(o.stdout());
        String problem = problem(o, recordings, repetitions);
        Path report = null;
        Summary summary = null;
        if (!recordings.isEmpty()) {
            try {
                summary = Analyzer.analyze(recordings, p.name() + " (" + v.label + ")");
                report = outDir.resolve(name + ".html");
                Files.writeString(report, HtmlReport.render(summary), StandardCharsets.UTF_8);
                Files.writeString(outDir.resolve("runs").resolve(name + ".json"), JsonSummary.render(summary), StandardCharsets.UTF_8);
            } catch (RecordingException e) {
                problem = problem == null ? e.getMessage() : problem;
            }
        }
        DemoRun run = new DemoRun(v.label, o.wallSeconds(), repetitions, summary, report, problem, o.othersCores());
        out.printf("%5.1f s  %s%n", o.wallSeconds(), run.ok() ? DemoIndex.figures(run, p) : "FAILED: " + problem);
        out.flush();
        return run;
    }

    /** What each repetition printed: the text after each --repeat marker line. */
    static List<String> repetitions(String stdout) {
        List<String> repetitions = new ArrayList<>();
        StringBuilder current = null;
        for (String line : stdout.split("\\R")) {
            if (line.startsWith(REPEAT_MARKER)) {
                if (current != null) repetitions.add(current.toString());
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) repetitions.add(current.toString());
        return repetitions;
    }

    private String problem(ProgramRunner.Outcome o, List<Path> recordings, List<String> repetitions) {
        if (o.timedOut()) return "did not finish in time and was stopped";
        if (o.exitCode() != 0) return "exit " + o.exitCode() + lastLine(o.stderr());
        if (recordings.isEmpty()) return "no recording was written" + lastLine(o.stderr());
        int finished = repetitions.size();
        if (finished != runs + DemoRun.WARM_UPS) return "ran " + finished + " of " + (runs + DemoRun.WARM_UPS) + " repetitions";
        return null;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "" : ": " + lines[lines.length - 1].strip();
    }

    /** The two runs side by side, from the summaries their reports were made of; null when either was not analysed. */
    private Path compare(Claim p, DemoRun gil, DemoRun noGil) throws IOException {
        if (gil.summary() == null || noGil.summary() == null) return null;
        Path file = outDir.resolve(p.name() + "-compare.html");
        Files.writeString(file, CompareReport.render(gil.summary(), noGil.summary(), p.name() + ": GIL vs no GIL"), StandardCharsets.UTF_8);
        return file;
    }

    /** The run's own recording plus those of its child processes (name.PID.jfr). */
    private List<Path> recordings(String name) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(outDir.resolve("runs"), name + "*.jfr")) {
            for (Path f : dir) {
                String rest = f.getFileName().toString().substring(name.length());
                if (rest.equals(".jfr") || rest.matches("\\.\\d+\\.jfr")) files.add(f);
            }
        }
        files.sort((a, b) -> a.getFileName().toString().length() - b.getFileName().toString().length());
        return files;
    }

    private void deleteRecordings(String name) throws IOException {
        for (Path f : recordings(name)) Files.deleteIfExists(f);
    }

    private void printVerdicts(List<Shown> shown) {
        out.println();
        out.println("The claims (median and range of " + runs + " warm runs; GIL = mode new, no GIL = mode off):");
        for (Shown s : shown) {
            for (ClaimResult r : s.verdicts()) {
                out.printf("  %-13s %s (%s, article %s)%n", r.verdict().state().label, r.claim().statement(), s.program().file(),
                        r.claim().article());
                out.printf("  %-13s %s%n", "", r.verdict().reason());
            }
        }
    }
}
