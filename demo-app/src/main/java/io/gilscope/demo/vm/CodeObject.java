package io.gilscope.demo.vm;

/** One compiled function, class body or module: bytecode, constants, names and a line table. */
public final class CodeObject {
    public static final int GENERATOR = 1, CLASS_BODY = 2, MODULE = 4, VARARGS = 8, VARKW = 16, COROUTINE = 32,
            /** The code has int superinstructions, so its frames need {@link Frame#p}. */
            UNBOXES_INTS = 64,
            /** async def with yield: calling it makes an {@link AsyncGenerator}. */
            ASYNC_GENERATOR = 128;

    public final String name;
    /** The name with the classes and functions it is defined in (CPython's __qualname__: C.m, f.<locals>.g). */
    public String qualname;
    public final String filename;
    public final int firstLine;
    public int[] code;
    /** lines[pc] is the source line of the instruction starting at pc. */
    public int[] lines;
    public Object[] consts;
    public String[] names;
    public String[] localNames;
    public int nlocals;
    public int argcount;
    public int kwonlycount;
    public String[] cellNames;
    public String[] freeNames;
    /** For each cell variable, the local slot of the parameter it starts from, or -1. */
    public int[] cellFromParam;
    public int stackSize;
    public int flags;
    /** Quads (start, end, handler, stackDepth): innermost region first. */
    public int[] excTable;
    /** Set on the code of functions whose body mentions super(). */
    public boolean usesSuper;
    /** {@link AttrCache}'s entries by pc, made on first use. */
    Object[] caches;
    /** Its translation to JVM bytecode once hot, and how often its frames ran and its loops turned before ({@link Translation}). */
    CompiledCode compiled;
    int runs, loopTurns;
    /** A function's docstring (its body's first statement, a string), or null. */
    public String doc;

    public CodeObject(String name, String filename, int firstLine) {
        this.name = name;
        this.filename = filename;
        this.firstLine = firstLine;
    }

    public boolean isGenerator() { return (flags & GENERATOR) != 0; }

    public boolean isCoroutine() { return (flags & COROUTINE) != 0; }

    public boolean isAsyncGenerator() { return (flags & ASYNC_GENERATOR) != 0; }

    public int lineAt(int pc) {
        return pc >= 0 && pc < lines.length ? lines[pc] : firstLine;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLine + ">";
    }
}
