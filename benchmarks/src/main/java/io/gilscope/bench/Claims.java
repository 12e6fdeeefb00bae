package io.gilscope.bench;

import io.gilscope.reports.demo.Figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed articles' claims, each measured on CPython and on gilscope in every GIL mode, with a
 * verdict computed from the medians. Every figure is a ratio or a count measured in the same run.
 */
final class Claims {
    private static final List<Target> ALL_MODES = List.of(Target.CPYTHON, Target.NEW, Target.LEGACY, Target.FAIR, Target.OFF);
    private static final List<Target> GIL_MODES = List.of(Target.CPYTHON, Target.NEW, Target.LEGACY, Target.FAIR);

    /** One line of the table. */
    record Row(String claim, String article, String articleFigure, String measure, Map<Target, Bench.Result> results,
               String format, String verdict) { }

    private final Bench bench;
    private final Path programs;
    private final Path benchPrograms;
    private final boolean quick;
    private final boolean httpbin;
    private final Target recording;
    private final Target uncountedRecording;

    /**
     * @param httpbin the local HTTP server runs, so the I/O programs can be measured
     * @param recordings where the agent's recordings of the overhead runs go
     */
    Claims(Bench bench, Path programs, Path benchPrograms, boolean quick, boolean httpbin, Path recordings) {
        this.bench = bench;
        this.programs = programs;
        this.benchPrograms = benchPrograms;
        this.quick = quick;
        this.httpbin = httpbin;
        this.recording = Target.recording(recordings, true);
        this.uncountedRecording = Target.recording(recordings, false);
    }

    List<Row> measure() throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        Map<Target, Bench.Result> countdown = bench.measure(programs.resolve("countdown.py"),
                List.of(Target.CPYTHON, Target.ALONE, Target.NEW, Target.LEGACY, Target.FAIR, Target.OFF), Figures::concurrentOverSequential);
        rows.add(new Row("Two CPU-bound threads are no faster than sequential under the GIL", "003", "2.52 s / 2.45 s = 1.03",
                "countdown(50M) ×2: threaded / sequential time", pick(countdown, ALL_MODES), "%.2f",
                verdictAtLeast(countdown, GIL_MODES, 0.9)));
        rows.add(new Row("Without the GIL (free-threaded build, PEP 703) threads run in parallel", "001", "–",
                "countdown(50M) ×2: threaded / sequential time, 2 cores", pick(countdown, List.of(Target.ALONE, Target.OFF)), "%.2f",
                verdictAtMost(countdown, List.of(Target.ALONE, Target.OFF), 0.6)));

        Map<Target, Bench.Result> single = bench.measure(programs.resolve("countdown.py"),
                List.of(Target.CPYTHON, Target.ALONE, Target.NEW), out -> seconds(out, "Sequential"));
        rows.add(speedRow(single));
        Map<Target, Bench.Result> warm = bench.measure(benchPrograms.resolve("countdown_calls.py"),
                List.of(Target.ALONE, Target.NEW, recording, uncountedRecording), out -> seconds(out, "warm calls"));
        rows.add(overheadRow(warm));

        Map<Target, Bench.Result> cpu = bench.measure(programs.resolve("cpu_threads.py"), ALL_MODES, Figures::concurrentOverSequential);
        rows.add(new Row("CPU-bound work: 2 threads barely faster than 1", "001", "“same time as sequential”",
                "sum(i*i for i in range(10M)) ×2: threaded / sequential time", cpu, "%.2f", verdictAtLeast(cpu, GIL_MODES, 0.85)));

        if (httpbin) {
            Map<Target, Bench.Result> io = bench.measure(programs.resolve("io_threads.py"),
                    List.of(Target.CPYTHON, Target.NEW, Target.FAIR, Target.OFF), Figures::concurrentOverSequential);
            rows.add(new Row("I/O-bound: 5 fetches of /delay/1 take ~5 s in sequence, ~1 s on threads", "001",
                    "~1 s / ~5 s = 0.2", "threaded / sequential time", io, "%.2f", verdictAtMost(io, ALL_MODES, 0.3)));
        }

        Map<Target, Bench.Result> pool = bench.measure(programs.resolve("process_pool.py"),
                List.of(Target.CPYTHON, Target.ALONE, Target.NEW), Figures::concurrentOverSequential);
        rows.add(new Row("Processes bypass the GIL: Pool(4).map(cpu_work, [10M] * 4) is ~4x faster", "001",
                "~0.25 on 4 cores (≥ 0.5 on 2)", "4 processes / sequential time, pool start-up included", pool, "%.2f",
                verdictAtMost(pool, List.of(Target.CPYTHON, Target.ALONE, Target.NEW), 0.75)));

