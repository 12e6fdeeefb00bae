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

    /** Interpreter stacks (the agent's location hook) of {@link #withStacks}: outermost frame first, one per line. */
    public static final String SPIN = "<module> (w.py:12)\nspin (w.py:4)";
    public static final String NAP = "<module> (w.py:13)\nnap (w.py:9)";
    /** A stack with an ANSI escape and a bidi override, which reports must not print raw. */
    public static final String HOSTILE = "<module> (w.py:1)\nevil\u001b[31m\u202e (w.py:2)";

    /**
     * GIL events with interpreter stacks: three 3 ms holds let go in spin, each followed by a 2 ms wait
     * begun in nap and blamed on spin, a hold let go at a hostile frame, a 1 ms blocking call from nap,
     * and a hold without a stack.
     */
    public static Path withStacks(Path file) throws Exception {
        return Recordings.record(file, Samples::stackEvents);
    }

    /** The events of {@link #withStacks}, committed into whatever recordings are running. */
    public static void stackEvents() {
        GilEvents.configuration("new", 5_000_000);
        for (int i = 0; i < 3; i++) {
            hold(SPIN, 3_000_000);
            GilEvents.Wait w = new GilEvents.Wait();
            w.begin();
            Recordings.spin(2_000_000);
            w.end();
            w.reason = "afterDrop";
            w.waitedAt = NAP;
            w.holderAt = SPIN;
            w.commit();
        }
        hold(HOSTILE, 100_000);
        GilEvents.BlockingCall b = new GilEvents.BlockingCall();
        b.begin();
        Recordings.spin(1_000_000);
        b.end();
        b.method = "time#sleep";
        b.at = NAP;
        b.commit();
        hold(null, 50_000);   // an agent without a location hook: no place
    }

    private static void hold(String droppedAt, long nanos) {
        GilEvents.Hold h = new GilEvents.Hold();
        h.begin();
        Recordings.spin(nanos);
        h.end();
        h.releaseReason = "dropRequest";
        h.droppedAt = droppedAt;
        h.commit();
    }
}
