package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.HandledExceptions;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.Traceback;

/**
 * traceback: the exception being handled, or one given, formatted as an uncaught one is printed
 * ({@link Traceback#format}, chained causes and contexts first). The format_* functions give lists of
 * lines, whose concatenation is what CPython's give; print_* write to sys.stderr or file=.
 */
public final class TracebackModule {
    private TracebackModule() { }

    public static PyModule create() {
        PyModule m = new PyModule("traceback");
        m.def("format_exc", (a, k) -> {
            Object[] p = Args.parse("format_exc", a, k, 0, "limit", "chain");
            return format(HandledExceptions.current(), chain(p[1]));
        });
        m.def("print_exc", (a, k) -> {
            Object[] p = Args.parse("print_exc", a, k, 0, "limit", "file", "chain");
            write(p[1], format(HandledExceptions.current(), chain(p[2])));
            return PyNone.NONE;
        });
        m.def("format_exception", (a, k) -> {
            Object[] p = Args.parse("format_exception", a, k, 1, "exc", "value", "tb", "limit", "chain");
            return lines(format(exception(p[0], p[1]), chain(p[4])));
        });
        m.def("print_exception", (a, k) -> {
            Object[] p = Args.parse("print_exception", a, k, 1, "exc", "value", "tb", "limit", "file", "chain");
            write(p[4], format(exception(p[0], p[1]), chain(p[5])));
            return PyNone.NONE;
        });
        m.def("format_exception_only", (a, k) -> {
            Object[] p = Args.parse("format_exception_only", a, k, 1, "exc", "value");
            PyInstance e = exception(p[0], p[1]);
            return PyList.of(e == null ? "NoneType: None\n" : Traceback.headline(e) + "\n");
        });
        return m;
    }

    /** exc, or for the (type, value, tb) form its value; null for None. */
    private static PyInstance exception(Object exc, Object value) {
        Object e = value != null && !(exc instanceof PyInstance) ? value : exc;
        if (e == PyNone.NONE) return null;
        if (!Errors.isException(e)) throw Errors.typeError("Exception expected for value, " + Ops.typeName(e) + " found");
        return (PyInstance) e;
    }

    private static boolean chain(Object chain) {
        return chain == null || Ops.truthy(chain);
    }

    private static String format(PyInstance e, boolean chain) {
        if (e == null) return "NoneType: None\n";
        return Traceback.format(e, chain);
    }

    private static PyList lines(String text) {
        PyList out = new PyList();
        int from = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
            out.append(text.substring(from, i + 1));
            from = i + 1;
        }
        if (from < text.length()) out.append(text.substring(from));
        return out;
    }

    private static void write(Object file, String text) {
        Object to = file == null || file == PyNone.NONE ? Modules.importName("sys", true).dict.get("stderr") : file;
        Ops.call(Ops.getattr(to, "write"), new Object[] {text}, null);
    }
}
