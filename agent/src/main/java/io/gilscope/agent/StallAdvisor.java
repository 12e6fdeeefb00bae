package io.gilscope.agent;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which method a stalled holder should have released the GIL in: the first frame from the top that
 * runs outside every monitor the thread holds, or waits on (taking the GIL back inside a monitor can
 * deadlock, see Installer#checkRelease), and that the agent can instrument: outside the JDK and the
 * agent, not a constructor or a lambda's class, not synchronized, and not below a dispatch method
 * (the interpreter loop itself cannot release).
 */
final class StallAdvisor {
    private final Instrumentation inst;
    private final List<MethodRef> dispatch;
    private final Map<String, Class<?>> classes = new HashMap<>();   // asked for, null if not loaded
    private final Map<String, Class<?>> index = new HashMap<>();     // every loaded class when last listed

    StallAdvisor(Instrumentation inst, List<MethodRef> dispatch) {
        this.inst = inst;
        this.dispatch = dispatch;
    }

    /**
     * @param lockedDepths the stack depths at which the thread locked the monitors it holds (ThreadInfo's)
     * @return {@code pkg.Class#method} to name with release=, or null if no frame qualifies
     */
    String releaseFor(StackTraceElement[] frames, int[] lockedDepths) {
        int outside = 0;   // frames above this index run inside a monitor
        for (int d : lockedDepths) outside = Math.max(outside, d + 1);
        for (int i = 0; i < frames.length; i++) {
            if (isSynchronized(frames[i].getClassName(), frames[i].getMethodName())) outside = Math.max(outside, i + 1);
        }
        for (int i = outside; i < frames.length; i++) {
            String type = frames[i].getClassName(), method = frames[i].getMethodName();
            if (dispatch.contains(new MethodRef(type, method))) return null;
            if (Installer.isJdkClass(type) || type.startsWith("io.gilscope.agent.") || type.contains("$$Lambda") || method.startsWith("<")) continue;
            return type + "#" + method;
        }
        return null;
    }

    /** Whether every method of that name in that loaded class is synchronized (false if the class is not found). */
    private boolean isSynchronized(String type, String method) {
        if (Installer.isJdkClass(type)) return false;   // the JDK's own monitors show in lockedDepths
        Class<?> c = classes.computeIfAbsent(type, this::loaded);
        if (c == null) return false;
        boolean any = false;
        try {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.getName().equals(method)) continue;
                if (!Modifier.isSynchronized(m.getModifiers())) return false;
                any = true;
            }
        } catch (LinkageError e) {
            return false;
        }
        return any;
    }

    /** The loaded class of that name (the first found, if several loaders have one), or null. */
    private Class<?> loaded(String type) {
        if (!index.containsKey(type)) {
            for (Class<?> c : inst.getAllLoadedClasses()) index.putIfAbsent(c.getName(), c);
        }
        return index.get(type);
    }
}
