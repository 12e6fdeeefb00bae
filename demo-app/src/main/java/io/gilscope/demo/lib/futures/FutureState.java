package io.gilscope.demo.lib.futures;

import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.Traceback;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The Java side of a concurrent.futures.Future (and of a multiprocessing AsyncResult): a state
 * machine PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED, and a {@link CompletableFuture}
 * of the {@link Outcome} that waiters block on (in {@link Waits}, with the GIL released).
 * Done-callbacks are Python callables run by the thread that completes the future.
 */
public final class FutureState {
    public static final int PENDING = 0;
    public static final int RUNNING = 1;
    public static final int FINISHED = 2;
    public static final int CANCELLED = 3;

    /** A result or a raised exception (a Python exception instance). */
    public record Outcome(Object value, PyInstance error, boolean cancelled) {
        public static Outcome value(Object v) { return new Outcome(v, null, false); }

        public static Outcome error(PyInstance e) { return new Outcome(null, e, false); }
    }

    public final CompletableFuture<Outcome> done = new CompletableFuture<>();
    private final AtomicInteger state = new AtomicInteger(PENDING);
    private final List<Object> callbacks = new ArrayList<>();
    private final List<Consumer<FutureState>> listeners = new ArrayList<>();
    /** The Python object this state belongs to (passed to done-callbacks). */
    public volatile Object owner;

    public int state() { return state.get(); }

    /** PENDING -> RUNNING; false if the future was cancelled first. */
    public boolean setRunning() {
        return state.compareAndSet(PENDING, RUNNING) || state.get() == RUNNING;
    }

    /** Cancels a pending future; false if it is already running or done. */
    public boolean cancel() {
        if (state.get() == CANCELLED) return true;
        if (!state.compareAndSet(PENDING, CANCELLED)) return false;
        finish(new Outcome(null, null, true));
        return true;
    }

    public void setResult(Object value) { complete(Outcome.value(value)); }

    public void setError(PyInstance error) { complete(Outcome.error(error)); }

    private void complete(Outcome o) {
        int s = state.get();
        if (s == FINISHED || s == CANCELLED) return;
        state.set(FINISHED);
        finish(o);
    }

    private void finish(Outcome o) {
        List<Object> cbs;
        List<Consumer<FutureState>> ls;
        synchronized (this) {
            if (!done.complete(o)) return;
            cbs = new ArrayList<>(callbacks);
            ls = new ArrayList<>(listeners);
        }
        for (Consumer<FutureState> l : ls) l.accept(this);
        for (Object cb : cbs) runCallback(cb);
    }

    /** add_done_callback: runs now if already done, else when the future completes. */
    public void addDoneCallback(Object fn) {
        synchronized (this) {
            if (!done.isDone()) {
                callbacks.add(fn);
                return;
            }
        }
        runCallback(fn);
    }

    /** A Java-side completion listener (as_completed, wait); runs now if already done. */
    public void addListener(Consumer<FutureState> l) {
        synchronized (this) {
            if (!done.isDone()) {
                listeners.add(l);
                return;
            }
        }
        l.accept(this);
    }

    private void runCallback(Object fn) {
        try {
            Ops.call(fn, new Object[]{owner}, null);
        } catch (PyException e) {
            Builtins.out.flush();
            Builtins.err.print("exception calling callback for " + Ops.repr(owner) + "\n" + Traceback.format(e.value));
            Builtins.err.flush();
        }
    }

    public boolean isDone() { return done.isDone(); }

    /** The outcome of a done future (null while pending). */
    public Outcome outcomeNow() { return done.getNow(null); }

    /** Raises a finished future's exception, or returns its value. */
    public static Object unwrap(Outcome o, Object cancelledErrorClass) {
        if (o.cancelled()) throw new PyException(Errors.instance((PyClass) cancelledErrorClass));
        if (o.error() != null) throw new PyException(o.error());
        return o.value();
    }
}
