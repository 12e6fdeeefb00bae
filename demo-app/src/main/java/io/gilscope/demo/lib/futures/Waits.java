package io.gilscope.demo.lib.futures;

import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.ReleasesGil;
import io.gilscope.demo.vm.Signals;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The blocking waits of concurrent.futures and multiprocessing: small {@link ReleasesGil} leaves that
 * never call back into Python (the GIL agent drops the GIL on entry and retakes it on exit).
 */
public final class Waits {
    private Waits() { }

    /** Waits for a future's outcome; null on timeout (timeoutNanos < 0: forever). */
    @ReleasesGil
    public static FutureState.Outcome await(CompletableFuture<FutureState.Outcome> f, long timeoutNanos) {
        try {
            return timeoutNanos < 0 ? f.get() : f.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Signals.interrupted();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("futures are completed normally only", e);
        }
    }

    /** Takes the next item of a work or completion queue; null on timeout (timeoutNanos < 0: forever). */
    @ReleasesGil
    public static <T> T poll(BlockingQueue<T> q, long timeoutNanos) {
        try {
            return timeoutNanos < 0 ? q.take() : q.poll(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Signals.interrupted();
            return null;
        }
    }

    /** Adds an item to a bounded queue, waiting for room; false on timeout (timeoutNanos < 0: forever). */
    @ReleasesGil
    public static <T> boolean offer(BlockingQueue<T> q, T item, long timeoutNanos) {
        try {
            if (timeoutNanos >= 0) return q.offer(item, timeoutNanos, TimeUnit.NANOSECONDS);
            q.put(item);
            return true;
        } catch (InterruptedException e) {
            Signals.interrupted();
            return false;
        }
    }

    /** Waits for a Java thread to end (timeoutMillis 0: forever). */
    @ReleasesGil
    public static void join(Thread t, long timeoutMillis) {
        try {
            t.join(timeoutMillis);
        } catch (InterruptedException e) {
            Signals.interrupted();
        }
    }

    /** Waits for a child process to exit; false on timeout. */
    @ReleasesGil
    public static boolean waitFor(Process p, long timeoutMillis) {
        try {
            return p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Signals.interrupted();
            return false;
        }
    }

    /** A timeout argument in seconds (None: forever) as nanoseconds, -1 for forever. */
    public static long nanos(Object timeout) {
        if (timeout == null || timeout == PyNone.NONE) return -1;
        double s = Ops.toDouble(timeout);
        return s <= 0 ? 0 : (long) (s * 1e9);
    }
}
