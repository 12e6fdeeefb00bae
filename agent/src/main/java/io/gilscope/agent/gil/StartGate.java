package io.gilscope.agent.gil;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the program's first GIL acquisitions until the agent's start-up work on other threads is done:
 * the recording has started (Flight Recorder takes 0.3-0.5 s to initialize) and the MXBean is
 * registered (the platform MBean server takes 0.1 s). The JVM loads the program meanwhile, and from its
 * first bytecode on every GIL event is recorded and the MXBean answers. Work that has not finished
 * within {@link #PATIENCE_SECONDS} no longer holds the program.
 */
public final class StartGate {
    static final long PATIENCE_SECONDS = 10;
    private static volatile CountDownLatch pending;

    private StartGate() {}

    /** Start-up work begins on {@code works} threads: acquisitions wait until each has called {@link #done}. */
    public static void close(int works) { pending = new CountDownLatch(works); }

    /** One piece of start-up work has finished, or failed. */
    public static void done() {
        CountDownLatch latch = pending;
        if (latch == null) return;
        latch.countDown();
        if (latch.getCount() == 0) pending = null;
    }

    /** Before an acquisition: one volatile read once start-up is over. */
    static void pass() {
        CountDownLatch latch = pending;
        if (latch != null) await(latch);
    }

    private static void await(CountDownLatch latch) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        try {
            while (true) {
                try {
                    if (latch.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) return;
                    if (pending == latch) {
                        pending = null;
                        System.err.println("gilscope: the agent's start-up (recording, MXBean) has not finished after " + PATIENCE_SECONDS
                                + " s; the program runs on, and its events are recorded once the recording has started");
                    }
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;   // the program's interrupt is its own: keep it for after the wait
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
