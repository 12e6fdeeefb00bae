package io.gilscope.agent.gil;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the current thread is in the interpreter's own code: the interpreter's location hook (agent
 * option location=, a public static method returning its stack as text) asked at GIL events only (a
 * take, a drop, the start of a wait, a blocking call), never per dispatch, and only while a recording
 * wants the event. Each distinct stack is interned, so events share one String and JFR writes it once
 * per chunk. The hook is found on first use, through the thread's context class loader or the system
 * class loader; a hook that cannot be found or that throws is said once and not asked again.
 */
public final class Location {
    /** Distinct stacks kept; beyond, new stacks are recorded as this. */
    static final int MAX_STACKS = 20_000;
    static final String TOO_MANY = "(more than " + MAX_STACKS + " distinct stacks)";

    private static volatile String className, methodName;
    private static volatile MethodHandle hook;
    private static volatile boolean failed;
    private static final ConcurrentHashMap<String, String> STACKS = new ConcurrentHashMap<>();

    private Location() {}

    /** The hook, {@code Class#method}; null for none. */
    public static void configure(String hookClass, String hookMethod) {
        className = hookClass;
        methodName = hookMethod;
        hook = null;
        failed = hookClass == null;
    }

    /** The current thread's interpreter stack (outermost frame first, one per line), or null without a hook. */
    static String here() {
        if (failed) return null;
        MethodHandle h = hook;
        if (h == null && (h = resolve()) == null) return null;
        try {
            String s = (String) h.invokeExact();
            return s == null || s.isEmpty() ? null : intern(s);
        } catch (Throwable e) {
            fail("threw " + e);
            return null;
        }
    }

    private static String intern(String s) {
        String known = STACKS.get(s);
        if (known != null) return known;
        if (STACKS.size() >= MAX_STACKS) return TOO_MANY;
        known = STACKS.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    private static synchronized MethodHandle resolve() {
        if (hook != null || failed) return hook;
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(), ClassLoader.getSystemClassLoader()}) {
            try {
                Class<?> c = Class.forName(className, true, loader);
                hook = MethodHandles.publicLookup().findStatic(c, methodName, MethodType.methodType(String.class));
                return hook;
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // try the next loader
            }
        }
        fail("not found: expected a public static String " + methodName + "() in " + className);
        return null;
    }

    private static void fail(String why) {
        if (failed) return;
        failed = true;
        System.err.println("gilscope: location=" + className + "#" + methodName + " " + why + "; events carry no interpreter stacks");
    }
}
