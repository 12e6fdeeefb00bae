package io.gilscope.reports.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** Realistic recordings for render and CLI tests, and for looking at the page. */
public final class Samples {
    private Samples() {}

    public static final String EVIL = "<script>alert(1)</script>";
    private static final Object MONITOR = new Object();

    /** Two CPU-bound threads, one I/O thread (named {@link #EVIL}), plus synchronized and ReentrantLock contention. */
    public static Path mixed(Path file) throws Exception {
        return Recordings.record(file, () -> {
            GilEvents.configuration("new", 2_000_000);
            GilSimulator gil = new GilSimulator(2_000_000);
            ReentrantLock lock = new ReentrantLock();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(2);
            Thread a = new Thread(() -> contend(lock, go), "lock-worker-1");
            Thread b = new Thread(() -> contend(lock, go), "lock-worker-2");
            a.start();
            b.start();
            GilSimulator.runAll(List.of(gil.cpuThread("cpu-1", 40), gil.cpuThread("cpu-2", 40),
                    gil.ioThread(EVIL, 20, 100_000, 1)));
            a.join();
            b.join();
        });
    }

    private static void contend(ReentrantLock lock, java.util.concurrent.CountDownLatch go) {
        go.countDown();
        try { go.await(); } catch (InterruptedException e) { return; }
        for (int k = 0; k < 20; k++) {
            synchronized (MONITOR) { Recordings.spin(1_000_000); }
            lock.lock();
            try { Recordings.spin(300_000); } finally { lock.unlock(); }
        }
    }

    /** Writes a sample recording: {@code java -cp ... io.gilscope.reports.testing.Samples out.jfr}. */
    public static void main(String[] args) throws Exception {
        mixed(Path.of(args.length > 0 ? args[0] : "sample.jfr"));
    }
}
