package io.gilscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a GIL two CPU-bound Python threads run at the same time. Measured with thread CPU time
 * (time.thread_time() is ThreadMXBean's current-thread CPU time), not a wall-clock threshold:
 * utilisation = (CPU time of the threads) / (wall time they took). The same work is first run on one
 * thread to measure how much CPU this (shared, noisy) machine gives us; two threads in parallel must
 * get clearly more than that (a GIL keeps the two ratios equal).
 */
class ParallelismTest {
    @TempDir
    Path dir;

    @Test
    void twoCpuBoundThreadsRunInParallel() throws IOException {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs 2 cores");
        Path prog = dir.resolve("par.py");
        Files.writeString(prog, """
                import threading, time
                N = 25_000_000
                cpu = []
                def spin(n):
                    t0 = time.thread_time()
                    while n > 0:
                        n -= 1
                    cpu.append(time.thread_time() - t0)
                spin(3_000_000)  # warm up the JIT
                cpu.clear()
                start = time.perf_counter()
                spin(N)
                spin(N)
                one = sum(cpu) / (time.perf_counter() - start)
                cpu.clear()
                threads = [threading.Thread(target=spin, args=(N,)) for _ in range(2)]
                start = time.perf_counter()
                for t in threads: t.start()
                for t in threads: t.join()
                two = sum(cpu) / (time.perf_counter() - start)
                print(f"{one:.3f} {two:.3f}")
                """);
        // Control: two plain Java threads measured the same way. Python runs only when the control shows
        // two cores are available right now (the machine is shared and sometimes saturated); without
        // such a moment the test is skipped, and a Python run that got two cores must show parallelism.
        String seen = "";
        int measured = 0;
        for (int attempt = 0; attempt < 6 && measured < 2; attempt++) {
            double control = javaControl();
            seen += " [java control " + String.format("%.2f", control);
            if (control < 1.5) {
                seen += "]";
                continue;
            }
            measured++;
            PythonRun r = PythonRun.of(prog.toString());
            assertEquals("", r.stderr());
            String[] ratios = r.stdout().strip().split(" ");
            double two = Double.parseDouble(ratios[1]);
            seen += ", python one thread " + ratios[0] + ", two threads " + two + "]";
            if (two > 1.35) return;
        }
        Assumptions.assumeTrue(measured > 0, "machine gives this JVM less than two cores right now:" + seen);
        fail("two Python threads did not run in parallel although two cores were available:" + seen);
    }

    /** CPU time / wall time of two Java threads spinning for about 0.4 s each. */
    private static double javaControl() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        Thread[] ts = new Thread[2];
        long start = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            int k = i;
            ts[i] = new Thread(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                long x = 0;
                while (mx.getCurrentThreadCpuTime() - c0 < 400_000_000L) {
                    for (int j = 0; j < 100_000; j++) x += j ^ (x >>> 3);
                }
                sink = x;
                cpu[k] = mx.getCurrentThreadCpuTime() - c0;
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return (cpu[0] + cpu[1]) / ((System.nanoTime() - start) / 1e9) / 1e9;
    }

    static volatile long sink;
}
