package io.gilscope.demo.vm;

import java.util.Map;

/**
 * One activation. Locals and the operand stack share {@link #s}: slots [0, nlocals) are locals, the
 * stack grows above. A local whose slot holds {@link #INT} has its value unboxed in {@link #p}
 * (written only by the int superinstructions, so hot counting loops allocate nothing).
 */
public final class Frame {
    /** Tag: the local's value is the long in p[i]. */
    public static final Object INT = new Object() {
        @Override
        public String toString() { return "<unboxed int>"; }
    };
    private static final long[] NO_LONGS = new long[0];

    public final CodeObject code;
    public final PyFunction func;
    public final Map<String, Object> globals;
    /** Class-body namespace (LOAD_NAME/STORE_NAME); null otherwise. */
    public Map<String, Object> ns;
    public final Object[] s;
    public final long[] p;
    public final Cell[] cells;
    public int pc;
    public int sp;
    /** The calling frame while this one runs on an {@link InterpreterThread} (see {@link Locations}). */
    Frame back;
    /** The exception this frame's except block is handling, or null (see {@link HandledExceptions}). */
    PyInstance handling;
    public boolean done;

    public Frame(CodeObject code, PyFunction func, Map<String, Object> globals) {
        this.code = code;
        this.func = func;
        this.globals = globals;
        this.s = new Object[code.nlocals + code.stackSize];
        this.p = (code.flags & CodeObject.UNBOXES_INTS) == 0 ? NO_LONGS : new long[code.nlocals];
        this.sp = code.nlocals;
        int ncells = code.cellNames.length + code.freeNames.length;
        this.cells = ncells == 0 ? null : new Cell[ncells];
    }

    /** The boxed value of local i (null when unbound). */
    public Object local(int i) {
        Object v = s[i];
        return v == INT ? (Object) p[i] : v;
    }
}
