package io.gilscope.demo.lib;

import io.gilscope.demo.Main;
import io.gilscope.demo.PythonRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The library-using seed programs in demo-app/programs run as written; timings are checked by shape. */
class LibProgramsTest {
    private static final String SECONDS = "(\\d+\\.\\d{2})s";

    private static PythonRun run(String... args) {
        PythonRun r = PythonRun.of(args);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stderr(), r.toString());
        return r;
    }

    private static Matcher shape(String regex, String actual) {
        Matcher m = Pattern.compile(regex).matcher(actual);
        assertTrue(m.matches(), "output\n" + actual + "\ndoes not match\n" + regex);
        return m;
    }

    @Test
    void ioThreadsOverlapTheirWaits() {
        Matcher m = shape("Sequential: " + SECONDS + "\nThreaded: " + SECONDS + "\n", run("--serve", "programs/io_threads.py").stdout());
        double sequential = Double.parseDouble(m.group(1));
        double threaded = Double.parseDouble(m.group(2));
        assertTrue(sequential >= 5.0, "5 fetches of /delay/1 one after another take at least 5 s: " + sequential);
        assertTrue(threaded >= 1.0 && threaded < sequential, "threaded " + threaded + " vs sequential " + sequential);
    }

    /** The waits overlap on one thread: the event loop has all five connections open at once. */
    @Test
    void asyncioFetchesOverlapOnOneThread() {
        Matcher m = shape("Sequential: " + SECONDS + "\nGathered: " + SECONDS + "\nStatuses: 200 200 200 200 200; threads: 1\n",
                run("--serve", "programs/asyncio_fetch.py").stdout());
        double sequential = Double.parseDouble(m.group(1));
        double gathered = Double.parseDouble(m.group(2));
        assertTrue(sequential >= 5.0, "5 fetches of /delay/1 one after another take at least 5 s: " + sequential);
        assertTrue(gathered >= 1.0 && gathered < sequential / 2, "gathered " + gathered + " vs sequential " + sequential);
    }

    @Test
    void processPoolMatchesSequential() {
        shape("4 processes: " + SECONDS + "\nSequential: " + SECONDS + "\nsame results: True\n",
                run("programs/process_pool.py", "200_000").stdout());
    }

    @Test
    void executorsRunBothPools() {
        Matcher m = shape("ThreadPoolExecutor: 10 pages in " + SECONDS + "\nProcessPoolExecutor: 4 results in " + SECONDS + "\nall equal: True\n",
                run("--serve", "programs/executors.py", "100_000").stdout());
        assertTrue(Double.parseDouble(m.group(1)) >= 1.0, "ten /delay/1 fetches on ten threads take at least 1 s");
    }

    /**
     * np.dot computes with the GIL released, and demo-app has no GIL of its own: the 4 threads do the
     * sequential phase's work (about its CPU time) on more than one core at once. The program runs in
     * this JVM, so the process's CPU time, read as each phase prints its line, is the program's.
     */
    @Test
    void numpyThreadsRunInParallel() {
        run("programs/numpy_threads.py", "200");   // the JIT compiles np.dot's loops before the measured run
        PhaseClock clock = new PhaseClock();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"programs/numpy_threads.py", "700"}, new PrintStream(clock, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String out = clock.text.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        shape("Sequential: " + SECONDS + "\n4 threads: " + SECONDS + "\n", out);
        double sequentialCpu = clock.cpu.get(1) - clock.cpu.get(0);
        double threadedCpu = clock.cpu.get(2) - clock.cpu.get(1);
        double threadedWall = clock.wall.get(2) - clock.wall.get(1);
        String times = String.format("CPU sequential %.2f s, threaded %.2f s in %.2f s%n%s", sequentialCpu / 1e9, threadedCpu / 1e9, threadedWall / 1e9, out);
        assertTrue(threadedCpu < 1.5 * sequentialCpu, "the threads multiply the work: " + times);
        // Parallel threads need a second core: if other processes took much of it, this run cannot tell.
        double othersCores = (clock.machineBusy.get(2) - clock.machineBusy.get(1) - threadedCpu) / threadedWall;
        assumeTrue(othersCores < 0.3, String.format("inconclusive: other processes used %.1f cores during the threaded phase", othersCores));
        assertTrue(threadedCpu / threadedWall > 1.2, "the threads ran one at a time: " + times);
    }

    /**
     * Captures output and, at the start and at each line's end, the process's CPU time, wall time and the
     * CPU time of the whole machine (Linux /proc/stat; as this process's when it cannot be read).
     */
    private static final class PhaseClock extends OutputStream {
        private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        final List<Long> cpu = new ArrayList<>();
        final List<Long> wall = new ArrayList<>();
        final List<Long> machineBusy = new ArrayList<>();

        PhaseClock() { mark(); }

        private void mark() {
            long process = OS.getProcessCpuTime();
            cpu.add(process);
            wall.add(System.nanoTime());
            machineBusy.add(machineBusyNanos(process));
        }

        /** user + nice + system + irq + softirq + steal of all CPUs, in clock ticks of 10 ms. */
        private static long machineBusyNanos(long fallback) {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long ticks = 0;
                for (int i : new int[] {1, 2, 3, 6, 7, 8}) ticks += Long.parseLong(f[i]);
                return ticks * 10_000_000L;
            } catch (IOException | RuntimeException e) {
                return fallback;
            }
        }

        @Override
        public void write(int b) {
            text.write(b);
            if (b == '\n') mark();
        }
    }
}