        Map<Target, Bench.Result> numpy = bench.measure(programs.resolve("numpy_threads.py"),
                List.of(Target.CPYTHON, Target.ALONE, Target.NEW, Target.OFF), Figures::concurrentOverSequential);
        rows.add(new Row("NumPy releases the GIL: threads doing np.dot run in parallel", "001", "“this does run in parallel”",
                "4 threads / sequential time of np.dot(1000×1000)", numpy, "%.2f",
                verdictAtMost(numpy, List.of(Target.CPYTHON, Target.NEW), 0.75)));

        Map<Target, Bench.Result> race = bench.measure(programs.resolve("counter_race.py"), ALL_MODES, Claims::lastNumber);
        rows.add(new Row("counter += 1 on 2 threads loses updates", "001", "~1,000,000–2,000,000, not consistent",
                "final counter (2,000,000 if no update is lost)", race, "%,.0f", verdictRace(race)));

        Map<Target, Bench.Result> convoy = bench.measure(benchPrograms.resolve("convoy.py"), ALL_MODES, out -> number(out, "kept: ([0-9.]+)%"));
        rows.add(new Row("Convoy effect: an I/O thread next to a CPU-bound thread collapses (bpo-7946)", "001, REFERENCE",
                "150–300× slower round trips", "I/O ops/s next to a CPU-bound thread / alone, %", convoy, "%.1f%%", verdictConvoy(convoy)));

