package io.gilscope.cli.claims;

import io.gilscope.cli.launch.Home;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seed articles' claims, in the order {@code bench} prints them; {@code demo} shows those marked
 * for it, one per seed program. Every figure is a ratio or a count measured within one run.
 */
public final class Claims {
    private static final List<Target> ALL_MODES = List.of(Target.CPYTHON, Target.NEW, Target.LEGACY, Target.FAIR, Target.OFF);
    private static final List<Target> GIL_MODES = List.of(Target.CPYTHON, Target.NEW, Target.LEGACY, Target.FAIR);
    /** Under a GIL, threads take at least this share of the sequential time... */
    private static final double SERIAL = 0.9;
    /** ...and without one, on 2 cores, at most this share. */
    private static final double PARALLEL = 0.65;
    private static final Claim.Figure RATIO = new Claim.Figure("concurrent/sequential", Figures::concurrentOverSequential);

    private Claims() { }

    /** What {@code demo} runs, one claim per seed program. */
    public static List<Claim> demo(Home home, boolean quick) {
        return all(home, home.target().resolve("bench/recordings"), true).stream()
                .filter(c -> c.demo() && (!quick || c.demoQuick())).toList();
    }

    /**
     * Every claim.
     *
     * @param recordings where the agent's recordings of the overhead runs go
     * @param quick      without the CPU-bound interval sweep
     */
    public static List<Claim> all(Home home, Path recordings, boolean quick) {
        Path seeds = home.programs().toAbsolutePath();
        Path bench = home.benchPrograms().toAbsolutePath();
        Path countdown = seeds.resolve("countdown.py");
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim("Two CPU-bound threads are no faster than sequential under the GIL", "003", "2.52 s / 2.45 s = 1.03",
                "countdown(50M) ×2: threaded / sequential time", countdown, List.of(), false, RATIO, "%.2f",
                List.of(Target.CPYTHON, Target.ALONE, Target.NEW, Target.LEGACY, Target.FAIR, Target.OFF),
                Judges.atLeast(GIL_MODES, SERIAL), true, true));
        claims.add(new Claim("Without the GIL (free-threaded build, PEP 703) threads run in parallel", "001", "–",
                "countdown(50M) ×2: threaded / sequential time, 2 cores", countdown, List.of(), false, RATIO, "%.2f",
                List.of(Target.ALONE, Target.OFF), Judges.atMost(List.of(Target.ALONE, Target.OFF), PARALLEL), true, true));
        claims.add(new Claim("gilscope's interpreter runs countdown at least 3× faster than CPython", "README", "CPython 1.4–1.6 s per call",
                "countdown(50M) ×2, single thread, seconds", countdown, List.of(), false, seconds("Sequential"), "%.2f s",
                List.of(Target.CPYTHON, Target.ALONE, Target.NEW), Judges.faster(3), false, false));
        Target recording = Target.recording(recordings, true);
        Target uncounted = Target.recording(recordings, false);
        claims.add(new Claim("The agent costs at most 5% single-threaded (recording on), against the same interpreter alone", "README", "–",
                "countdown(50M) on one thread, median of calls 3–6 in one JVM, seconds", bench.resolve("countdown_calls.py"),
                List.of(), false, seconds("warm calls"), "%.3f s", List.of(Target.INTERPRETED, Target.ALONE, Target.NEW, recording, uncounted),
                Judges.overhead(recording, uncounted, 5), false, false));
        claims.add(new Claim("CPU-bound work: 2 threads barely faster than 1", "001", "“same time as sequential”",
                "sum(i*i for i in range(10M)) ×2: threaded / sequential time", seeds.resolve("cpu_threads.py"), List.of(), false,
                RATIO, "%.2f", ALL_MODES, Judges.atLeast(GIL_MODES, SERIAL), true, true));
        claims.add(new Claim("Without the GIL, CPU-bound threads run in parallel", "001", "–",
                "sum(i*i for i in range(10M)) ×2: threaded / sequential time, 2 cores", seeds.resolve("cpu_threads.py"), List.of(),
                false, RATIO, "%.2f", List.of(Target.OFF), Judges.atMost(List.of(Target.ALONE, Target.OFF), PARALLEL), true, true));
        claims.add(new Claim("counter += 1 on 2 threads loses updates", "001", "~1,000,000–2,000,000, not consistent",
                "final counter (2,000,000 if no update is lost)", seeds.resolve("counter_race.py"), List.of(), false,
                new Claim.Figure("final counter", Figures::lastNumber), "%,.0f",
                List.of(Target.CPYTHON, Target.NEW, Target.BACK_EDGES, Target.LEGACY, Target.FAIR, Target.OFF), Judges.race(2_000_000), true, true));
        claims.add(new Claim("I/O-bound: 5 fetches of /delay/1 take ~5 s in sequence, ~1 s on threads", "001", "~1 s / ~5 s = 0.2",
                "threaded / sequential time", seeds.resolve("io_threads.py"), List.of(), true, RATIO, "%.2f",
                List.of(Target.CPYTHON, Target.NEW, Target.FAIR, Target.OFF), Judges.atMost(ALL_MODES, 0.3), true, false));
        claims.add(new Claim("asyncio: 5 fetches of /delay/1 on one thread take ~1 s, not ~5 s", "000, 001",
                "“concurrent code without relying on threads”", "gathered / sequential time, one thread", seeds.resolve("asyncio_fetch.py"),
                List.of(), true, RATIO, "%.2f", List.of(Target.CPYTHON, Target.NEW, Target.OFF), Judges.atMost(ALL_MODES, 0.3), true, false));
        List<Target> pool = List.of(Target.CPYTHON, Target.ALONE, Target.NEW);
        claims.add(new Claim("Processes bypass the GIL: Pool(4).map(cpu_work, [10M] * 4) is ~4x faster", "001",
                "~0.25 on 4 cores (≥ 0.5 on 2)", "4 processes / sequential time, pool start-up included", seeds.resolve("process_pool.py"),
                List.of(), false, RATIO, "%.2f", pool, Judges.atMost(pool, 0.75), true, false));
        List<Target> gils = List.of(Target.NEW, Target.FAIR);
        claims.add(new Claim("One GIL per interpreter (PEP 684): 2 interpreters run CPU-bound work in parallel", "PEP 684, 734",
                "– (CPython 3.14; 3.11 here)", "InterpreterPoolExecutor(2) / sequential time, pool start-up included",
                seeds.resolve("interpreters_cpu.py"), List.of(), false, RATIO, "%.2f", List.of(Target.ALONE, Target.NEW, Target.FAIR),
                Judges.atMost(gils, PARALLEL), true, false));
        claims.add(new Claim("NumPy releases the GIL: threads doing np.dot run in parallel", "001", "“this does run in parallel”",
                "4 threads / sequential time of np.dot(1000×1000)", seeds.resolve("numpy_threads.py"), List.of(), false, RATIO, "%.2f",
                List.of(Target.CPYTHON, Target.ALONE, Target.NEW, Target.OFF),
                Judges.atMost(List.of(Target.CPYTHON, Target.ALONE, Target.NEW, Target.OFF), 0.75), true, true));
        claims.add(new Claim("ThreadPoolExecutor for I/O-bound work: 10 fetches of /delay/1 on 10 threads take about 1 s", "001",
                "–", "ThreadPoolExecutor's time, s (bench leaves it to io_threads.py)", seeds.resolve("executors.py"), List.of(), true,
                number("ThreadPoolExecutor", "ThreadPoolExecutor: \\d+ pages in ([0-9.]+)s"), "%.2f s", List.of(),
                Judges.atMost(ALL_MODES, 2.0), true, false));
        claims.add(new Claim("Convoy effect: an I/O thread next to a CPU-bound thread collapses (bpo-7946)", "001, REFERENCE",
                "150–300× slower round trips", "I/O ops/s next to a CPU-bound thread / alone, %", bench.resolve("convoy.py"), List.of(),
                false, number("kept", "kept: ([0-9.]+)%"), "%.1f%%", ALL_MODES, Judges.convoy(), false, false));
        for (String interval : List.of("0.005", "0.001", "0.0001")) {
            double millis = Double.parseDouble(interval) * 1000;
            claims.add(new Claim("Switch interval " + millis(millis) + ": I/O latency next to a CPU-bound thread", "REFERENCE",
                    "5–10 ms / 1.1 ms / 0.22 ms at 5 / 1 / 0.1 ms", "median blocking-call round trip, ms", bench.resolve("convoy.py"),
                    List.of(interval), false, number("latency", "next to a CPU-bound thread: [0-9]+/s, median ([0-9.]+) ms"), "%.3f",
                    List.of(Target.CPYTHON, Target.NEW, Target.FAIR), Judges.latency(millis), false, false));
            if (!quick) {
                claims.add(new Claim("Switch interval " + millis(millis) + ": two CPU-bound threads", "REFERENCE",
                        "1 µs interval: 2 threads 2.5× slower", "countdown(20M) ×2: threaded / sequential time",
                        bench.resolve("switch_interval.py"), List.of(interval), false, RATIO, "%.2f", GIL_MODES,
                        Judges.atLeast(List.of(Target.CPYTHON, Target.NEW), 0.9), false, false));
            }
        }
        return claims;
    }

    private static String millis(double ms) {
        return (ms == Math.rint(ms) ? String.valueOf((long) ms) : String.format(Locale.ROOT, "%s", ms)) + " ms";
    }

    private static Claim.Figure seconds(String label) {
        return new Claim.Figure(label, out -> Figures.seconds(out, label));
    }

    private static Claim.Figure number(String name, String regex) {
        return new Claim.Figure(name, out -> Figures.number(out, regex));
    }
}
