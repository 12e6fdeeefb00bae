package io.gilscope.agent.gil;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * One GIL per interpreter, as CPython 3.12+ gives each subinterpreter its own (PEP 684). An interpreter
 * is a class loader that defines dispatch classes: a host that runs isolated interpreter instances in
 * one JVM loads the interpreter's classes once per instance, so each instance has its own statics, and
 * here its own GIL. The first loader seen gets the installed GIL (number 0); each later one a new GIL
 * with the same settings, numbered 1, 2, ... in the order they first dispatch. Instrumented code names
 * its class ({@code origin}), which finds the GIL in a ClassValue.
 */
public final class Interpreters {
    private static final List<Gil> ALL = new CopyOnWriteArrayList<>();
    private static final Map<ClassLoader, Gil> BY_LOADER = new WeakHashMap<>();
    /** Replaced at each install (tests install several GILs in turn), so no class keeps an old GIL. */
    private static volatile ClassValue<Gil> byClass = byClass();
    private static Supplier<Gil> factory;

    private Interpreters() {}

    /** The agent's GIL, for the first interpreter; {@code more} makes one for each later interpreter. */
    static synchronized void install(Gil gil, Supplier<Gil> more) {
        factory = more;
        ALL.clear();
        if (gil != null) ALL.add(gil);
        BY_LOADER.clear();
        byClass = byClass();
    }

    private static ClassValue<Gil> byClass() {
        return new ClassValue<>() {
            @Override
            protected Gil computeValue(Class<?> type) { return forLoader(type.getClassLoader()); }
        };
    }

    /** The GIL of the interpreter whose class {@code origin} is. */
    static Gil of(Class<?> origin) { return byClass.get(origin); }

    private static synchronized Gil forLoader(ClassLoader loader) {
        Gil g = BY_LOADER.get(loader);
        if (g != null) return g;
        if (BY_LOADER.isEmpty()) {
            g = ALL.get(0);   // the installed GIL
        } else {
            g = factory.get();
            g.interpreter = ALL.size();
            g.setIntervalNanos(ALL.get(0).intervalNanos());
            ALL.add(g);
        }
        BY_LOADER.put(loader, g);
        return g;
    }

    /** Every interpreter's GIL, the first one's first. */
    public static List<Gil> all() { return ALL; }

    /**
     * GilHooks.evalBreaker is set while any GIL's breaker is: one static field keeps the dispatch loop's
     * check a single read. Synchronized, so that of two GILs changing theirs at once the later write sees both.
     */
    static synchronized void refreshBreaker() {
        int on = 0;
        for (Gil g : ALL) on |= g.breaker;
        GilHooks.evalBreaker = on;
    }
}
