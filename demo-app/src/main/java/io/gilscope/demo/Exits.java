package io.gilscope.demo;

import io.gilscope.demo.vm.Signals;
import java.io.PrintStream;
import sun.misc.Signal;

/**
 * How a program's process ends when it is told to stop. Whatever the path (Ctrl-C, SIGTERM, an uncaught exception,
 * {@code sys.exit}), what the program printed reaches its stdout first: the stream is block-buffered for
 * speed, and the JVM does not flush it at exit. Ctrl-C (SIGINT) raises {@code KeyboardInterrupt} in the
 * main thread ({@link Signals}); uncaught, it prints a traceback and the exit status is 130, as on
 * CPython. A second Ctrl-C before the first is taken, or one after the main module ended, stops the
 * process at once, with the same status.
 */
final class Exits {
    /** 128 + SIGINT, the status shells report for a program stopped by Ctrl-C. */
    static final int INTERRUPTED = 130;

    private Exits() { }

    static void install(PrintStream out, PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> flush(out, err), "gilscope-demo-flush"));
        try {
            Signal.handle(new Signal("INT"), signal -> keyboardInterrupt(out, err));
        } catch (IllegalArgumentException unavailable) {
            // -Xrs, or a platform without SIGINT: the JVM's own handling (exit 130, hooks run) stays.
        }
    }

    private static void keyboardInterrupt(PrintStream out, PrintStream err) {
        if (Signals.interruptMain()) return;
        out.flush();
        err.println("KeyboardInterrupt");
        System.exit(INTERRUPTED);
    }

    private static void flush(PrintStream out, PrintStream err) {
        out.flush();
        err.flush();
    }
}
