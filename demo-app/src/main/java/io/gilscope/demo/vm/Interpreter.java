package io.gilscope.demo.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The VM. {@link #run} executes one frame with ONE switch on an int opcode; Python calls, generator
 * resumption and callbacks from Java re-enter it recursively (through {@link #execute}, which handles
 * exceptions). The GIL agent inserts its check before that switch (docs/architecture.md, "The agent's
 * contract"), so keep exactly one switch statement in run and no other switch of any kind there; shared
 * work lives in helpers.
 */
public final class Interpreter {
    private Interpreter() { }

    /**
     * --trace (system property gilscope.demo.trace=true, read once): prints each instruction before it
     * executes. A static final so the JIT folds the check away when tracing is off.
     */
    public static final boolean TRACE = Boolean.getBoolean("gilscope.demo.trace");

    static Importer importer;

    /** Called before a program starts; the threads it starts see the importer. */
    public static void setImporter(Importer i) {
        importer = i;
    }

    static SourceCompiler sourceCompiler;

    /** Called before a program starts, with the importer: what exec and eval compile with. */
    public static void setSourceCompiler(SourceCompiler c) {
        sourceCompiler = c;
    }

    /**
     * A jump's target, reaching a {@link Checkpoint} first when the jump goes back (a loop's next turn);
     * ~target when the loop is hot and the frame goes on in its translation ({@link #toTranslation}).
     */
    private static int backward(CodeObject co, int target, int pc) {
        if (target >= pc) return target;
        Checkpoint.reached();
        return Translation.loopIsHot(co) ? ~target : target;
    }

    /**
     * The frame goes on in its translation from pc, the head of a hot loop (as HotSpot's on-stack
     * replacement does). Called from inside run, so that an agent attached meanwhile names the
     * thread as inside the dispatch method, which it is.
     */
    private static Object toTranslation(Frame f, int pc, int sp) {
        f.pc = pc;
        f.sp = sp;
        return f.code.compiled.run(f);
    }

    /**
     * Executes f from f.pc until it returns or yields (the GIL agent's dispatch method). A Python
     * exception propagates out of run with f.pc at the failing instruction; {@link #execute} handles
     * it and re-enters. Call frames through {@link #execute}, not run. f.pc is written only on the
     * way out (return, yield, exception), not before every dispatch: that store cost 3-4% of a tight
     * loop.
     */
    public static Object run(Frame f) {
        final CodeObject co = f.code;
        final int[] code = co.code;
        final Object[] consts = co.consts;
        final String[] names = co.names;
        final Object[] s = f.s;
        final long[] p = f.p;
        int pc = f.pc;
        int sp = f.sp;
        boolean translated = false;   // set when the frame went on in its translation, which sets f.pc itself
        try {
            for (;;) {
                if (TRACE) traceStep(f, pc, sp);
                switch (code[pc]) {
                    case Op.NOP:
                        pc += 1;
                        break;
                    case Op.POP:
                        s[--sp] = null;
                        pc += 1;
                        break;
                    case Op.DUP:
                        s[sp] = s[sp - 1];
                        sp++;
                        pc += 1;
                        break;
                    case Op.DUP2:
                        sp = RareOpcodes.dup2(s, sp);
                        pc += 1;
                        break;
                    case Op.ROT2: {
                        Object t = s[sp - 1];
                        s[sp - 1] = s[sp - 2];
                        s[sp - 2] = t;
                        pc += 1;
                        break;
                    }
                    case Op.ROT3:
                        RareOpcodes.rot3(s, sp);
                        pc += 1;
                        break;
                    case Op.LOAD_CONST:
                        s[sp++] = consts[code[pc + 1]];
                        pc += 2;
                        break;
                    case Op.LOAD_FAST:
                        s[sp++] = InstructionBodies.loadFast(co, s, p, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.STORE_FAST:
                        s[code[pc + 1]] = s[--sp];
                        pc += 2;
                        break;
                    case Op.DELETE_FAST:
                        deleteFast(co, s, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.LOAD_GLOBAL:
                        s[sp++] = InstructionBodies.loadGlobal(f, names[code[pc + 1]]);
                        pc += 2;
                        break;
                    case Op.STORE_GLOBAL:
                        f.globals.put(names[code[pc + 1]], s[--sp]);
                        pc += 2;
                        break;
                    case Op.DELETE_GLOBAL:
                        deleteName(f.globals, names[code[pc + 1]]);
                        pc += 2;
                        break;
                    case Op.LOAD_NAME:
                        s[sp++] = loadName(f, names[code[pc + 1]]);
                        pc += 2;
                        break;
                    case Op.STORE_NAME:
                        f.ns.put(names[code[pc + 1]], s[--sp]);
                        pc += 2;
                        break;
                    case Op.DELETE_NAME:
                        deleteName(f.ns, names[code[pc + 1]]);
                        pc += 2;
                        break;
                    case Op.LOAD_DEREF:
                        s[sp++] = InstructionBodies.loadDeref(f, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.STORE_DEREF:
                        f.cells[code[pc + 1]].value = s[--sp];
                        pc += 2;
                        break;
                    case Op.LOAD_CLOSURE:
                        s[sp++] = f.cells[code[pc + 1]];
                        pc += 2;
                        break;
                    case Op.LOAD_ATTR:
                        s[sp - 1] = AttrCache.load(co, pc, s[sp - 1], names[code[pc + 1]]);
                        pc += 2;
                        break;
                    case Op.STORE_ATTR: {
                        Object obj = s[--sp];
                        AttrCache.store(co, pc, obj, names[code[pc + 1]], s[--sp]);
                        pc += 2;
                        break;
                    }
                    case Op.DELETE_ATTR:
                        Ops.delattr(s[--sp], names[code[pc + 1]]);
                        pc += 2;
                        break;
                    case Op.BINARY_SUBSCR: {
                        Object idx = s[--sp];
                        s[sp - 1] = InstructionBodies.subscr(s[sp - 1], idx);
                        pc += 1;
                        break;
                    }
                    case Op.STORE_SUBSCR:
                        sp = RareOpcodes.storeSubscr(s, sp);
                        pc += 1;
                        break;
                    case Op.DELETE_SUBSCR:
                        sp = RareOpcodes.deleteSubscr(s, sp);
                        pc += 1;
                        break;
                    case Op.BUILD_SLICE:
                        sp = RareOpcodes.buildSlice(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.BINARY_ADD: {
                        Object b = s[--sp];
                        s[sp - 1] = InstructionBodies.add(s[sp - 1], b);
                        pc += 1;
                        break;
                    }
                    case Op.INPLACE_ADD: {
                        Object b = s[--sp];
                        s[sp - 1] = InstructionBodies.inplaceAdd(s[sp - 1], b);
                        pc += 1;
                        break;
                    }
                    case Op.BINARY_SUB: {
                        Object b = s[--sp];
                        s[sp - 1] = InstructionBodies.sub(s[sp - 1], b);
                        pc += 1;
                        break;
                    }
                    case Op.BINARY_MUL: {
                        Object b = s[--sp];
                        s[sp - 1] = InstructionBodies.mul(s[sp - 1], b);
                        pc += 1;
                        break;
                    }
                    case Op.BINARY_OP: {
                        Object b = s[--sp];
                        s[sp - 1] = Ops.binary(code[pc + 1], s[sp - 1], b);
                        pc += 2;
                        break;
                    }
                    case Op.BINARY_INPLACE: {
                        Object b = s[--sp];
                        s[sp - 1] = Ops.inplace(code[pc + 1], s[sp - 1], b);
                        pc += 2;
                        break;
                    }
                    case Op.COMPARE_LT: {
                        Object b = s[--sp];
                        s[sp - 1] = InstructionBodies.lt(s[sp - 1], b);
                        pc += 1;
                        break;
                    }
                    case Op.COMPARE_GT: {
                        Object b = s[--sp];
                        s[sp - 1] = InstructionBodies.gt(s[sp - 1], b);
                        pc += 1;
                        break;
                    }
                    case Op.COMPARE_OP: {
                        Object b = s[--sp];
                        s[sp - 1] = Ops.compare(code[pc + 1], s[sp - 1], b);
                        pc += 2;
                        break;
                    }
                    case Op.UNARY_NEG:
                        s[sp - 1] = Ops.negate(s[sp - 1]);
                        pc += 1;
                        break;
                    case Op.UNARY_POS:
                        s[sp - 1] = Ops.positive(s[sp - 1]);
                        pc += 1;
                        break;
                    case Op.UNARY_INVERT:
                        s[sp - 1] = Ops.invert(s[sp - 1]);
                        pc += 1;
                        break;
                    case Op.UNARY_NOT:
                        s[sp - 1] = InstructionBodies.not(s[sp - 1]);
                        pc += 1;
                        break;
                    case Op.JUMP: {
                        int target = code[pc + 1];
                        if (target < pc) {
                            Checkpoint.reached();
                            if (Signals.pending) Signals.raiseInMain();
                            if (Translation.loopIsHot(co)) { translated = true; return toTranslation(f, target, sp); }
                        }
                        pc = target;
                        break;
                    }
                    case Op.POP_JUMP_IF_FALSE: {
                        Object v = s[--sp];
                        if (!InstructionBodies.isTrue(v)) {
                            pc = backward(co, code[pc + 1], pc);
                            if (pc < 0) { translated = true; return toTranslation(f, ~pc, sp); }
                        } else {
                            pc += 2;
                        }
                        break;
                    }
                    case Op.POP_JUMP_IF_TRUE: {
                        Object v = s[--sp];
                        if (InstructionBodies.isTrue(v)) {
                            if (Signals.pending) Signals.raiseInMain();   // a while loop's jump back
                            pc = backward(co, code[pc + 1], pc);
                            if (pc < 0) { translated = true; return toTranslation(f, ~pc, sp); }
                        } else {
                            pc += 2;
                        }
                        break;
                    }
                    case Op.JUMP_IF_FALSE_OR_POP:
                        if (!Ops.truthy(s[sp - 1])) pc = code[pc + 1];
                        else { sp--; pc += 2; }
                        break;
                    case Op.JUMP_IF_TRUE_OR_POP:
                        if (Ops.truthy(s[sp - 1])) pc = code[pc + 1];
                        else { sp--; pc += 2; }
                        break;
                    case Op.GET_ITER:
                        s[sp - 1] = Ops.iter(s[sp - 1]);
                        pc += 1;
                        break;
                    case Op.FOR_ITER: {
                        Object v = ((PyIter) s[sp - 1]).next();
                        if (v == null) {
                            s[--sp] = null;
                            pc = code[pc + 1];
                        } else {
                            s[sp++] = v;
                            pc += 2;
                        }
                        break;
                    }
                    case Op.BUILD_TUPLE:
                        sp = RareOpcodes.buildTuple(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.BUILD_LIST:
                        sp = RareOpcodes.buildList(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.BUILD_SET:
                        sp = RareOpcodes.buildSet(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.BUILD_MAP:
                        sp = RareOpcodes.buildMap(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.LIST_APPEND: {
                        Object v = s[--sp];
                        ((PyList) s[sp - 1 - code[pc + 1]]).append(v);
                        pc += 2;
                        break;
                    }
                    case Op.SET_ADD:
                        sp = RareOpcodes.setAdd(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.MAP_ADD:
                        sp = RareOpcodes.mapAdd(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.LIST_EXTEND:
                        sp = RareOpcodes.listExtend(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.SET_UPDATE:
                        sp = RareOpcodes.setUpdate(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.DICT_UPDATE:
                        sp = RareOpcodes.dictUpdate(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.LIST_TO_TUPLE:
                        s[sp - 1] = InstructionBodies.listToTuple(s[sp - 1]);
                        pc += 1;
                        break;
                    case Op.UNPACK_SEQUENCE:
                        sp = RareOpcodes.unpack(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.UNPACK_EX:
                        sp = RareOpcodes.unpackEx(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.CALL: {
                        int n = code[pc + 1];
                        s[sp - n - 1] = InstructionBodies.call(f, pc, s[sp - n - 1], s, sp - n, n);
                        sp -= n;
                        pc += 2;
                        break;
                    }
                    case Op.SET_HANDLED:   // an except block starts (the exception) or ends (the enclosing one's, or None)
                        InstructionBodies.setHandled(f, s[--sp]);
                        s[sp] = null;
                        pc += 1;
                        break;
                    case Op.MATCH_PATTERN: {   // the subject, the pattern's values -> the subject and its captures, or a jump
                        int r = CasePattern.run(s, sp, (CasePattern) consts[code[pc + 1]], code[pc + 2]);
                        if (r < 0) {
                            sp = ~r;
                            pc = code[pc + 3];
                        } else {
                            sp = r;
                            pc += 4;
                        }
                        break;
                    }
                    case Op.LOAD_METHOD:
                        sp = AttrCache.loadMethod(co, pc, s, sp, names[code[pc + 1]]);
                        pc += 2;
                        break;
                    case Op.CALL_METHOD: {   // the callable, self or NO_SELF, the arguments
                        int n = code[pc + 1];
                        s[sp - n - 2] = InstructionBodies.callMethod(f, pc, s[sp - n - 2], s, sp - n - 1, n);
                        sp -= n + 1;
                        pc += 2;
                        break;
                    }
                    case Op.CALL_KW:
                        f.pc = pc;
                        Checkpoint.reached();
                        sp = RareOpcodes.callKw(s, sp, code[pc + 1], (String[]) consts[code[pc + 2]]);
                        pc += 3;
                        break;
                    case Op.CALL_EX:
                        f.pc = pc;
                        Checkpoint.reached();
                        sp = RareOpcodes.callEx(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.MAKE_FUNCTION:
                        sp = makeFunction(f, s, sp, (CodeObject) consts[code[pc + 1]], code[pc + 2]);
                        pc += 3;
                        break;
                    case Op.BUILD_CLASS:
                        sp = RareOpcodes.buildClass(s, sp, (String) consts[code[pc + 1]], code[pc + 2]);
                        pc += 3;
                        break;
                    case Op.RETURN_VALUE: {
                        Checkpoint.reached();
                        Object r = s[--sp];
                        return InstructionBodies.returned(f, pc, sp, r);
                    }
                    case Op.YIELD_VALUE: {
                        Object r = s[--sp];
                        return InstructionBodies.yielded(f, pc, sp, r);
                    }
                    case Op.RAISE:
                        throw RareOpcodes.raise(s, sp, code[pc + 1]);
                    case Op.CHECK_EXC_MATCH:
                        sp = RareOpcodes.checkExcMatch(s, sp);
                        pc += 1;
                        break;
                    case Op.RERAISE:
                        throw reraise(s[sp - 1]);
                    case Op.FORMAT_VALUE:
                        sp = RareOpcodes.formatValue(s, sp, code[pc + 1], code[pc + 2]);
                        pc += 3;
                        break;
                    case Op.BUILD_STRING:
                        sp = RareOpcodes.buildString(s, sp, code[pc + 1]);
                        pc += 2;
                        break;
                    case Op.IMPORT_NAME:
                        s[sp++] = InstructionBodies.importName(consts[code[pc + 1]], code[pc + 2]);
                        pc += 3;
                        break;
                    case Op.IMPORT_FROM:
                        s[sp] = InstructionBodies.importFrom(s[sp - 1], names[code[pc + 1]]);
                        sp++;
                        pc += 2;
                        break;
                    case Op.ASYNC_GEN_WRAP:
                        s[sp - 1] = new AsyncGenerator.Item(s[sp - 1]);
                        pc += 1;
                        break;
                    case Op.IMPORT_STAR:
                        RareOpcodes.importStar(f, s[--sp]);
                        s[sp] = null;
                        pc += 1;
                        break;
                    case Op.LOAD_SUPER:
                        s[sp++] = zeroArgSuper(f);
                        pc += 1;
                        break;
                    case Op.BEFORE_WITH:
                        sp = RareOpcodes.beforeWith(s, sp);
                        pc += 1;
                        break;
                    case Op.WITH_EXIT:
                        sp = RareOpcodes.withExit(s, sp);
                        pc += 1;
                        break;
                    case Op.WITH_EXCEPT:
                        sp = RareOpcodes.withExcept(s, sp);
                        pc += 1;
                        break;
                    case Op.FAST_ADD_CONST: {
                        addConst(co, s, p, code[pc + 1], code[pc + 2], code[pc + 3]);
                        pc += 4;
                        // `n -= 1` ending a while loop whose test is `n > 0` (CPython's PREDICT): go
                        // straight on to the test instead of through the dispatch switch.
                        if (code[pc] != Op.FAST_CMP_CONST_JUMP) break;
                    }
                    case Op.FAST_CMP_CONST_JUMP: {
                        int cmp = code[pc + 3];
                        boolean cond = cmpConst(co, s, p, code[pc + 1], cmp & Op.CMP_MASK, code[pc + 2]);
                        pc = cond == (cmp >= Op.JUMP_IF_TRUE) ? backward(co, code[pc + 4], pc) : pc + 5;
                        if (pc < 0) { translated = true; return toTranslation(f, ~pc, sp); }
                        break;
                    }
                    case Op.SEND: {
                        Object r = Awaitables.send(s[sp - 2], s[--sp]);
                        s[sp] = null;
                        Object returned = InstructionBodies.returnedValue(r);
                        if (returned != null) {
                            s[sp - 1] = returned;
                            pc = code[pc + 1];
                            break;
                        }
                        return InstructionBodies.suspended(f, pc, sp, r);
                    }
                    case Op.GET_AWAITABLE:
                        s[sp - 1] = Awaitables.awaitable(s[sp - 1]);
                        pc += 1;
                        break;
                    case Op.BEFORE_ASYNC_WITH:
                        sp = RareOpcodes.beforeAsyncWith(s, sp);
                        pc += 1;
                        break;
                    case Op.ASYNC_WITH_EXCEPT:
                        RareOpcodes.asyncWithExcept(s, sp);
                        pc += 1;
                        break;
                    case Op.ASSERT_FAIL:
                        throw RareOpcodes.assertFail(s[sp - 1]);
                    case Op.UNSUPPORTED:
                        throw Errors.notSupported((String) consts[code[pc + 1]]);
                    default:
                        throw new IllegalStateException("bad opcode " + code[pc] + " at " + pc);
                }
            }
        } catch (Throwable t) {
            if (!translated) f.pc = pc;   // the failing instruction, for execute's handler lookup and the traceback
            throw t;
        }
    }

    /**
     * Runs a frame to its return or next yield, handling Python exceptions: when run throws, find the
     * innermost handler covering the failing instruction (f.pc), reset the operand stack, push the
     * exception and re-enter run at the handler. The handling lives here, not in run (whose catch-all
     * only records the failing pc), to keep the dispatch method small.
     */
    public static Object execute(Frame f) {
        return execute(f, null);
    }

    /**
     * Resumes f as if thrown had been raised at f.pc (generator.throw): the frame's own handlers
     * see it first.
     */
    static Object execute(Frame f, PyException thrown) {
        final CodeObject co = f.code;
        final CompiledCode compiled = Translation.of(co);   // hot code runs as JVM bytecode (io.gilscope.demo.jit)
        InterpreterThread thread = Thread.currentThread() instanceof InterpreterThread t ? t : null;
        if (thread != null) {
            f.back = thread.top;
            thread.top = f;
        }
        try {
            while (true) {
                try {
                    if (thrown != null) {
                        PyException e = thrown;
                        thrown = null;
                        throw e;
                    }
                    return compiled != null ? compiled.run(f) : run(f);
                } catch (Throwable t) {
                    PyException e = toPyException(t);
                    if (!e.chained) {
                        e.chained = true;
                        HandledExceptions.chain(e.value, f);
                    }
                    int h = handlerFor(f, e, f.pc);
                    if (h < 0) throw e;
                    int depth = co.nlocals + co.excTable[h + 3];
                    Arrays.fill(f.s, depth, f.s.length, null);
                    f.s[depth] = e.value;
                    f.sp = depth + 1;
                    f.pc = co.excTable[h + 2];
                }
            }
        } finally {
            if (thread != null) thread.top = f.back;
        }
    }

    // ---- helpers for run (kept out of the dispatch method) ---------------------------------

    private static PyException toPyException(Throwable t) {
        if (t instanceof PyException e) return e;
        if (t instanceof StackOverflowError) return Errors.make(Errors.RECURSION_ERROR, "maximum recursion depth exceeded");
        if (t instanceof RuntimeException r) return internal(r);
        if (t instanceof OutOfMemoryError) return Errors.make(Errors.MEMORY_ERROR, "out of memory");
        if (t instanceof Error err) throw err;
        return Errors.make(Errors.INTERNAL_ERROR, t.toString());
    }

    static void deleteFast(CodeObject co, Object[] s, int i) {
        if (s[i] == null) throw unboundLocal(co, i);
        s[i] = null;
    }

    static void deleteName(Map<String, Object> ns, String n) {
        if (ns.remove(n) == null) throw Errors.nameError("name '" + n + "' is not defined");
    }

    static Object loadName(Frame f, String n) {
        Object v = f.ns.get(n);
        if (v == null) v = f.globals.get(n);
        if (v == null) v = loadBuiltin(n);
        return v;
    }

    static PyException reraise(Object exc) {
        PyException e = new PyException((PyInstance) exc);
        e.skipTraceback = true;
        e.chained = true;
        return e;
    }

    static int makeFunction(Frame f, Object[] s, int sp, CodeObject code, int flags) {
        Cell[] closure = null;
        PyDict kwdefaults = null;
        Object[] defaults = null;
        if ((flags & Op.FN_CLOSURE) != 0) {
            Object[] cs = ((PyTuple) s[--sp]).items;
            closure = new Cell[cs.length];
            for (int k = 0; k < cs.length; k++) closure[k] = (Cell) cs[k];
        }
        if ((flags & Op.FN_KWDEFAULTS) != 0) kwdefaults = (PyDict) s[--sp];
        if ((flags & Op.FN_DEFAULTS) != 0) defaults = ((PyTuple) s[--sp]).items;
        s[sp++] = new PyFunction(code, f.globals, defaults, kwdefaults, closure);
        return sp;
    }

    /** Records the traceback entry and finds the innermost handler covering pc (-1 if none). */
    private static int handlerFor(Frame f, PyException e, int pc) {
        if (e.skipTraceback) e.skipTraceback = false;
        else e.value.addTraceback(f.code.filename, f.code.lineAt(pc), f.code.name);
        int[] t = f.code.excTable;
        for (int i = 0; i < t.length; i += 4) {
            if (pc >= t[i] && pc < t[i + 1]) return i;
        }
        f.done = true;
        return -1;
    }

    private static final boolean DEBUG = System.getenv("GILSCOPE_DEBUG") != null;

    static PyException internal(RuntimeException e) {
        if (DEBUG) e.printStackTrace();
        if (e instanceof ClassCastException) {
            return Errors.typeError("unsupported operand type (" + e.getMessage() + ")");
        }
        return Errors.make(Errors.INTERNAL_ERROR, e.toString());
    }

    static Object loadBuiltin(String n) {
        Object v = Builtins.get(n);
        if (v == null) throw Errors.nameError("name '" + n + "' is not defined");
        return v;
    }

    static PyException unboundLocal(CodeObject co, int i) {
        return Errors.make(Errors.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + co.localNames[i] + "' where it is not associated with a value");
    }

    static PyException unboundFree(CodeObject co, int i) {
        String n = i < co.cellNames.length ? co.cellNames[i] : co.freeNames[i - co.cellNames.length];
        return Errors.nameError("cannot access free variable '" + n + "' where it is not associated with a value in enclosing scope");
    }

    /** FAST_ADD_CONST (translated code's too): local i += c (op ADD or SUB), unboxed in p while it stays an int. */
    static void addConst(CodeObject co, Object[] s, long[] p, int i, int constant, int op) {
        Object v = s[i];
        long c = op == Op.SUB ? -(long) constant : constant;
        if (v == Frame.INT) {
            long x = p[i];
            long r = x + c;
            if (((x ^ r) & (c ^ r)) < 0) s[i] = Ops.binary(Op.ADD, x, c);
            else p[i] = r;
        } else if (v instanceof Long x) {
            long r = x + c;
            if (((x ^ r) & (c ^ r)) < 0) {
                s[i] = Ops.binary(Op.ADD, x, c);
            } else {
                p[i] = r;
                s[i] = Frame.INT;
            }
        } else {
            if (v == null) throw unboundLocal(co, i);
            s[i] = Ops.inplace(op, v, (long) constant);
        }
    }

    /** FAST_CMP_CONST_JUMP's test (translated code's too): local i compared (op) with the constant c. */
    static boolean cmpConst(CodeObject co, Object[] s, long[] p, int i, int op, int c) {
        Object v = s[i];
        if (v == Frame.INT) return Ops.cmpLong(op, p[i], c);
        if (v instanceof Long l) return Ops.cmpLong(op, l, c);
        return slowCompare(co, s, i, op, c);
    }

    private static boolean slowCompare(CodeObject co, Object[] s, int i, int op, int c) {
        Object v = s[i];
        if (v == null) throw unboundLocal(co, i);
        return Ops.truthy(Ops.compare(op, v, (long) c));
    }

    static Object zeroArgSuper(Frame f) {
        PyClass cls = f.func == null ? null : f.func.ownerClass;
        if (cls == null || f.code.nlocals == 0 || f.local(0) == null) throw Errors.runtimeError("super(): no arguments");
        return new PyDescriptors.Super(cls, f.local(0));
    }

    private static void traceStep(Frame f, int pc, int sp) {
        System.err.println("  [" + f.code.name + ":" + f.code.lineAt(pc) + "] " + Disassembler.instruction(f.code, pc)
                + "   (stack " + (sp - f.code.nlocals) + ")");
    }

    // ---- calls -----------------------------------------------------------------------------

    static Frame newFrame(PyFunction fn) {
        Frame fr = new Frame(fn.code, fn, fn.globals);
        CodeObject co = fn.code;
        int ncell = co.cellNames.length;
        if (fr.cells != null) {
            for (int i = 0; i < ncell; i++) fr.cells[i] = new Cell(null);
            if (fn.closure != null) System.arraycopy(fn.closure, 0, fr.cells, ncell, fn.closure.length);
        }
        return fr;
    }

    private static void initCells(Frame fr) {
        if (fr.cells == null) return;
        int[] fromParam = fr.code.cellFromParam;
        for (int i = 0; i < fromParam.length; i++) {
            if (fromParam[i] >= 0) fr.cells[i].value = fr.s[fromParam[i]];
        }
    }

    /** Calls fn with n positional arguments from a stack. */
    static Object callOnStack(Object fn, Object[] stack, int from, int n) {
        if (fn instanceof PyFunction pf) return callFromStack(pf, stack, from, n);
        if (fn instanceof PyBoundMethod bm) return callBound(bm, stack, from, n);
        Object[] args = new Object[n];
        System.arraycopy(stack, from, args, 0, n);
        return Ops.call(fn, args, null);
    }

    /** obj.method(args): a Python method gets self and the arguments straight from the stack into its frame. */
    private static Object callBound(PyBoundMethod bm, Object[] stack, int from, int n) {
        if (bm.func() instanceof PyFunction pf) {
            Frame fr = positionalFrame(pf, bm.self(), stack, from, n);
            if (fr != null) return start(fr);
        }
        Object[] args = new Object[n + 1];
        args[0] = bm.self();
        System.arraycopy(stack, from, args, 1, n);
        Object f = bm.func();
        if (f instanceof BuiltinFunction b) return b.call(args, null);
        return Ops.call(f, args, null);
    }

    /** Fast path for CALL: positional arguments straight from the caller's stack. */
    private static Object callFromStack(PyFunction fn, Object[] stack, int from, int n) {
        Frame fr = positionalFrame(fn, null, stack, from, n);
        if (fr != null) return start(fr);
        Object[] args = new Object[n];
        System.arraycopy(stack, from, args, 0, n);
        return callFunction(fn, args, null);
    }

    /**
     * The frame of a call with {@code self} (null: none) and n positional arguments from a stack, the
     * missing ones from the defaults; null when a rule of {@link #bind} applies (too many or too few,
     * keyword-only parameters, *args, **kwargs), which then binds them and raises its errors.
     */
    private static Frame positionalFrame(PyFunction fn, Object self, Object[] stack, int from, int n) {
        CodeObject co = fn.code;
        int given = self == null ? n : n + 1;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        if (given > co.argcount || given < co.argcount - ndef || co.kwonlycount != 0
                || (co.flags & (CodeObject.VARARGS | CodeObject.VARKW)) != 0) {
            return null;
        }
        Frame fr = newFrame(fn);
        Object[] s = fr.s;
        if (self != null) s[0] = self;
        System.arraycopy(stack, from, s, given - n, n);
        for (int i = given; i < co.argcount; i++) s[i] = fn.defaults[i - (co.argcount - ndef)];
        initCells(fr);
        return fr;
    }

    private static Object start(Frame fr) {
        if (!fr.code.isGenerator()) return execute(fr);
        return fr.code.isAsyncGenerator() ? AsyncGenerator.of(new PyGenerator(fr)) : new PyGenerator(fr);
    }

    /** Binds arguments to parameters (Python's rules) and runs the function. */
    public static Object callFunction(PyFunction fn, Object[] args, String[] kwnames) {
        return start(bind(fn, args, kwnames));
    }

    private static Frame bind(PyFunction fn, Object[] args, String[] kwnames) {
        CodeObject co = fn.code;
        Frame fr = newFrame(fn);
        Object[] s = fr.s;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argc = co.argcount;
        boolean varargs = (co.flags & CodeObject.VARARGS) != 0;
        boolean varkw = (co.flags & CodeObject.VARKW) != 0;
        int nparams = argc + co.kwonlycount;
        if (npos > argc && !varargs) {
            throw Errors.typeError(fn.name + "() takes " + argc + " positional argument" + (argc == 1 ? "" : "s") + " but " + npos + (npos == 1 ? " was" : " were") + " given");
        }
        System.arraycopy(args, 0, s, 0, Math.min(npos, argc));
        if (varargs) {
            Object[] extra = new Object[Math.max(0, npos - argc)];
            if (extra.length > 0) System.arraycopy(args, argc, extra, 0, extra.length);
            s[nparams] = new PyTuple(extra);
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            s[nparams + (varargs ? 1 : 0)] = kwdict;
        }
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            int slot = -1;
            for (int i = 0; i < nparams; i++) {
                if (co.localNames[i].equals(name)) { slot = i; break; }
            }
            if (slot < 0) {
                if (kwdict == null) throw Errors.typeError(fn.name + "() got an unexpected keyword argument '" + name + "'");
                kwdict.put(name, args[npos + k]);
                continue;
            }
            if (s[slot] != null) throw Errors.typeError(fn.name + "() got multiple values for argument '" + name + "'");
            s[slot] = args[npos + k];
        }
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        for (int i = 0; i < argc; i++) {
            if (s[i] != null) continue;
            int d = i - (argc - ndef);
            if (d >= 0) {
                s[i] = fn.defaults[d];
            } else {
                List<String> missing = new ArrayList<>();
                for (int j = i; j < argc - ndef; j++) if (s[j] == null) missing.add("'" + co.localNames[j] + "'");
                throw Errors.typeError(fn.name + "() missing " + missing.size() + " required positional argument"
                        + (missing.size() == 1 ? "" : "s") + ": " + joinNames(missing));
            }
        }
        for (int i = argc; i < nparams; i++) {
            if (s[i] != null) continue;
            Object d = fn.kwdefaults == null ? null : fn.kwdefaults.get(co.localNames[i]);
            if (d == null) throw Errors.typeError(fn.name + "() missing 1 required keyword-only argument: '" + co.localNames[i] + "'");
            s[i] = d;
        }
        initCells(fr);
        return fr;
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) return names.get(0);
        if (names.size() == 2) return names.get(0) + " and " + names.get(1);
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }

    /** Runs a module's code object in the given namespace. */
    public static Object runModule(CodeObject co, Map<String, Object> globals) {
        Frame fr = new Frame(co, null, globals);
        return execute(fr);
    }
}
