package io.gilscope.demo.vm;

/**
 * Ctrl-C as CPython handles it: the signal handler only notes the signal (and wakes the main thread
 * from a blocking call); the main thread raises {@code KeyboardInterrupt} at its next backward jump or
 * call, where CPython 3.10+ looks at its eval breaker too. So {@code try/finally} and
 * {@code except KeyboardInterrupt} run, and the traceback shows where the program was.
 */
public final class Signals {
    /** Set by the handler, cleared by the main thread as it raises; read at every backward jump and call. */
    static volatile boolean pending;
    private static volatile Thread main;

    private Signals() { }

    /** The thread that runs the __main__ module from now on (null: none, the program is ending). */
    public static void bindMain(Thread thread) {
        pending = false;
        main = thread;
    }

    /**
     * From the SIGINT handler: asks the main thread to raise KeyboardInterrupt. False when it cannot
     * (no main module running, or an earlier Ctrl-C not taken yet): the caller ends the process.
     */
    public static boolean interruptMain() {
        Thread m = main;
        if (m == null || !m.isAlive() || pending) return false;
        pending = true;
        m.interrupt();   // out of sleep, join, lock waits and queue gets; they return early and the check raises
        return true;
    }

    /**
     * A blocking call's InterruptedException: in the main thread after Ctrl-C, KeyboardInterrupt (as
     * CPython's sleep, join and acquire raise it); in any other case the interrupt stays set.
     */
    public static void interrupted() {
        if (pending) raiseInMain();
        Thread.currentThread().interrupt();
    }

    /** At a backward jump or call, with {@link #pending} set: raises in the main thread, others go on. */
    static void raiseInMain() {
        if (Thread.currentThread() != main) return;
        pending = false;
        Thread.interrupted();
        throw new PyException(Errors.instance(Errors.KEYBOARD_INTERRUPT));
    }
}
