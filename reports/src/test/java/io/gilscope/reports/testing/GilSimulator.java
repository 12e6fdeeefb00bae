package io.gilscope.reports.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A small real GIL for tests: threads take a fair lock, "run" (spin) while holding it, hand it over
 * after an interval, and optionally release it around blocking calls (sleep), emitting the same
 * events as the agent with real start and end times.
 */
public final class GilSimulator {
    private final ReentrantLock gil = new ReentrantLock(true);
    private Thread lastHolder; // guarded by gil

    private final long intervalNanos;

    public GilSimulator(long intervalNanos) { this.intervalNanos = intervalNanos; }

    /**
     * A thread that computes for {@code slices} intervals. Each event ends before the next begins and
     * is committed after that (a commit can be slow when JFR flushes its buffer), so a thread's events
     * tile its lifetime with neither overlaps nor gaps.
     */
    public Thread cpuThread(String name, int slices) {
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        return new Gated(gate, () -> {
            await(gate); // runAll opens the gates once every thread has started: they request together
            GilEvents.Hold h = acquire(beginWait(), "first");
            for (int i = 0; i < slices; i++) {
                Recordings.spin(intervalNanos);
                h.end();
                if (i == slices - 1) {
                    release(h, "threadExit", null, intervalNanos);
                } else {
                    GilEvents.Wait w = beginWait();
                    release(h, "dropRequest", null, intervalNanos);
                    h = acquire(w, "afterDrop");
                }
            }
        }, name);
    }

    /** A thread that does {@code calls} short computations each followed by a blocking call (sleep). */
    public Thread ioThread(String name, int calls, long computeNanos, long sleepMillis) {
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        return new Gated(gate, () -> {
            await(gate);
            GilEvents.Hold h = acquire(beginWait(), "first");
            for (int i = 0; i < calls; i++) {
                Recordings.spin(computeNanos);
                h.end();
                GilEvents.BlockingCall b = new GilEvents.BlockingCall();
                b.begin();
                release(h, "blocking", "socket#recv", computeNanos);
                try { Thread.sleep(sleepMillis); } catch (InterruptedException e) { return; }
                b.end();
                GilEvents.Wait w = beginWait();
                b.method = "socket#recv";
                b.commit();
                h = acquire(w, "afterBlocking");
            }
            Recordings.spin(computeNanos);
            h.end();
            release(h, "threadExit", null, computeNanos);
        }, name);
    }

    private static GilEvents.Wait beginWait() {
        GilEvents.Wait w = new GilEvents.Wait();
        w.begin();
        return w;
    }

    /** Takes the GIL; returns the hold that begins the moment the wait ends. */
    private GilEvents.Hold acquire(GilEvents.Wait w, String reason) {
        gil.lock();
        w.end();
        w.previousHolder = lastHolder;
        lastHolder = Thread.currentThread();
        GilEvents.Hold h = new GilEvents.Hold();
        h.begin();
        w.reason = reason;
        w.commit();
        return h;
    }

    private void release(GilEvents.Hold h, String reason, String method, long ranNanos) {
        h.dispatches = ranNanos / 10;
        h.releaseReason = reason;
        h.blockingMethod = method;
        h.commit();
        gil.unlock();
    }

    private static final class Gated extends Thread {
        final java.util.concurrent.CountDownLatch gate;

        Gated(java.util.concurrent.CountDownLatch gate, Runnable body, String name) {
            super(body, name);
            this.gate = gate;
        }
    }

    private static void await(java.util.concurrent.CountDownLatch gate) {
        try { gate.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }

    public static void runAll(List<Thread> threads) throws InterruptedException {
        for (Thread t : threads) t.start();
        for (Thread t : threads) if (t instanceof Gated) ((Gated) t).gate.countDown();
        for (Thread t : threads) t.join();
    }

    public static List<Thread> list(Thread... ts) { return new ArrayList<>(List.of(ts)); }
}
