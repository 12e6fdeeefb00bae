package io.gilscope.demo.vm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * exec(source, globals=None, locals=None) and eval(...): source compiled at run time
 * ({@link SourceCompiler}), or a code object from compile(). With dicts, the code's names live in them
 * (globals, and locals for its top level), read and written through. Without, it runs in the caller's
 * namespace: its module's globals, and inside a function a snapshot of the function's locals that
 * names are looked up in first, as CPython's locals() is (assigning to them does not change the
 * function's variables).
 */
final class Exec {
    private Exec() { }

    static Object run(String fname, Object[] a, String[] k, boolean expression) {
        Object[] p = Args.parse(fname, a, k, 1, "source", "globals", "locals");
        Object globals = p[1] == null ? PyNone.NONE : p[1];
        Object locals = p[2] == null ? PyNone.NONE : p[2];
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw Errors.typeError(fname + "() globals must be a dict, not " + Ops.typeName(globals));
        }
        if (locals != PyNone.NONE && !(locals instanceof PyDict)) throw Errors.notSupported(fname + "() with locals that are not a dict");
        if (globals == PyNone.NONE && locals != PyNone.NONE) throw Errors.notSupported(fname + "() with locals but no globals");
        CodeObject code = p[0] instanceof CodeObject c ? c : Interpreter.sourceCompiler.compile(source(p[0], fname), "<string>", expression);
        Object result = globals instanceof PyDict g ? inDicts(code, g, locals instanceof PyDict l ? l : g) : inCaller(code, fname);
        return expression ? result : PyNone.NONE;
    }

    /** compile(source, filename, mode): the code exec and eval take in place of source text. */
    static Object compile(Object[] a, String[] k) {
        Object[] p = Args.parse("compile", a, k, 3, "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version");
        if (p[0] instanceof CodeObject) return p[0];
        String mode = Ops.str(p[2]);
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        return Interpreter.sourceCompiler.compile(source(p[0], "compile"), FileObjects.fspath(p[1]), mode.equals("eval"));
    }

    private static String source(Object source, String fname) {
        if (source instanceof String s) return s;
        if (source instanceof PyBytes b) return new String(b.data(), java.nio.charset.StandardCharsets.UTF_8);
        throw Errors.typeError(fname + "() arg 1 must be a string, bytes or code object");
    }

    private static Object inCaller(CodeObject code, String fname) {
        Frame caller = InterpreterThread.currentFrame();
        if (caller == null) throw Errors.notSupported(fname + "() without globals outside the program's own threads");
        Frame f = new Frame(code, null, caller.globals);
        f.ns = caller.func != null ? localsOf(caller) : caller.ns != null ? caller.ns : caller.globals;
        return Interpreter.execute(f);
    }

    /** locals(): in a function a snapshot of its variables, in a class body its namespace, at module level globals(). */
    static PyDict locals() {
        Frame caller = InterpreterThread.currentFrame();
        if (caller == null) throw Errors.notSupported("locals() outside the program's own threads");
        return locals(caller);
    }

    static PyDict locals(Frame f) {
        if (f.func != null) return PyDict.copyOf(localsOf(f));
        return PyDict.live(f.ns != null ? f.ns : f.globals);
    }

    /** A function frame's variables by name: its locals, then the cells it shares with closures. */
    private static Map<String, Object> localsOf(Frame f) {
        Map<String, Object> ns = new LinkedHashMap<>();
        CodeObject co = f.code;
        for (int i = 0; i < co.localNames.length; i++) {
            Object v = f.local(i);
            if (v != null) ns.put(co.localNames[i], v);
        }
        String[] cellNames = co.cellNames;
        for (int i = 0; f.cells != null && i < f.cells.length; i++) {
            Object v = f.cells[i].value;
            String name = i < cellNames.length ? cellNames[i] : co.freeNames[i - cellNames.length];
            if (v != null) ns.put(name, v);
        }
        return ns;
    }

    /** The code's names live in the dicts themselves: a function it defines sees later changes to globals. */
    private static Object inDicts(CodeObject code, PyDict globals, PyDict locals) {
        Frame f = new Frame(code, null, globals.asNamespace());
        f.ns = locals.asNamespace();
        return Interpreter.execute(f);
    }
}
