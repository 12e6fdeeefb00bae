package io.gilscope.demo.vm;

/**
 * Instruction bodies, with the operand stack's values as arguments instead of a frame's array: what
 * {@link Interpreter#run}'s cases and code translated to JVM bytecode (io.gilscope.demo.jit) both do.
 * Small, so HotSpot inlines them into the dispatch loop and into each translated function.
 */
final class InstructionBodies {
    private InstructionBodies() { }

    static Object loadFast(CodeObject co, Object[] s, long[] p, int i) {
        Object v = s[i];
        if (v == Frame.INT) s[i] = v = p[i];
        else if (v == null) throw Interpreter.unboundLocal(co, i);
        return v;
    }

    static Object loadGlobal(Frame f, String n) {
        Object v = f.globals.get(n);
        return v != null ? v : Interpreter.loadBuiltin(n);
    }

    static Object loadDeref(Frame f, int i) {
        Object v = f.cells[i].value;
        if (v == null) throw Interpreter.unboundFree(f.code, i);
        return v;
    }

    static Object subscr(Object obj, Object idx) {
        Object v = null;
        if (obj instanceof PyList l && idx instanceof Long i) v = l.getOrNull(i);
        return v != null ? v : Ops.getitem(obj, idx);
    }

    static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return r;
        }
        return Ops.binary(Op.ADD, a, b);
    }

    static Object inplaceAdd(Object a, Object b) {
        return a instanceof Long && b instanceof Long ? add(a, b) : Ops.inplace(Op.ADD, a, b);
    }

    static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return r;
        }
        return Ops.binary(Op.SUB, a, b);
    }

    static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && Math.abs(x) < 0x7fffffffL && Math.abs(y) < 0x7fffffffL) return x * y;
        return Ops.binary(Op.MUL, a, b);
    }

    static Object lt(Object a, Object b) {
        return a instanceof Long x && b instanceof Long y ? (x < y ? Boolean.TRUE : Boolean.FALSE) : Ops.compare(Op.LT, a, b);
    }

    static Object gt(Object a, Object b) {
        return a instanceof Long x && b instanceof Long y ? (x > y ? Boolean.TRUE : Boolean.FALSE) : Ops.compare(Op.GT, a, b);
    }

    static Object not(Object v) {
        return Ops.truthy(v) ? Boolean.FALSE : Boolean.TRUE;
    }

    static boolean isTrue(Object v) {
        return v == Boolean.TRUE || (v != Boolean.FALSE && Ops.truthy(v));
    }

    /** A loop's next turn: where a pending Ctrl-C interrupts the main thread. */
    static void backEdge() {
        if (Signals.pending) Signals.raiseInMain();
    }

    /** CALL: fn with the n arguments at s[from...], which it clears. */
    static Object call(Frame f, int pc, Object fn, Object[] s, int from, int n) {
        beforeCall(f, pc);
        Object r = Interpreter.callOnStack(fn, s, from, n);
        for (int k = from; k < from + n; k++) s[k] = null;
        return r;
    }

    /** CALL_METHOD: self (or AttrCache.NO_SELF) at s[selfAt], the n arguments after it, which it clears. */
    static Object callMethod(Frame f, int pc, Object fn, Object[] s, int selfAt, int n) {
        beforeCall(f, pc);
        Object r = s[selfAt] == AttrCache.NO_SELF
                ? Interpreter.callOnStack(fn, s, selfAt + 1, n)
                : Interpreter.callOnStack(fn, s, selfAt, n + 1);
        for (int k = selfAt; k <= selfAt + n; k++) s[k] = null;
        return r;
    }

    /**
     * f.pc first: where the caller is, for a traceback-less Locations.current() (the agent may ask at
     * the checkpoint). A call is a checkpoint, and where a pending Ctrl-C interrupts the main thread.
     */
    private static void beforeCall(Frame f, int pc) {
        f.pc = pc;
        Checkpoint.reached();
        backEdge();
    }

    static void setHandled(Frame f, Object v) {
        f.handling = v instanceof PyInstance e ? e : null;
    }

    static Object listToTuple(Object list) {
        return new PyTuple(((PyList) list).toArray());
    }

    static Object importName(Object dotted, int leaf) {
        return Interpreter.importer.importName((String) dotted, leaf != 0);
    }

    static Object importFrom(Object module, String name) {
        return Interpreter.importer.importFrom(module, name);
    }

    static Object returned(Frame f, int pc, int sp, Object r) {
        f.sp = sp;
        f.pc = pc;
        f.done = true;
        return r;
    }

    /** A yield: the translation has stored the stack below the value at s[nlocals, sp). */
    static Object yielded(Frame f, int pc, int sp, Object r) {
        f.sp = sp;
        f.pc = pc + 1;
        return r;
    }

    /** SEND's outcome: the delegate's return value, or null when it yielded (or awaits). */
    static Object returnedValue(Object outcome) {
        return outcome instanceof Awaitables.Returned r ? r.value() : null;
    }

    /** SEND suspends: resumed at pc with the value sent pushed; the translation stored the stack below. */
    static Object suspended(Frame f, int pc, int sp, Object yielded) {
        f.sp = sp;
        f.pc = pc;
        return yielded;
    }

    static Object asyncGenItem(Object v) {
        return new AsyncGenerator.Item(v);
    }

    static IllegalStateException badEntry(CodeObject co, int pc) {
        return new IllegalStateException("translated " + co.qualname + " entered at " + pc);
    }
}
