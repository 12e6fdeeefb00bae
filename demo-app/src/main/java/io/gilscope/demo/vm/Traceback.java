package io.gilscope.demo.vm;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Formats Python-style tracebacks; keeps the source lines of every compiled file. */
public final class Traceback {
    private Traceback() { }

    private static final Map<String, String[]> SOURCES = new ConcurrentHashMap<>();

    public static void addSource(String filename, String source) {
        SOURCES.put(filename, source.split("\r?\n", -1));
    }

    public static String sourceLine(String filename, int line) {
        String[] lines = SOURCES.get(filename);
        if (lines == null || line < 1 || line > lines.length) return null;
        return lines[line - 1];
    }

    /**
     * The types of what {@code __traceback__} and sys._getframe give: a traceback and a frame (a
     * traceback's frames keep only names and lines, so their code is a stand-in). A running frame's f_back and
     * f_locals are made when asked for, so a warn() that asks for one frame does not copy every
     * caller's locals.
     */
    private static final PyClass TRACEBACK = new PyClass("traceback", Types.OBJECT);
    private static final PyClass FRAME = new PyClass("frame", Types.OBJECT);

    static {
        FRAME.def("__getattr__", (a, k) -> {
            if (((PyInstance) a[0]).nativeState instanceof Frame f) {
                if (a[1].equals("f_back")) return f.back == null ? PyNone.NONE : frameObject(f.back);
                if (a[1].equals("f_locals")) return Exec.locals(f);
            }
            throw Errors.attributeError("'frame' object has no attribute '" + a[1] + "'");
        });
    }

    /**
     * The full report for an uncaught exception, ending with a newline: first the exceptions it was
     * raised from or while handling, as CPython prints the chain.
     */
    public static String format(PyInstance exc) {
        return format(exc, true);
    }

    /** The report for exc, with its chain or (chain false) alone. */
    public static String format(PyInstance exc, boolean chain) {
        return chain ? format(exc, Collections.newSetFromMap(new IdentityHashMap<>())) : formatOne(exc);
    }

    private static String format(PyInstance exc, Set<PyInstance> seen) {
        seen.add(exc);
        StringBuilder b = new StringBuilder();
        Object cause = exc.attrs.get("__cause__");
        Object context = exc.attrs.get("__context__");
        if (cause instanceof PyInstance c && Errors.isException(c) && !seen.contains(c)) {
            b.append(format(c, seen));
            b.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context instanceof PyInstance c && Errors.isException(c) && !seen.contains(c)
                && !Boolean.TRUE.equals(exc.attrs.get("__suppress_context__"))) {
            b.append(format(c, seen));
            b.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        b.append(formatOne(exc));
        return b.toString();
    }

    /** One exception's traceback and headline. */
    private static String formatOne(PyInstance exc) {
        StringBuilder b = new StringBuilder();
        List<PyInstance.TraceEntry> entries = exc.tracebackCopy();
        if (!entries.isEmpty()) b.append("Traceback (most recent call last):\n");
        PyInstance.TraceEntry last = null;
        int repeat = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            PyInstance.TraceEntry e = entries.get(i);
            if (e.equals(last)) {
                repeat++;
                if (repeat >= 3) continue;
            } else {
                flushRepeat(b, repeat);
                repeat = 0;
            }
            last = e;
            b.append("  File \"").append(e.file()).append("\", line ").append(e.line()).append(", in ").append(e.function()).append('\n');
            String src = sourceLine(e.file(), e.line());
            if (src != null && !src.isBlank()) b.append("    ").append(src.strip()).append('\n');
        }
        flushRepeat(b, repeat);
        b.append(headline(exc)).append('\n');
        return b.toString();
    }

    /** sys._getframe(depth): the frame depth calls out from the caller's. */
    public static PyInstance callerFrame(long depth) {
        Frame f = InterpreterThread.currentFrame();
        for (; depth > 0 && f != null; depth--) f = f.back;
        if (f == null) throw Errors.valueError("call stack is not deep enough");
        return frameObject(f);
    }

    /** A running frame as an object: its code object, f_lineno and f_globals, and f_back and f_locals on demand. */
    private static PyInstance frameObject(Frame f) {
        PyInstance frame = frame(f.code, f.code.lineAt(f.pc));
        frame.attrs.put("f_globals", PyDict.live(f.globals));
        frame.nativeState = f;
        return frame;
    }

    private static PyInstance frame(Object code, int line) {
        PyInstance frame = new PyInstance(FRAME);
        frame.attrs.put("f_code", code);
        frame.attrs.put("f_lineno", (long) line);
        return frame;
    }

    /** exc.__traceback__: the outermost entry first, each tb_next one call deeper; None before it is raised. */
    static Object object(PyInstance exc) {
        List<PyInstance.TraceEntry> entries = exc.tracebackCopy();
        Object next = PyNone.NONE;
        for (PyInstance.TraceEntry e : entries) {   // innermost first
            PyInstance code = new PyInstance(Types.CODE);   // a stand-in: the entry keeps only the names
            code.attrs.put("co_name", e.function());
            code.attrs.put("co_filename", e.file());
            PyInstance tb = new PyInstance(TRACEBACK);
            tb.attrs.put("tb_frame", frame(code, e.line()));
            tb.attrs.put("tb_lineno", (long) e.line());
            tb.attrs.put("tb_next", next);
            next = tb;
        }
        return next;
    }

    private static void flushRepeat(StringBuilder b, int repeat) {
        if (repeat >= 3) b.append("  [Previous line repeated ").append(repeat - 2).append(" more time").append(repeat - 2 == 1 ? "" : "s").append("]\n");
    }

    /** "ValueError: message" (module-qualified for classes defined outside builtins). */
    public static String headline(PyInstance exc) {
        String name = exc.cls.module.equals("builtins") ? exc.cls.name : exc.cls.module + "." + exc.cls.name;
        String msg;
        try {
            msg = Ops.str(exc);
        } catch (RuntimeException e) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
