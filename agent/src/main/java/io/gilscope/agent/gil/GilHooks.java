package io.gilscope.agent.gil;

import java.util.function.Supplier;

/**
 * What instrumented code calls. Advice is inlined into the interpreter, so this class (and the
 * rest of this package and {@code io.gilscope.agent.jfr}) is put on the bootstrap class path.
 * Each hook is tiny so that the JIT inlines it into the dispatch loop. Each names the instrumented
 * method's class ({@code origin}): its class loader is the interpreter whose GIL it means
 * ({@link Interpreters}).
 */
public final class GilHooks {
    /**
     * Non-zero when the holder must act at its next look (a drop request, or legacy mode with
     * waiters): CPython's eval_breaker. Read before every dispatch, or at each look when frames
     * count their dispatches (see Gil).
     */
    public static volatile int evalBreaker;

    private static volatile Gil gil;

    private GilHooks() {}

    /** The GIL of the first interpreter; {@code more} makes the GIL of each later one. */
    public static void install(Gil g, Supplier<Gil> more) {
        Interpreters.install(g, more);
        gil = g;
    }

    /** The first interpreter's GIL. */
    public static Gil gil() { return gil; }

    /**
     * A look at the GIL: when the breaker is set ({@code n} = 0), or, when frames count their
     * dispatches, every {@link Gil#lookInterval()} dispatches of a frame and before every return:
     * {@code n} dispatches ran in this frame since its last look (the frame then zeroes its counter).
     */
    public static void look(int n, Class<?> origin) {
        Gil g = gil;
        if (g == null) return;
        GilThread h = g.holder;
        // The first interpreter's holder (every return of a frame looks): no lookup. null: a class file too old to name itself
        if (origin != null && (h == null || h.thread != Thread.currentThread())) g = Interpreters.of(origin);
        g.look(n);
    }

    /**
     * A checkpoint method's entry (checkpoints=backedge: the interpreter calls it at backward jumps, calls
     * and returns, as CPython 3.10+ looks at its eval breaker only there). Dispatches are then not counted.
     */
    public static void checkpoint(Class<?> origin) {
        if (evalBreaker != 0) look(0, origin);
    }

    /** Dispatch method entry. @return whether this frame took the GIL and must drop it at exit */
    public static boolean enter(Class<?> origin) {
        Gil g = gil;
        if (g == null) return false;
        GilThread h = g.holder;
        if (h != null && h.thread == Thread.currentThread()) return false;   // the first interpreter's holder: no lookup
        g = Interpreters.of(origin);
        h = g.holder;
        if (h != null && h.thread == Thread.currentThread()) return false;
        try {
            StartGate.pass();
            return g.enter();
        } catch (Throwable e) {
            internalError("enter", e);
            return g.holdsOrRuns();   // whatever happened, a GIL this thread holds is dropped at exit
        }
    }

    /** Dispatch method exit, normal or exceptional. */
    public static void exit(boolean acquired, Throwable thrown, Class<?> origin) {
        if (!acquired) return;
        try {
            Interpreters.of(origin).exit(thrown);
        } catch (Throwable e) {
            internalError("exit", e);
        }
    }

    private static volatile boolean reported;

    /** A broken invariant or a failure inside the GIL: say so once, on one line, and keep the host running. */
    static void internalError(String where, Throwable e) {
        if (reported) return;
        reported = true;
        System.err.println("gilscope: internal error in " + where + ": " + e);
    }

    /** Release method entry. @return a token for {@link #releaseExit}, null if nothing was released */
    public static Object releaseEnter(String method, Class<?> origin) {
        if (gil == null) return null;
        try {
            return Interpreters.of(origin).releaseEnter(method);
        } catch (Throwable e) {
            internalError("releaseEnter", e);
            return null;
        }
    }

    /** Release method exit, normal or exceptional. */
    public static void releaseExit(Object token) {
        if (token == null) return;
        try {
            Gil.Region region = (Gil.Region) token;
            region.gil.releaseExit(region);
        } catch (Throwable e) {
            internalError("releaseExit", e);
        }
    }
}
