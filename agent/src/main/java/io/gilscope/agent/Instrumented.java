package io.gilscope.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * What instrumenting a class reported: its release methods (for the configuration event) and the lines
 * it printed. A {@link TransformCache} records them per class while Byte Buddy works, and replays them
 * when it serves the class from disk instead.
 */
final class Instrumented {
    /** Instrumented release methods (annotated or named), as Class#method. */
    private static final Set<String> RELEASE_METHODS = new ConcurrentSkipListSet<>();
    private static final ThreadLocal<Notes> RECORDING = new ThreadLocal<>();

    private Instrumented() {}

    /** One class's notes: release methods, printed lines, and whether instrumenting it failed (not to be cached). */
    static final class Notes {
        final List<String> releaseMethods = new ArrayList<>();
        final List<String> lines = new ArrayList<>();
        boolean failed;
    }

    static String releaseMethods() { return String.join(",", RELEASE_METHODS); }

    static void releaseMethod(String classAndMethod) {
        RELEASE_METHODS.add(classAndMethod);
        Notes n = RECORDING.get();
        if (n != null) n.releaseMethods.add(classAndMethod);
    }

    /** Prints a line about instrumenting (a refused method, an error) on stderr. */
    static void say(String line, boolean failure) {
        System.err.println(line);
        Notes n = RECORDING.get();
        if (n == null) return;
        n.lines.add(line);
        n.failed |= failure;
    }

    /** Runs {@code work} on this thread, recording what it reports into {@code notes}. */
    static <T, X extends Exception> T recording(Notes notes, Work<T, X> work) throws X {
        RECORDING.set(notes);
        try {
            return work.run();
        } finally {
            RECORDING.remove();
        }
    }

    /** Replays notes recorded by an earlier JVM. */
    static void replay(Notes notes) {
        RELEASE_METHODS.addAll(notes.releaseMethods);
        notes.lines.forEach(System.err::println);
    }

    interface Work<T, X extends Exception> {
        T run() throws X;
    }
}