        for (String interval : List.of("0.005", "0.001", "0.0001")) {
            Map<Target, Bench.Result> latency = bench.measure(benchPrograms.resolve("convoy.py"), List.of(Target.CPYTHON, Target.NEW, Target.FAIR),
                    out -> number(out, "next to a CPU-bound thread: [0-9]+/s, median ([0-9.]+) ms"), interval);
            rows.add(new Row("Switch interval " + millis(interval) + ": I/O latency next to a CPU-bound thread", "REFERENCE",
                    "5–10 ms / 1.1 ms / 0.22 ms at 5 / 1 / 0.1 ms", "median blocking-call round trip, ms", latency, "%.3f",
                    verdictLatency(latency, Double.parseDouble(interval) * 1000)));
            if (!quick) {
                Map<Target, Bench.Result> sweep = bench.measure(benchPrograms.resolve("switch_interval.py"),
                        List.of(Target.CPYTHON, Target.NEW, Target.LEGACY, Target.FAIR), Figures::concurrentOverSequential, interval);
                rows.add(new Row("Switch interval " + millis(interval) + ": two CPU-bound threads", "REFERENCE",
                        "1 µs interval: 2 threads 2.5× slower", "countdown(20M) ×2: threaded / sequential time", sweep, "%.2f",
                        verdictAtLeast(sweep, List.of(Target.CPYTHON, Target.NEW), 0.9)));
            }
        }
        return rows;
    }

    private Row speedRow(Map<Target, Bench.Result> single) {
        double cpython = single.get(Target.CPYTHON).median();
        double alone = single.get(Target.ALONE).median();
        String verdict = Double.isNaN(cpython) || Double.isNaN(alone) ? "not measured"
                : String.format(Locale.ROOT, "%s: demo-app alone is %.1f× CPython's speed (target ≥ 3×)", alone * 3 <= cpython ? "holds" : "misses", cpython / alone);
        return new Row("gilscope's interpreter runs countdown at least 3× faster than CPython", "issue 2", "CPython 1.4–1.6 s per call",
                "countdown(50M) ×2, single thread, seconds", single, "%.2f s", verdict);
    }

    private Row overheadRow(Map<Target, Bench.Result> warm) {
        double alone = warm.get(Target.ALONE).median();
        double agent = warm.get(Target.NEW).median();
        double recorded = warm.get(recording).median();
        double uncounted = warm.get(uncountedRecording).median();
        String verdict = Double.isNaN(alone) || Double.isNaN(agent) || Double.isNaN(recorded) ? "not measured"
                : String.format(Locale.ROOT, "%s: under the agent with recording %.1f%% slower than alone, without %.1f%%, "
                                + "count=false with recording %.1f%% (target ≤ 5%%)",
                        recorded <= alone * 1.05 ? "holds" : "misses", 100 * (recorded / alone - 1), 100 * (agent / alone - 1),
                        100 * (uncounted / alone - 1));
        return new Row("The agent costs at most 5% single-threaded (recording on)", "issue 8", "–",
                "countdown(50M) on one thread, median of calls 3–6 in one JVM, seconds", warm, "%.3f s", verdict);
    }

    private static String verdictAtLeast(Map<Target, Bench.Result> results, List<Target> targets, double bound) {
        return verdict(results, targets, v -> v >= bound, "≥ " + bound);
    }

    private static String verdictAtMost(Map<Target, Bench.Result> results, List<Target> targets, double bound) {
        return verdict(results, targets, v -> v <= bound, "≤ " + bound);
    }

    private static String verdict(Map<Target, Bench.Result> results, List<Target> targets,
                                  java.util.function.DoublePredicate holds, String bound) {
        List<String> misses = new ArrayList<>();
        int measured = 0;
        for (Target t : targets) {
            Bench.Result r = results.get(t);
            if (r == null || !r.ok()) continue;
            measured++;
            if (!holds.test(r.median())) misses.add(t.label() + " " + String.format(Locale.ROOT, "%.2f", r.median()));
        }
        if (measured == 0) return "not measured";
        return misses.isEmpty() ? "holds (every median " + bound + ")" : "does not hold for " + String.join(", ", misses) + " (expected " + bound + ")";
    }

    private static String verdictRace(Map<Target, Bench.Result> race) {
        List<String> lost = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<Target, Bench.Result> e : race.entrySet()) {
            if (!e.getValue().ok()) continue;
            (e.getValue().stats().min() < 2_000_000 ? lost : kept).add(e.getKey().label());
        }
        return "updates lost on: " + (lost.isEmpty() ? "none" : String.join(", ", lost))
                + "; never lost on: " + (kept.isEmpty() ? "none" : String.join(", ", kept))
                + " (CPython ≥ 3.10 checks for a drop only at backward jumps and calls, so += does not race there)";
    }

    private static String verdictConvoy(Map<Target, Bench.Result> convoy) {
        double fair = convoy.get(Target.FAIR).median();
        double gil = convoy.get(Target.NEW).median();
        if (Double.isNaN(fair) || Double.isNaN(gil)) return "not measured";
        boolean holds = fair >= 50 && gil < 50;
        return String.format(Locale.ROOT, "%s: mode new keeps %.1f%% of the I/O thread's throughput, fair keeps %.1f%% (target ≥ 50%%)",
                holds ? "holds" : "does not hold", gil, fair);
    }

    /** Mode new makes a returning I/O thread wait about one interval; fair lets it go first. */
    private static String verdictLatency(Map<Target, Bench.Result> latency, double intervalMillis) {
        double gil = latency.get(Target.NEW).median();
        if (Double.isNaN(gil)) return "not measured";
        boolean holds = gil >= intervalMillis * 0.5 && gil <= intervalMillis * 2 + 0.5;
        return (holds ? "holds" : "does not hold") + ": about one interval in mode new (" + describe(latency, "%.2f ms") + ")";
    }

    private static Map<Target, Bench.Result> pick(Map<Target, Bench.Result> results, List<Target> targets) {
        Map<Target, Bench.Result> picked = new LinkedHashMap<>();
        for (Target t : targets) if (results.containsKey(t)) picked.put(t, results.get(t));
        return picked;
    }

    private static String describe(Map<Target, Bench.Result> results, String format) {
        List<String> parts = new ArrayList<>();
        results.forEach((t, r) -> parts.add(t.label() + " " + (r.ok() ? String.format(Locale.ROOT, format, r.median()) : r.note())));
        return String.join(", ", parts);
    }

    private static String millis(String seconds) {
        double ms = Double.parseDouble(seconds) * 1000;
        return (ms == Math.rint(ms) ? String.valueOf((long) ms) : String.valueOf(ms)) + " ms";
    }

    static OptionalDouble seconds(String stdout, String label) {
        return number(stdout, Pattern.quote(label) + "[^:]*:\\s*([0-9.]+)\\s*s");
    }

    static OptionalDouble number(String stdout, String regex) {
        Matcher m = Pattern.compile(regex).matcher(stdout);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1).replace(",", ""))) : OptionalDouble.empty();
    }

    static OptionalDouble lastNumber(String stdout) {
        String[] lines = stdout.strip().split("\\R");
        String last = lines[lines.length - 1].strip().replace(",", "");
        return last.matches("[0-9]+") ? OptionalDouble.of(Double.parseDouble(last)) : OptionalDouble.empty();
    }
}
