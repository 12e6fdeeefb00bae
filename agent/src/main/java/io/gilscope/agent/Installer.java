package io.gilscope.agent;

import io.gilscope.agent.gil.Gil;
import io.gilscope.agent.gil.GilHooks;
import io.gilscope.agent.gil.GilStatus;
import io.gilscope.agent.gil.Location;
import io.gilscope.agent.gil.StartGate;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reads the options, checks the targets, starts the GIL, the MXBean and the recording, then instruments. */
final class Installer {
    private Installer() {}

    static void install(String text, Instrumentation inst, boolean attached) {
        long t0 = System.nanoTime();
        AgentOptions o = AgentOptions.parse(text);
        List<String> problems = new ArrayList<>(o.errors);
        List<MethodRef> dispatch = new ArrayList<>();
        for (MethodRef ref : o.dispatch) {
            String p = checkDispatch(ref, inst);
            if (p == null) dispatch.add(ref);
            else if (o.dispatchGiven) problems.add(p);
            else if (o.verbose) System.err.println("gilscope: " + p + " (default target)");
        }
        List<MethodRef> checkpoint = new ArrayList<>();
        for (MethodRef ref : o.checkpoint) {
            String p = checkCheckpoint(ref, inst);
            if (p == null) checkpoint.add(ref);
            else problems.add(p);
        }
        // Without an instrumented checkpoint method a holder would never look: look at every dispatch instead.
        if (o.backedge && checkpoint.isEmpty()) problems.add("checkpoints=backedge: no checkpoint method to instrument; using dispatch");
        boolean backedge = !checkpoint.isEmpty();
        for (MethodRef ref : o.release) {
            String p = checkRelease(ref, inst);
            if (p != null) problems.add(p);
        }
        for (String p : problems) System.err.println("gilscope: " + p);
        if (o.strict && !problems.isEmpty()) {
            if (attached) {
                System.err.println("gilscope: strict: bad options, agent not started");
                return;
            }
            System.err.println("gilscope: strict: bad options, exiting with status 2");
            System.exit(2);
        }

        long t1 = System.nanoTime();
        boolean count = o.count && !backedge;
        StallAdvisor advisor = new StallAdvisor(inst, dispatch);
        Supplier<Gil> newGil = () -> {   // the first interpreter's GIL, and each later one's (Interpreters), each with its watchdog
            Gil g = Gil.create(o.mode, o.intervalNanos, o.checkInterval, count);
            if (!o.mode.equals("off")) StallWatchdog.start(g, o.releaseOnStall, advisor);
            return g;
        };
        Gil gil = newGil.get();
        Location.configure(o.location == null ? null : o.location.className(), o.location == null ? null : o.location.methodName());
        GilHooks.install(gil, newGil);
        String dispatchNames = dispatch.stream().map(MethodRef::toString).collect(Collectors.joining(","));
        String checkpointNames = checkpoint.stream().map(MethodRef::toString).collect(Collectors.joining(","));
        String releaseNames = o.release.stream().map(MethodRef::toString).collect(Collectors.joining(","));
        StartGate.close(o.jfr == null ? 1 : 2);   // the MXBean, and the recording when there is one
        startManagement(gil, dispatch, o.verbose);
        long t2 = System.nanoTime();
        try {
            GilRecording.registerPeriodic(gil, dispatchNames, checkpointNames, Instrumented::releaseMethods, version());
        } catch (Exception | LinkageError e) {
            System.err.println("gilscope: cannot register periodic JFR events: " + e);
        }
        long t3 = System.nanoTime();
        if (o.jfr != null) RecordingStart.inBackground(o.jfr);
        long t4 = System.nanoTime();

        try {
            instrument(inst, o, dispatch, checkpoint, gil, attached);
        } catch (Exception | LinkageError e) {
            System.err.println("gilscope: cannot instrument: " + e);
        }
        if (attached && !dispatch.isEmpty()) RunningFrames.report(dispatch);
        System.setProperty("gilscope.gil", o.mode);
        long t5 = System.nanoTime();
        if (o.verbose) {
            System.err.printf("gilscope: started in %d ms (checks %d, GIL %d, jfr events %d, recording started on a thread %d, instrumentation %d)%n",
                    (t5 - t0) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
            System.err.printf("gilscope: mode %s, interval %.3f ms, check interval %d, dispatches %s, dispatch [%s], checkpoints %s, release [%s]%s%n",
                    o.mode, o.intervalNanos / 1e6, o.checkInterval, gil.countsDispatches() ? "counted" : "not counted",
                    dispatchNames, backedge ? "backedge [" + checkpointNames + "]" : "dispatch", releaseNames,
                    o.jfr == null ? "" : ", recording to " + o.jfr);
        }
    }

    /**
     * Start-up work done by a daemon thread while the program loads: the event classes, and the MXBean and
     * the JIT hint, which both need the platform MBean server (100-150 ms to create). The program's first
     * acquisition waits for the MXBean ({@link StartGate}); the hint only has to be in place before C2
     * compiles the dispatch method, which comes far later.
     */
    private static void startManagement(Gil gil, List<MethodRef> dispatch, boolean verbose) {
        Thread t = new Thread(() -> {
            try {
                GilRecording.loadEventClasses();
                registerMXBean(gil);
            } finally {
                StartGate.done();
            }
            String jit = JitHints.keepLookOutOfLine(dispatch);
            if (jit != null && verbose) System.err.println("gilscope: JIT hint not applied (" + jit + "); dispatch checks cost a little more");
        }, "gilscope-management");
        t.setDaemon(true);
        t.start();
    }

    private static void registerMXBean(Gil gil) {
        try {
            GilStatus.register(gil);
        } catch (Exception | LinkageError e) {
            System.err.println("gilscope: cannot register the MXBean: " + e);
        }
    }

    /**
     * At start-up, through the {@link TransformCache} (Byte Buddy only for classes it has not seen with these
     * settings); when attached, or with cache=off, through Byte Buddy directly, which also retransforms.
     */
    private static void instrument(Instrumentation inst, AgentOptions o, List<MethodRef> dispatch, List<MethodRef> checkpoint,
                                   Gil gil, boolean attached) {
        List<String> named = new ArrayList<>();
        for (List<MethodRef> refs : List.of(dispatch, checkpoint, o.release)) refs.forEach(r -> named.add(r.className()));
        ClassGate gate = new ClassGate(Set.copyOf(named));
        if (attached || o.cacheOff) {
            Instrumenter.install(inst, dispatch, checkpoint, o.release, gate, o.verbose, attached);
            return;
        }
        String settings = String.join("|", agentJar(), version(), System.getProperty("java.specification.version"),
                dispatch.toString(), checkpoint.toString(), o.release.toString(),
                gil.countsDispatches() ? Integer.toString(gil.lookInterval()) : "breaker");
        Path dir = o.cacheDir != null ? Path.of(o.cacheDir) : TransformCache.defaultDir();
        inst.addTransformer(new TransformCache(dir, settings, gate,
                () -> Instrumenter.transformer(dispatch, checkpoint, o.release, o.verbose), o.verbose));
    }

    /** The agent jar's path, size and time: a rebuilt agent never reads what another build cached. */
    private static String agentJar() {
        try {
            Path jar = Path.of(Installer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        } catch (Exception e) {
            return "unknown:" + System.nanoTime();   // never matches: no cache hits, but nothing stale either
        }
    }

    private static byte[] classFile(String className, Instrumentation inst) {
        byte[] bytes = ClassScan.read(null, className);
        if (bytes != null) return bytes;
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (c.getName().equals(className) && c.getClassLoader() != null) return ClassScan.read(c.getClassLoader(), className);
        }
        return null;
    }

    /** @return what is wrong with a dispatch target, or null */
    static String checkDispatch(MethodRef ref, Instrumentation inst) {
        byte[] bytes = classFile(ref.className(), inst);
        if (bytes == null) return "dispatch=" + ref + ": class " + ref.className() + " is not on the class path; not instrumented";
        ClassScan scan = ClassScan.of(bytes, ref.methodName());
        if (!scan.methodFound) return "dispatch=" + ref + ": " + ref.className() + " has no method " + ref.methodName() + "; not instrumented";
        if (scan.withSwitch.isEmpty()) return "dispatch=" + ref + ": method has no tableswitch or lookupswitch; not instrumented";
        if (scan.instrumentedSize > ClassScan.HUGE_METHOD_LIMIT) {
            System.err.println("gilscope: warning: " + ref + " is about " + scan.instrumentedSize + " bytes of bytecode once instrumented;"
                    + " HotSpot does not compile methods over " + ClassScan.HUGE_METHOD_LIMIT + " bytes (see -XX:-DontCompileHugeMethods)");
        }
        return null;
    }

    /** @return what is wrong with a checkpoint target, or null */
    static String checkCheckpoint(MethodRef ref, Instrumentation inst) {
        if (isJdkClass(ref.className())) return "checkpoint=" + ref + ": the agent does not instrument the JDK's classes; ignored";
        byte[] bytes = classFile(ref.className(), inst);
        if (bytes == null) return "checkpoint=" + ref + ": class " + ref.className() + " is not on the class path; ignored";
        if (!ClassScan.of(bytes, ref.methodName()).methodFound) return "checkpoint=" + ref + ": " + ref.className() + " has no method " + ref.methodName() + "; ignored";
        return null;
    }

    /**
     * @return what is wrong with a release target, or null. The JDK's classes are never instrumented, and
     * a synchronized method would take the GIL back at its exit while still holding its monitor: a thread
     * holding the GIL that then enters it blocks on the monitor, and the two threads deadlock.
     */
    static String checkRelease(MethodRef ref, Instrumentation inst) {
        if (isJdkClass(ref.className())) {
            return "release=" + ref + ": the agent does not instrument the JDK's classes (" + String.join("*, ", Instrumenter.JDK_PACKAGES)
                    + "*); name the interpreter's own method that calls it instead; ignored";
        }
        byte[] bytes = classFile(ref.className(), inst);
        if (bytes == null) return "release=" + ref + ": class " + ref.className() + " is not on the class path";
        ClassScan scan = ClassScan.of(bytes, ref.methodName());
        if (!scan.methodFound) return "release=" + ref + ": " + ref.className() + " has no method " + ref.methodName();
        if (scan.allSynchronized) return "release=" + ref + ": " + Instrumenter.SYNCHRONIZED_RELEASE;
        return null;
    }

    static boolean isJdkClass(String className) {
        return Instrumenter.JDK_PACKAGES.stream().anyMatch(className::startsWith);
    }

    static String version() {
        String v = Installer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
