package io.gilscope.cli.demo;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.render.CompareReport;
import io.gilscope.cli.claims.Claim;
import io.gilscope.cli.claims.Figures;
import io.gilscope.cli.claims.MachineLoad;
import io.gilscope.cli.launch.ProgramRunner;
import io.gilscope.reports.render.HtmlReport;
import io.gilscope.reports.render.JsonSummary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The main job in one command: each seed program under the GIL (mode new) and without it (mode off),
 * each run recorded and reported, a comparison per pair, an index page and a table in the terminal.
 */
public final class Demo {
    /** The two ways each program runs. */
    private enum Variant {
        GIL("gil", "GIL", "mode=new"),
        NO_GIL("nogil", "no GIL", "mode=off");

        final String suffix;
        final String label;
        final String agentOptions;

        Variant(String suffix, String label, String agentOptions) {
            this.suffix = suffix;
            this.label = label;
            this.agentOptions = agentOptions;
        }
    }

    /** A program's two runs. */
    public record Pair(Claim program, DemoRun gil, DemoRun noGil, Path compare) { }

    private final ProgramRunner runner;
    private final Path outDir;
    private final PrintWriter out;

    public Demo(ProgramRunner runner, Path outDir, PrintWriter out) {
        this.runner = runner;
        this.outDir = outDir;
        this.out = out;
    }

    /** Runs the programs; returns the pairs, with a problem recorded on every run that failed. */
    public List<Pair> run(List<Claim> programs) throws IOException, InterruptedException {
        Files.createDirectories(outDir.resolve("runs"));
        List<Claim> present = new ArrayList<>();
        for (Claim p : programs) {
            if (Files.isRegularFile(p.program())) present.add(p);
            else out.println("gilscope demo: skipping " + p.file() + ": not found in " + p.program().getParent());
        }
        MachineLoad.busyWarning().ifPresent(w -> out.println("gilscope demo: warning: " + w));
        List<Pair> pairs = new ArrayList<>();
        int step = 0;
        int steps = present.size() * 2;
        for (Claim p : present) {
            DemoRun gil = runAndReport(p, Variant.GIL, ++step, steps);
            DemoRun noGil = runAndReport(p, Variant.NO_GIL, ++step, steps);
            pairs.add(new Pair(p, gil, noGil, compare(p, gil, noGil)));
        }
        Path index = outDir.resolve("index.html");
        write(index, DemoIndex.render(pairs, outDir));
        printTable(pairs);
        out.println();
        out.println("gilscope demo: open " + index.toAbsolutePath());
        out.flush();
        return pairs;
    }

    private DemoRun runAndReport(Claim p, Variant v, int step, int steps) throws IOException, InterruptedException {
        String name = p.name() + "-" + v.suffix;
        out.printf("[%d/%d] %-14s %-7s ", step, steps, p.name(), v.label);
        out.flush();
        deleteRecordings(name);
        Path recording = outDir.resolve("runs").resolve(name + ".jfr");
        ProgramRunner.Outcome o = runner.runDemo(p.program(), p.serve(),
                v.agentOptions + ",jfr=" + recording.toAbsolutePath());
        List<String> figures = Figures.of(o.stdout());
        List<Path> recordings = recordings(name);
        String problem = problem(o, recordings);
        Path report = null;
        Map<String, Double> metrics = Map.of();
        if (!recordings.isEmpty()) {
            try {
                Summary s = Analyzer.analyze(recordings, p.name() + " (" + v.label + ")");
                report = outDir.resolve(name + ".html");
                write(report, HtmlReport.render(s));
                write(outDir.resolve("runs").resolve(name + ".json"), JsonSummary.render(s));
                metrics = s.metrics();
            } catch (RecordingException e) {
                problem = problem == null ? e.getMessage() : problem;
            }
        }
        out.printf("%5.1f s  %s%n", o.wallSeconds(), problem == null ? String.join(" · ", figures) : "FAILED: " + problem);
        out.flush();
        return new DemoRun(p, v.label, o.exitCode(), o.wallSeconds(), figures,
                Figures.concurrentOverSequential(o.stdout()), recordings, report, metrics, problem);
    }

    private static String problem(ProgramRunner.Outcome o, List<Path> recordings) {
        if (o.timedOut()) return "did not finish in time and was stopped";
        if (o.exitCode() != 0) return "exit " + o.exitCode() + lastLine(o.stderr());
        if (recordings.isEmpty()) return "no recording was written" + lastLine(o.stderr());
        return null;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "" : ": " + lines[lines.length - 1].strip();
    }

    private Path compare(Claim p, DemoRun gil, DemoRun noGil) throws IOException {
        if (gil.recordings().isEmpty() || noGil.recordings().isEmpty()) return null;
        try {
            Summary a = Analyzer.analyze(gil.recordings(), p.name() + " (GIL)");
            Summary b = Analyzer.analyze(noGil.recordings(), p.name() + " (no GIL)");
            Path file = outDir.resolve(p.name() + "-compare.html");
            write(file, CompareReport.render(a, b, p.name() + ": GIL vs no GIL"));
            return file;
        } catch (RecordingException e) {
            return null;
        }
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

    private void printTable(List<Pair> pairs) {
        int program = "program".length();
        int gil = "with GIL".length();
        for (Pair pair : pairs) {
            program = Math.max(program, pair.program().name().length());
            gil = Math.max(gil, cell(pair.gil()).length());
        }
        String format = "%-" + program + "s  %-" + gil + "s  %s%n";
        out.println();
        out.printf(format, "program", "with GIL", "without GIL");
        for (Pair pair : pairs) {
            out.printf(format, pair.program().name(), cell(pair.gil()), cell(pair.noGil()));
            out.printf("%" + program + "s  article %s: %s%n", "", pair.program().article(), pair.program().statement());
        }
    }

    private static String cell(DemoRun run) {
        if (!run.ok()) return "FAILED";
        String figures = run.ratio().isPresent() ? Figures.describe(run.ratio()) : String.join(", ", run.figures());
        double wait = run.metric(Metrics.GIL_WAIT_SHARE);
        return Double.isNaN(wait) || wait == 0 ? figures : figures + String.format(Locale.ROOT, ", GIL wait %.0f%%", wait * 100);
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
