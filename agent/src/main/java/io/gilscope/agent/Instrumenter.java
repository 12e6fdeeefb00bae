package io.gilscope.agent;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.isSynchronized;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameEndsWith;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.not;

import io.gilscope.agent.gil.GilHooks;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassInjector;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * The Byte Buddy wiring: dispatch methods take and drop the GIL and look for drop requests before their
 * switches, or checkpoint methods look instead (checkpoints=backedge); release methods drop and retake it.
 */
final class Instrumenter {
    /** Packages of the JDK, which the agent never instruments. */
    static final List<String> JDK_PACKAGES = List.of("java.", "jdk.", "sun.", "com.sun.");

    /** Why a synchronized method is not made a release method. */
    static final String SYNCHRONIZED_RELEASE = "synchronized, so the GIL would be taken back at its exit while its monitor is still held, "
            + "and a thread holding the GIL that enters it would deadlock with it; not a release method: name a method that calls "
            + "it without holding the monitor instead";

    private Instrumenter() {}

    static ElementMatcher.Junction<TypeDescription> releasesGilAnnotation() {
        return named("ReleasesGil").or(nameEndsWith(".ReleasesGil")).or(nameEndsWith("$ReleasesGil"));
    }

    /**
     * Installs the instrumentation: Byte Buddy's own transformer behind the {@link Prefilter}, which also
     * retransforms the classes already loaded when attached.
     * @param checkpoint the checkpoint methods, empty for checks before the dispatch methods' switches
     */
    static void install(Instrumentation inst, List<MethodRef> dispatch, List<MethodRef> checkpoint, List<MethodRef> release,
                        ClassGate gate, boolean verbose, boolean attached) {
        builder(dispatch, checkpoint, release, verbose, attached).with(Prefilter.of(gate)).installOn(inst);
    }

    /** The instrumentation as a plain transformer, not installed: for the {@link TransformCache} to call on a miss. */
    static ClassFileTransformer transformer(List<MethodRef> dispatch, List<MethodRef> checkpoint, List<MethodRef> release, boolean verbose) {
        return builder(dispatch, checkpoint, release, verbose, false).makeRaw();
    }

