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
     * A method to name with release=, and, when no frame runs outside every monitor (LuaJ runs a coroutine's
     * body inside its State's monitor), the synchronized caller whose monitor is still held when it
     * takes the GIL back: safe unless a thread holding the GIL enters that monitor meanwhile.
     */
    record Fix(String method, String insideMonitorOf) {}

    /**
     * @param lockedDepths the stack depths at which the thread locked the monitors it holds (ThreadInfo's)
     * @return what to name with release=, or null if no frame qualifies
     */
    Fix releaseFor(StackTraceElement[] frames, int[] lockedDepths) {
        int[] monitorFrames = new int[frames.length + 1];   // monitorFrames[i]: the deepest frame >= i that holds a monitor, or -1
        boolean[] holds = new boolean[frames.length];
        for (int d : lockedDepths) if (d >= 0 && d < frames.length) holds[d] = true;
        for (int i = 0; i < frames.length; i++) holds[i] |= isSynchronized(frames[i].getClassName(), frames[i].getMethodName());
        monitorFrames[frames.length] = -1;
        for (int i = frames.length - 1; i >= 0; i--) monitorFrames[i] = holds[i] ? i : monitorFrames[i + 1];
        Fix inside = null;
        for (int i = 0; i < frames.length; i++) {
            String type = frames[i].getClassName(), method = frames[i].getMethodName();
            if (dispatch.contains(new MethodRef(type, method))) break;
            if (Installer.isJdkClass(type) || type.startsWith("io.gilscope.agent.") || type.contains("$$Lambda") || method.startsWith("<")) continue;
            if (holds[i]) continue;
            int holder = monitorFrames[i];
            if (holder < 0) return new Fix(type + "#" + method, null);
            if (inside == null) inside = new Fix(type + "#" + method, frames[holder].getClassName() + "." + frames[holder].getMethodName());
        }
        // Below the dispatch method, or in a frame outside every monitor further down: none the interpreter's loop can release in.
        return inside;
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
