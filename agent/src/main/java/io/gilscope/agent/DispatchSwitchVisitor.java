package io.gilscope.agent;

import java.util.Map;
import java.util.Set;
import io.gilscope.agent.gil.Gil;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.OpenedClassReader;
import net.bytebuddy.utility.visitor.ExceptionTableSensitiveMethodVisitor;

/**
 * Inserts the GIL check (see Gil for the algorithm) before every tableswitch and lookupswitch of a
 * dispatch method, or before the first one only for a preset whose instructions run through several
 * switches (see Preset). When the GIL counts dispatches ({@link Gil#countsDispatches()}, the default) it
 * is the ticker,
 * <pre>
 *   if (++counter >= LOOK_INTERVAL) { GilHooks.look(counter, ThisClass.class); counter = 0; }
 * </pre>
 * with {@code GilHooks.look(counter, ThisClass.class)} before every return, where {@code counter} is an int local
 * the visitor adds (a new slot after the method's own locals, zeroed on entry) and LOOK_INTERVAL is
 * the GIL's {@code lookInterval()}, compiled in as a constant. The counter keeps dispatch counts
 * thread-confined (a shared counter would ping-pong a cache line between threads in mode off).
 * Otherwise (count=false) it reads the breaker:
 * <pre>
 *   if (GilHooks.evalBreaker != 0) GilHooks.look(0, ThisClass.class);
 * </pre>
 * The inserted branch needs stack map frames recomputed (ClassWriter.COMPUTE_FRAMES, set by the
 * Instrumenter). Adds no field or method, so it is retransformation-safe.
 */
final class DispatchSwitchVisitor implements AsmVisitorWrapper.ForDeclaredMethods.MethodVisitorWrapper {
    static final String HOOKS = "io/gilscope/agent/gil/GilHooks";

    /** Method name + descriptor -> the method's max locals in the original class file. */
    private final Map<String, Integer> maxLocals;
    /** Methods (name + descriptor) checked before their first switch only (see Preset). */
    private final Set<String> firstSwitchOnly;
    /** 0: read the breaker before every switch; else the ticker's look interval. */
    private final int lookInterval;

    private DispatchSwitchVisitor(Map<String, Integer> maxLocals, Set<String> firstSwitchOnly, int lookInterval) {
        if (lookInterval < 0 || lookInterval > Short.MAX_VALUE) throw new IllegalArgumentException("look interval " + lookInterval);
        this.maxLocals = maxLocals;
        this.firstSwitchOnly = firstSwitchOnly;
        this.lookInterval = lookInterval;
    }

    static DispatchSwitchVisitor of(Map<String, Integer> maxLocals, Set<String> firstSwitchOnly, Gil gil) {
        return new DispatchSwitchVisitor(maxLocals, firstSwitchOnly, gil.countsDispatches() ? gil.lookInterval() : 0);
    }

    @Override
    public MethodVisitor wrap(TypeDescription type, MethodDescription method, MethodVisitor mv,
                              Implementation.Context context, TypePool pool, int writerFlags, int readerFlags) {
        String key = method.getInternalName() + method.getDescriptor();
        Integer slot = maxLocals.get(key);
        if (slot == null) return mv;
        boolean firstOnly = firstSwitchOnly.contains(key);
        // A class constant (ldc) needs class files of Java 5 or later; older ones (luaj's) look with null,
        // which is the first interpreter's GIL: such interpreters get no GIL per class loader.
        Type origin = context.getClassFileVersion().isAtLeast(ClassFileVersion.JAVA_V5) ? Type.getObjectType(type.getInternalName()) : null;
        return lookInterval == 0 ? new BreakerCheck(mv, firstOnly, origin) : new Ticker(mv, firstOnly, slot, lookInterval, origin);
    }

    /**
     * Calls {@link #check} before every switch. Overrides the onVisit hooks (the visit methods are
     * final) and subclasses emit to {@code mv} directly, so that emitted instructions do not pass
     * through these hooks again.
     */
    abstract static class SwitchCheck extends ExceptionTableSensitiveMethodVisitor {
        private final boolean firstOnly;
        private final Type origin;
        private boolean checked;

        SwitchCheck(MethodVisitor mv, boolean firstOnly, Type origin) {
            super(OpenedClassReader.ASM_API, mv);
            this.firstOnly = firstOnly;
            this.origin = origin;
        }

        /** Before a switch: the check, unless only the first switch is checked and it already was. */
        private void beforeSwitch() {
            if (firstOnly && checked) return;
            checked = true;
            check();
        }

        /** Emits the check; the switch key is on the operand stack and must stay there. */
        abstract void check();

