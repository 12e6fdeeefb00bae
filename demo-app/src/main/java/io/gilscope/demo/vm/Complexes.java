package io.gilscope.demo.vm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** complex(): from numbers, objects with __complex__ or __float__, and strings such as "1+2j"; complex's methods. */
final class Complexes {
    private Complexes() { }

    private static final String FLOAT = "(?:(?:\\d[\\d_]*)?\\.?\\d[\\d_]*(?:e[+-]?\\d+)?|\\d[\\d_]*\\.(?:e[+-]?\\d+)?|inf(?:inity)?|nan)";
    /** real, real+imagj, imagj, with optional signs and parentheses (complex_subtype_from_string). */
    private static final Pattern TEXT = Pattern.compile("\\(?\\s*(?:([+-]?" + FLOAT + ")(?![\\dj.e])\\s*)?(?:([+-]?" + FLOAT + "?)j)?\\s*\\)?",
            Pattern.CASE_INSENSITIVE);

    static Object construct(Object[] p) {
        Object r = p[0], i = p[1];
        if (r instanceof String s) {
            if (i != null) throw Errors.typeError("complex() can't take second arg if first is a string");
            return parse(s);
        }
        if (i instanceof String) throw Errors.typeError("complex() second arg can't be a string");
        PyComplex re = r == null ? new PyComplex(0, 0) : toComplex(r, "first");
        if (i == null) return re;
        PyComplex im = toComplex(i, "second");
        // complex_new: a complex part adds its other part in; a real one is taken as it is (so complex(0, -0.0) is -0j)
        double real = isComplex(i) ? re.real() - im.imag() : re.real();
        double imag = isComplex(r) ? im.real() + re.imag() : im.real();
        return new PyComplex(real, imag);
    }

    private static boolean isComplex(Object o) {
        return o instanceof PyComplex || o instanceof PyInstance in && in.cls.lookup("__complex__") != null;
    }

    private static PyComplex toComplex(Object o, String which) {
        if (o instanceof PyInstance in) {
            Object m = in.cls.lookup("__complex__");
            if (m != null) {
                Object c = Ops.call(m, new Object[] {o}, null);
                if (!(c instanceof PyComplex pc)) throw Errors.typeError("__complex__ returned non-complex (type " + Ops.typeName(c) + ")");
                return pc;
            }
            Object f = in.cls.lookup("__float__");
            if (f != null) return new PyComplex(Ops.toDouble(Ops.call(f, new Object[] {o}, null)), 0);
        }
        PyComplex c = PyComplex.of(o);
        if (c == null) throw Errors.typeError("complex() " + which + " argument must be a string or a number, not '" + Ops.typeName(o) + "'");
        return c;
    }

    private static PyComplex parse(String s) {
        String t = s.strip();
        Matcher m = TEXT.matcher(t);
        boolean parens = t.startsWith("(") == t.endsWith(")");
        if (t.isEmpty() || !parens || !m.matches() || m.group(1) == null && m.group(2) == null) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
        double real = m.group(1) == null ? 0 : number(m.group(1));
        double imag = 0;
        if (m.group(2) != null) {
            String g = m.group(2);
            imag = g.isEmpty() || g.equals("+") ? 1 : g.equals("-") ? -1 : number(g);
        }
        return new PyComplex(real, imag);
    }

    private static double number(String s) {
        String t = s.replace("_", "").toLowerCase();
        String u = t.replaceFirst("^[+-]", "");
        double sign = t.startsWith("-") ? -1 : 1;
        if (u.startsWith("inf")) return sign * Double.POSITIVE_INFINITY;
        if (u.equals("nan")) return Double.NaN;
        return Double.parseDouble(t);
    }

    /** real, imag and conjugate(), of complex and of the real numbers (as CPython's numbers have them). */
    static void install() {
        Types.COMPLEX.defProperty("real", (a, k) -> ((PyComplex) a[0]).real());
        Types.COMPLEX.defProperty("imag", (a, k) -> ((PyComplex) a[0]).imag());
        Types.COMPLEX.def("conjugate", (a, k) -> new PyComplex(((PyComplex) a[0]).real(), -((PyComplex) a[0]).imag()));
        Types.COMPLEX.def("__complex__", (a, k) -> a[0]);
        for (PyClass t : new PyClass[] {Types.INT, Types.FLOAT}) {
            t.defProperty("real", (a, k) -> t == Types.INT ? Ops.positive(a[0]) : a[0]);
            t.defProperty("imag", (a, k) -> t == Types.INT ? (Object) 0L : (Object) 0.0);
            t.def("conjugate", (a, k) -> t == Types.INT ? Ops.positive(a[0]) : a[0]);
        }
    }
}