    private static AgentBuilder builder(List<MethodRef> dispatch, List<MethodRef> checkpoint, List<MethodRef> release,
                                        boolean verbose, boolean attached) {
        Map<String, List<MethodRef>> dispatchByClass = dispatch.stream().collect(Collectors.groupingBy(MethodRef::className));
        Map<String, List<MethodRef>> checkpointByClass = checkpoint.stream().collect(Collectors.groupingBy(MethodRef::className));
        Map<String, List<MethodRef>> releaseByClass = release.stream().collect(Collectors.groupingBy(MethodRef::className));
        ElementMatcher.Junction<MethodDescription> annotated = isAnnotatedWith(releasesGilAnnotation());

        // Our shaded Byte Buddy injects no classes: keep it away from sun.misc.Unsafe (JDK 24+ warns).
        if (System.getProperty(ClassInjector.UsingUnsafe.SAFE_PROPERTY) == null) System.setProperty(ClassInjector.UsingUnsafe.SAFE_PROPERTY, "true");
        // Only visitors apply (Advice, the switch visitor) and no member is added: decorate, which skips the
        // method graph, and skip validation and the debug info of type descriptions (the output keeps it).
        AgentBuilder builder = new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                .with(AgentBuilder.PoolStrategy.Default.FAST)
                // At start-up nothing of interest is loaded yet: retransform only when attached to a running JVM.
                .with(attached ? AgentBuilder.RedefinitionStrategy.RETRANSFORMATION : AgentBuilder.RedefinitionStrategy.DISABLED)
                .with(new Reporter(verbose))
                .ignore(jdk().or(nameStartsWith("net.bytebuddy.")).or(nameStartsWith("io.gilscope.agent.")).or(isSynthetic()));

        for (Map.Entry<String, List<MethodRef>> e : dispatchByClass.entrySet()) {
            List<MethodRef> refs = e.getValue();
            builder = builder.type(named(e.getKey())).transform((b, type, loader, module, domain) -> {
                if (!seesRuntime(loader, type)) return b;
                ElementMatcher.Junction<MethodDescription> methods = none();
                Map<String, Integer> slots = new ConcurrentHashMap<>();
                Set<String> firstSwitchOnly = ConcurrentHashMap.newKeySet();
                byte[] classFile = ClassScan.read(loader, type.getName());
                for (MethodRef ref : refs) {
                    if (classFile == null) continue;
                    ClassScan scan = ClassScan.of(classFile, ref.methodName());
                    slots.putAll(scan.withSwitch);
                    if (Preset.checksFirstSwitchOnly(ref)) firstSwitchOnly.addAll(scan.withSwitch.keySet());
                    if (!scan.withSwitch.isEmpty()) methods = methods.or(named(ref.methodName()));
                }
                ElementMatcher.Junction<MethodDescription> withSwitch = methods.and(m -> slots.containsKey(m.getInternalName() + m.getDescriptor()));
                DynamicType.Builder<?> taking = b.visit(Advice.to(DispatchAdvice.class).on(withSwitch));
                if (!checkpoint.isEmpty()) return taking;
                return taking.visit(new AsmVisitorWrapper.ForDeclaredMethods()
                                .readerFlags(ClassReader.EXPAND_FRAMES)
                                .writerFlags(ClassWriter.COMPUTE_FRAMES)
                                .method(withSwitch, DispatchSwitchVisitor.of(slots, firstSwitchOnly, GilHooks.gil())));
            });
        }

        for (Map.Entry<String, List<MethodRef>> e : checkpointByClass.entrySet()) {
            ElementMatcher.Junction<MethodDescription> methods = none();
            for (MethodRef ref : e.getValue()) methods = methods.or(named(ref.methodName()));
            ElementMatcher.Junction<MethodDescription> checkpoints = isMethod().and(not(isAbstract())).and(not(isNative())).and(methods);
            builder = builder.type(named(e.getKey())).transform((b, type, loader, module, domain) ->
                    seesRuntime(loader, type) ? b.visit(Advice.to(CheckpointAdvice.class).on(checkpoints)) : b);
        }

        ElementMatcher.Junction<TypeDescription> releaseTypes = declaresMethod(annotated);
        for (String c : releaseByClass.keySet()) releaseTypes = releaseTypes.or(named(c));
        builder = builder.type(releaseTypes).transform((b, type, loader, module, domain) -> {
            if (!seesRuntime(loader, type)) return b;
            ElementMatcher.Junction<MethodDescription> methods = annotated;
            for (MethodRef ref : releaseByClass.getOrDefault(type.getName(), List.of())) methods = methods.or(named(ref.methodName()));
            ElementMatcher.Junction<MethodDescription> candidates = isMethod().and(not(isAbstract())).and(not(isNative())).and(methods);
            for (MethodDescription m : type.getDeclaredMethods().filter(candidates.and(isSynchronized()).and(annotated))) {
                Instrumented.say("gilscope: " + type.getName() + "#" + m.getName() + " is annotated @ReleasesGil but " + SYNCHRONIZED_RELEASE, false);
            }
            ElementMatcher.Junction<MethodDescription> releasing = candidates.and(not(isSynchronized()));
            for (MethodDescription m : type.getDeclaredMethods().filter(releasing)) Instrumented.releaseMethod(type.getName() + "#" + m.getName());
            return b.visit(Advice.to(ReleaseAdvice.class).on(releasing));
        });

        return builder;
    }

    private static ElementMatcher.Junction<TypeDescription> jdk() {
        ElementMatcher.Junction<TypeDescription> m = none();
        for (String p : JDK_PACKAGES) m = m.or(nameStartsWith(p));
        return m;
    }

    /** Whether inlined advice in {@code loader} would call the GIL the agent installed (and not another copy, or nothing). */
    static boolean seesRuntime(ClassLoader loader, TypeDescription type) {
        boolean ok = ClassGate.runtimeVisibleFrom(loader);
        if (!ok) {
            System.err.println("gilscope: " + type.getName() + "'s class loader cannot see the agent's GIL runtime; not instrumented"
                    + " (start the agent with the 'bootstrap' option)");
        }
        return ok;
    }

    /** Reports transformation errors (one line each) instead of letting Byte Buddy swallow them. */
    static final class Reporter extends AgentBuilder.Listener.Adapter {
        private final boolean verbose;

        Reporter(boolean verbose) { this.verbose = verbose; }

        @Override
        public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module, boolean loaded, DynamicType dynamicType) {
            if (verbose) System.err.println("gilscope: instrumented " + type.getName() + (loaded ? " (retransformed)" : ""));
        }

        @Override
        public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
            Instrumented.say("gilscope: cannot instrument " + typeName + ": " + error, true);
        }
    }
}
