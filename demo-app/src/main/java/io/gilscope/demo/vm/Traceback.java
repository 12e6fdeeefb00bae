package io.gilscope.demo.vm;

import java.util.List;
import java.util.Map;
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

    /** The full report for an uncaught exception, ending with a newline. */
    public static String format(PyInstance exc) {
        StringBuilder b = new StringBuilder();
        Object cause = exc.attrs.get("__cause__");
        if (cause instanceof PyInstance c && Errors.isException(c)) {
            b.append(format(c));
            b.append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
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
