package io.gilscope.agent.gil;

/**
 * What instrumented code calls. Advice is inlined into the interpreter, so this class (and the
 * rest of this package and {@code io.gilscope.agent.jfr}) is put on the bootstrap class path.
 * Each hook is tiny so that the JIT inlines it into the dispatch loop.
 */
public final class GilHooks {
    /**
     * Dispatches a frame may run before it visits {@link #slow}: {@link Gil#FLUSH_BUDGET} normally,
     * 0 when the holder must look at the GIL (drop request, or legacy mode with waiters).
     */
    public static volatile int budget = Gil.FLUSH_BUDGET;

    private static volatile Gil gil;

    private GilHooks() {}

    public static void install(Gil g) { gil = g; }

    public static Gil gil() { return gil; }

    /**
     * Inserted before every dispatch switch: {@code n} is the frame's dispatch counter, already
     * incremented. Fast path: one volatile read and a compare. @return the new counter
     */
    public static int check(int n) {
        if (n < budget) return n;
        return slow(n);
    }

    private static int slow(int n) {
        Gil g = gil;
        if (g != null) g.slow(n);
        return 0;
    }

    /** Inserted before every return of a dispatch method. */
    public static void flush(int n) {
        Gil g = gil;
        if (n != 0 && g != null) g.flush(n);
    }

    /** Dispatch method entry. @return whether this frame took the GIL and must drop it at exit */
    public static boolean enter() {
        Gil g = gil;
        if (g == null) return false;
        GilThread h = g.holder;
        if (h != null && h.thread == Thread.currentThread()) return false;
        return g.enter();
    }

    /** Dispatch method exit, normal or exceptional. */
    public static void exit(boolean acquired, Throwable thrown) {
        if (acquired) gil.exit(thrown);
    }

    /** Release method entry. @return a token for {@link #releaseExit}, null if nothing was released */
    public static Object releaseEnter(String method) {
        Gil g = gil;
        return g == null ? null : g.releaseEnter(method);
    }

    /** Release method exit, normal or exceptional. */
    public static void releaseExit(Object token) {
        if (token != null) gil.releaseExit((Gil.Region) token);
    }
}