        @Override
        protected void onVisitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            beforeSwitch();
            mv.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        protected void onVisitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            beforeSwitch();
            mv.visitLookupSwitchInsn(dflt, keys, labels);
        }

        /** {@code GilHooks.look(n, ThisClass.class)} with n on the operand stack (one more slot above it). */
        final void look() {
            if (origin != null) mv.visitLdcInsn(origin);
            else mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "look", "(ILjava/lang/Class;)V", false);
        }
    }

    /** {@code if (GilHooks.evalBreaker != 0) GilHooks.look(0, ThisClass.class);} */
    static final class BreakerCheck extends SwitchCheck {
        BreakerCheck(MethodVisitor mv, boolean firstOnly, Type origin) {
            super(mv, firstOnly, origin);
        }

        @Override
        protected void onAfterExceptionTable() { }   // nothing to set up

        @Override
        void check() {                                                                  // ..., key
            Label skip = new Label();
            mv.visitFieldInsn(Opcodes.GETSTATIC, HOOKS, "evalBreaker", "I");            // ..., key, breaker
            mv.visitJumpInsn(Opcodes.IFEQ, skip);                                       // ..., key
            mv.visitInsn(Opcodes.ICONST_0);                                             // ..., key, 0
            look();                                                                     // ..., key
            mv.visitLabel(skip);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            super.visitMaxs(maxStack + 2, maxLocals);
        }
    }

    /** The ticker: counts dispatches in a local and looks every lookInterval and before returns. */
    static final class Ticker extends SwitchCheck {
        private final int slot;
        private final int lookInterval;

        Ticker(MethodVisitor mv, boolean firstOnly, int slot, int lookInterval, Type origin) {
            super(mv, firstOnly, origin);
            this.slot = slot;
            this.lookInterval = lookInterval;
        }

        /**
         * The method's first instruction, after its try/catch entries. Zeroing the counter in visitCode
         * instead, before those entries, made the Advice downstream (which waits the same way) register
         * its exit catch-all first, and the JVM takes the first matching entry: the interpreter's own
         * handlers never ran.
         */
        @Override
        protected void onAfterExceptionTable() {
            mv.visitInsn(Opcodes.ICONST_0);          // 0
            mv.visitVarInsn(Opcodes.ISTORE, slot);   // (empty); counter = 0
        }

        @Override
        void check() {                                                          // ..., key
            Label skip = new Label();
            mv.visitIincInsn(slot, 1);                                          // ..., key          counter + 1
            mv.visitVarInsn(Opcodes.ILOAD, slot);                               // ..., key, counter
            mv.visitIntInsn(Opcodes.SIPUSH, lookInterval);                      // ..., key, counter, interval
            mv.visitJumpInsn(Opcodes.IF_ICMPLT, skip);                          // ..., key
            lookWithCount();                                                    // ..., key
            mv.visitInsn(Opcodes.ICONST_0);                                     // ..., key, 0
            mv.visitVarInsn(Opcodes.ISTORE, slot);                              // ..., key          counter = 0
            mv.visitLabel(skip);                                                // ..., key
        }

        private void lookWithCount() {
            mv.visitVarInsn(Opcodes.ILOAD, slot);                               // ..., counter
            look();                                                             // ...
        }

        @Override
        protected void onVisitInsn(int opcode) {
            if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) lookWithCount();   // ..., value?
            mv.visitInsn(opcode);
        }

        @Override
        protected void onVisitFrame(int type, int nLocal, Object[] local, int nStack, Object[] stack) {
            if (type == Opcodes.F_NEW) {
                local = withCounter(nLocal, local);
                nLocal = local.length;
            }
            mv.visitFrame(type, nLocal, local, nStack, stack);
        }

        /** The frame's locals, padded with TOP up to the counter's slot, then the counter. */
        private Object[] withCounter(int nLocal, Object[] local) {
            int slots = 0;
            for (int i = 0; i < nLocal; i++) slots += local[i] == Opcodes.LONG || local[i] == Opcodes.DOUBLE ? 2 : 1;
            if (slots > slot) throw new IllegalStateException("frame uses slot " + slot + " of the dispatch counter");
            Object[] out = new Object[nLocal + (slot - slots) + 1];
            System.arraycopy(local, 0, out, 0, nLocal);
            for (int i = nLocal; i < out.length - 1; i++) out[i] = Opcodes.TOP;
            out[out.length - 1] = Opcodes.INTEGER;
            return out;
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocalsIn) {
            super.visitMaxs(maxStack + 3, Math.max(maxLocalsIn, slot + 1));
        }
    }
}
