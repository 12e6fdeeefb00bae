package io.gilscope.demo.vm;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The builtins namespace: filled at class initialisation, and by the builtins written in Python on their first use. */
public final class Builtins {
    private Builtins() { }

    private static final ConcurrentHashMap<String, Object> MAP = new ConcurrentHashMap<>();
    /** Builtins written in Python: the module each is imported from on first use. */
    private static final Map<String, String> IN_PYTHON = Map.of("bytearray", "_bytearray");
    /** Where print() writes unless file= is given; Main installs a buffered stream. */
    public static volatile PrintStream out = System.out;
    /** The object sys.stdout starts as (which writes to {@link #out}); a program may replace it. */
    public static volatile Object stdout;
    public static volatile PrintStream err = System.err;

    /** The builtins module: this namespace itself, so builtins.print = f changes what print finds. */
    public static PyModule module() {
        return new PyModule("builtins", MAP);
    }

    public static Object get(String name) {
        Object v = MAP.get(name);
        if (v != null || !IN_PYTHON.containsKey(name)) return v;
        v = Ops.getattr(Interpreter.importer.importName(IN_PYTHON.get(name), true), name);
        MAP.putIfAbsent(name, v);
        return v;
    }

    private static void def(String name, BuiltinFunction.Body body) {
        MAP.put(name, new BuiltinFunction(name, body));
    }

    static {
        MAP.put("None", PyNone.NONE);
        MAP.put("Ellipsis", PyNone.ELLIPSIS);
        MAP.put("NotImplemented", PyNone.NOT_IMPLEMENTED);
        MAP.put("True", Boolean.TRUE);
        MAP.put("False", Boolean.FALSE);
        MAP.put("__name__", "builtins");
        MAP.putAll(Errors.ALL);
        for (PyClass t : new PyClass[]{Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT, Types.STR, Types.LIST,
                Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.PROPERTY, Types.STATICMETHOD,
                Types.CLASSMETHOD, Types.SUPER, Types.BYTES, Types.SLICE, Types.COMPLEX}) {
            MAP.put(t.name, t);
        }
        constructors();
        Methods.install();
        Complexes.install();
        Classes.install();
        Values.install();

        def("print", Builtins::print);
        def("len", (a, k) -> { Args.noKeywords("len", k); Args.count("len", a, 1, 1); return Ops.len(a[0]); });
        def("repr", (a, k) -> { Args.count("repr", a, 1, 1); return Ops.repr(a[0]); });
        def("abs", (a, k) -> {
            Args.count("abs", a, 1, 1);
            Object x = a[0];
            if (x instanceof Double d) return Math.abs(d);
            if (x instanceof PyComplex c) return c.abs();
            if (x instanceof PyInstance i && i.cls.lookup("__abs__") != null) return Ops.call(i.cls.lookup("__abs__"), new Object[]{x}, null);
            if (!Ops.isNum(x)) throw Errors.typeError("bad operand type for abs(): '" + Ops.typeName(x) + "'");
            return Ops.order(x, 0L, 0) < 0 ? Ops.negate(x) : Ops.positive(x);
        });
        def("sum", Builtins::sum);
        def("min", (a, k) -> minmax("min", a, k, -1));
        def("max", (a, k) -> minmax("max", a, k, 1));
        def("isinstance", (a, k) -> { Args.count("isinstance", a, 2, 2); return Ops.isInstance(a[0], a[1]); });
        def("issubclass", (a, k) -> {
            Args.count("issubclass", a, 2, 2);
            if (!(a[0] instanceof PyClass c)) throw Errors.typeError("issubclass() arg 1 must be a class");
            if (a[1] instanceof PyTuple t) {
                for (Object o : t.items) if (Ops.isSubclass(c, (PyClass) o)) return true;
                return false;
            }
            return Ops.isSubclass(c, (PyClass) a[1]);
        });
        def("sorted", (a, k) -> {
            Object[] p = Args.parse("sorted", a, k, 1, "iterable", "key", "reverse");
            PyList l = new PyList(Ops.iterToList(p[0]));
            sortList(l, p[1], p[2] != null && Ops.truthy(p[2]));
            return l;
        });
        def("reversed", (a, k) -> {
            Args.count("reversed", a, 1, 1);
            if (a[0] instanceof PyRange r) return new PyRange(r.start + (r.length() - 1) * r.step, r.start - r.step, -r.step).iterator();
            List<Object> items = new ArrayList<>(Ops.iterToList(a[0] instanceof PyDict d ? new PyList(d.keys()) : a[0]));
            Collections.reverse(items);
            return Ops.arrayIter(items.toArray());
        });
        def("any", (a, k) -> {
            PyIter it = Ops.iter(a[0]);
            for (Object o = it.next(); o != null; o = it.next()) if (Ops.truthy(o)) return true;
            return false;
        });
        def("all", (a, k) -> {
            PyIter it = Ops.iter(a[0]);
            for (Object o = it.next(); o != null; o = it.next()) if (!Ops.truthy(o)) return false;
            return true;
        });
        def("iter", (a, k) -> {
            Args.count("iter", a, 1, 2);
            if (a.length == 1) return Ops.iter(a[0]);
            Object fn = a[0], sentinel = a[1];
            if (!Ops.callable(fn)) throw Errors.typeError("iter(v, w): v must be callable");
            return new PyIter() {   // calls fn until it returns sentinel
                private boolean done;

                @Override
                public Object next() {
                    if (done) return null;
                    Object v = Ops.call(fn, new Object[0], null);
                    if (Ops.eq(v, sentinel)) {
                        done = true;
                        return null;
                    }
                    return v;
                }
            };
        });
        def("ascii", (a, k) -> { Args.count("ascii", a, 1, 1); return Ops.asciiEscape(Ops.repr(a[0])); });
        def("next", (a, k) -> {
            Args.count("next", a, 1, 2);
            if (!(a[0] instanceof PyIter it)) return nextOfObject(a);
            Object v = it.next();
            if (v != null) return v;
            if (a.length > 1) return a[1];
            throw new PyException(Errors.instance(Errors.STOP_ITERATION));
        });
        def("enumerate", (a, k) -> {
            Object[] p = Args.parse("enumerate", a, k, 1, "iterable", "start");
            PyIter it = Ops.iter(p[0]);
            Object start = Args.or(p[1], 0L);
            return new PyIter() {
                Object i = start;

                @Override
                public Object next() {
                    Object v = it.next();
                    if (v == null) return null;
                    Object r = PyTuple.of(i, v);
                    i = Ops.binary(Op.ADD, i, 1L);
                    return r;
                }
            };
        });
        def("zip", (a, k) -> {
            Object[] pos = Args.positional(a, k);
            PyIter[] its = new PyIter[pos.length];
            for (int i = 0; i < pos.length; i++) its[i] = Ops.iter(pos[i]);
            return (PyIter) () -> {
                if (its.length == 0) return null;
                Object[] row = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    row[i] = its[i].next();
                    if (row[i] == null) return null;
                }
                return new PyTuple(row);
            };
        });
        def("map", (a, k) -> {
            Args.count("map", a, 2, 99);
            Object fn = a[0];
            PyIter[] its = new PyIter[a.length - 1];
            for (int i = 1; i < a.length; i++) its[i - 1] = Ops.iter(a[i]);
            return (PyIter) () -> {
                Object[] row = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    row[i] = its[i].next();
                    if (row[i] == null) return null;
                }
                return Ops.call(fn, row, null);
            };
        });
        def("filter", (a, k) -> {
            Args.count("filter", a, 2, 2);
            Object fn = a[0];
            PyIter it = Ops.iter(a[1]);
            return (PyIter) () -> {
                for (Object v = it.next(); v != null; v = it.next()) {
                    if (fn == PyNone.NONE ? Ops.truthy(v) : Ops.truthy(Ops.call(fn, new Object[]{v}, null))) return v;
                }
                return null;
            };
        });
        def("hasattr", (a, k) -> {
            Args.count("hasattr", a, 2, 2);
            try {
                return Ops.getattrOrNull(a[0], (String) a[1]) != null;
            } catch (PyException e) {
                if (e.value.cls.isSubclassOf(Errors.ATTRIBUTE_ERROR)) return false;
                throw e;
            }
        });
        def("getattr", (a, k) -> {
            Args.count("getattr", a, 2, 3);
            if (!(a[1] instanceof String n)) throw Errors.typeError("attribute name must be string");
            if (a.length == 3) {
                try {
                    Object v = Ops.getattrOrNull(a[0], n);
                    return v == null ? a[2] : v;
                } catch (PyException e) {
                    if (e.value.cls.isSubclassOf(Errors.ATTRIBUTE_ERROR)) return a[2];
                    throw e;
                }
            }
            return Ops.getattr(a[0], n);
        });
        def("setattr", (a, k) -> { Args.count("setattr", a, 3, 3); Ops.setattr(a[0], (String) a[1], a[2]); return PyNone.NONE; });
        def("delattr", (a, k) -> { Args.count("delattr", a, 2, 2); Ops.delattr(a[0], (String) a[1]); return PyNone.NONE; });
        def("callable", (a, k) -> Ops.callable(a[0]));
        def("hash", (a, k) -> Ops.hash(a[0]));
        def("id", (a, k) -> (long) System.identityHashCode(a[0]));
        def("chr", (a, k) -> {
            int c = Ops.toInt(a[0]);
            if (c < 0 || c > 0x10ffff) throw Errors.valueError("chr() arg not in range(0x110000)");
            return new String(Character.toChars(c));
        });
        def("ord", (a, k) -> {
            if (!(a[0] instanceof String s) || s.codePointCount(0, s.length()) != 1) throw Errors.typeError("ord() expected a character");
            return (long) s.codePointAt(0);
        });
        def("hex", (a, k) -> Format.format(a[0], "#x"));
        def("bin", (a, k) -> Format.format(a[0], "#b"));
        def("oct", (a, k) -> Format.format(a[0], "#o"));
        def("format", (a, k) -> { Args.count("format", a, 1, 2); return Format.format(a[0], a.length > 1 ? (String) a[1] : ""); });
        def("round", Builtins::round);
        def("divmod", (a, k) -> {
            Args.count("divmod", a, 2, 2);
            return PyTuple.of(Ops.binary(Op.FLOORDIV, a[0], a[1]), Ops.binary(Op.MOD, a[0], a[1]));
        });
        def("pow", (a, k) -> {
            Args.count("pow", a, 2, 3);
            if (a.length == 3 && a[2] != PyNone.NONE) {
                BigInteger m = Ops.big(a[2]);
                if (m.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
                BigInteger r = Ops.big(a[0]).modPow(Ops.big(a[1]), m.abs());
                if (m.signum() < 0 && r.signum() != 0) r = r.add(m);
                return Ops.norm(r);
            }
            return Ops.binary(Op.POW, a[0], a[1]);
        });
        def("globals", (a, k) -> {
            Frame caller = InterpreterThread.currentFrame();
            if (caller == null) throw Errors.notSupported("globals() outside the program's own threads");
            return PyDict.live(caller.globals);
        });
        def("locals", (a, k) -> Exec.locals());
        def("vars", (a, k) -> {
            if (a.length == 1 && a[0] instanceof PyInstance i) return PyDict.live(i.attrs);
            if (a.length == 1 && a[0] instanceof PyModule m) return PyDict.live(m.dict);
            if (a.length == 1 && a[0] instanceof PyClass c) return PyDict.copyOf(c.dict);
            if (a.length == 1) throw Errors.typeError("vars() argument must have __dict__ attribute");
            throw Errors.notSupported("vars() without an argument");
        });
        def("dir", (a, k) -> {
            List<Object> names = new ArrayList<>();
            if (a.length == 0) names.addAll(Exec.locals().keys());   // the caller's names
            else if (a[0] instanceof PyModule m) names.addAll(m.dict.keySet());
            else if (a.length == 1 && a[0] instanceof PyInstance i) { names.addAll(i.attrs.keySet()); for (PyClass c : i.cls.mro) names.addAll(c.dict.keySet()); }
            else if (a.length == 1) for (PyClass c : Types.of(a[0]).mro) names.addAll(c.dict.keySet());
            PyList l = new PyList(new TreeSet<>(names.stream().map(Object::toString).toList()));
            return l;
        });
        def("open", FileObjects::open);
        def("input", (a, k) -> Stdin.input(a.length > 0 ? a[0] : null));
        def("exec", (a, k) -> Exec.run("exec", a, k, false));
        def("eval", (a, k) -> Exec.run("eval", a, k, true));
        def("compile", Exec::compile);
        def("__import__", (a, k) -> Interpreter.importer.importName((String) a[0], false));
        BuiltinFunction.Body exit = (a, k) -> {
            throw Errors.systemExit(a);
        };
        def("exit", exit);
        def("quit", exit);
    }

    private static void constructors() {
        Types.OBJECT.constructor = (a, k) -> new PyInstance(Types.OBJECT);
        Types.TYPE.constructor = (a, k) -> Classes.call(Types.TYPE, a);
        Types.INT.constructor = (a, k) -> {
            Object[] p = Args.parse("int", a, k, 0, "x", "base");
            if (p[0] == null) return 0L;
            return toInt(p[0], p[1]);
        };
        Types.BOOL.constructor = (a, k) -> a.length > 0 && Ops.truthy(a[0]);
        Types.FLOAT.constructor = (a, k) -> {
            if (a.length == 0) return 0.0;
            Object x = a[0];
            if (x instanceof String s) {
                String t = s.strip().toLowerCase().replace("_", "");
                switch (t) {
                    case "inf", "+inf", "infinity", "+infinity" -> { return Double.POSITIVE_INFINITY; }
                    case "-inf", "-infinity" -> { return Double.NEGATIVE_INFINITY; }
                    case "nan", "+nan", "-nan" -> { return Double.NaN; }
                    default -> { }
                }
                try {
                    if (t.isEmpty() || t.endsWith("d") || t.endsWith("f") || t.startsWith("0x")) throw new NumberFormatException();
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw Errors.valueError("could not convert string to float: " + Ops.repr(s));
                }
            }
            if (x instanceof PyInstance i && i.cls.lookup("__float__") != null) return Ops.call(i.cls.lookup("__float__"), new Object[]{x}, null);
            return Ops.toDouble(x);
        };
        Types.COMPLEX.constructor = (a, k) -> Complexes.construct(Args.parse("complex", a, k, 0, "real", "imag"));
        Types.STR.constructor = (a, k) -> {
            Object[] p = Args.parse("str", a, k, 0, "object", "encoding", "errors");
            if (p[0] == null) return "";
            if (p[1] == null && p[2] == null) return Ops.str(p[0]);
            if (!(p[0] instanceof PyBytes b)) throw Errors.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(p[0]) + " found");
            return Codecs.decode(b.data(), p[1], p[2]);
        };
        Types.LIST.constructor = (a, k) -> a.length == 0 ? new PyList() : new PyList(Ops.iterToList(a[0]));
        Types.TUPLE.constructor = (a, k) -> a.length == 0 ? PyTuple.EMPTY : a[0] instanceof PyTuple t ? t : new PyTuple(Ops.iterToList(a[0]).toArray());
        Types.SET.constructor = (a, k) -> {
            PySet s = new PySet();
            if (a.length > 0) s.addAll(a[0]);
            return s;
        };
        Types.FROZENSET.constructor = (a, k) -> {
            PySet s = new PySet(true);
            if (a.length > 0) s.addAll(a[0]);
            return s;
        };
        Types.DICT.constructor = (a, k) -> {
            PyDict d = new PyDict();
            Object[] pos = Args.positional(a, k);
            if (pos.length > 0) Methods.dictUpdate(d, pos[0]);
            int nkw = k == null ? 0 : k.length;
            for (int i = 0; i < nkw; i++) d.put(k[i], a[pos.length + i]);
            return d;
        };
        Types.RANGE.constructor = (a, k) -> {
            Args.noKeywords("range", k);
            Args.count("range", a, 1, 3);
            if (a.length == 1) return new PyRange(0, Ops.toLong(a[0]), 1);
            long step = a.length == 3 ? Ops.toLong(a[2]) : 1;
            if (step == 0) throw Errors.valueError("range() arg 3 must not be zero");
            return new PyRange(Ops.toLong(a[0]), Ops.toLong(a[1]), step);
        };
        Types.PROPERTY.constructor = (a, k) -> {
            Object[] p = Args.parse("property", a, k, 0, "fget", "fset", "fdel", "doc");
            PyDescriptors.Property prop = new PyDescriptors.Property(p[0] == null ? PyNone.NONE : p[0]);
            if (p[1] != null && p[1] != PyNone.NONE) prop.fset = p[1];
            if (p[2] != null && p[2] != PyNone.NONE) prop.fdel = p[2];
            Object doc = p[3] != null && p[3] != PyNone.NONE ? p[3] : p[0] == null ? null : Ops.getattrOrNull(p[0], "__doc__");
            if (doc != null) prop.doc = doc;
            return prop;
        };
        Types.PROPERTY.def("setter", (a, k) -> {
            ((PyDescriptors.Property) a[0]).fset = a[1];
            return a[0];
        });
        Types.PROPERTY.def("deleter", (a, k) -> {
            ((PyDescriptors.Property) a[0]).fdel = a[1];
            return a[0];
        });
        Types.STATICMETHOD.constructor = (a, k) -> new PyDescriptors.StaticMethod(a[0]);
        Types.CLASSMETHOD.constructor = (a, k) -> new PyDescriptors.ClassMethod(a[0]);
        Types.SUPER.constructor = (a, k) -> {
            if (a.length != 2) throw Errors.runtimeError("super(): no arguments");
            return new PyDescriptors.Super((PyClass) a[0], a[1]);
        };
        Types.SLICE.constructor = (a, k) -> a.length == 1 ? new PySlice(PyNone.NONE, a[0], PyNone.NONE)
                : new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
        Types.BYTES.constructor = (a, k) -> {
            if (a.length == 0) return new PyBytes(new byte[0]);
            if (a[0] instanceof String s) {
                if (a.length < 2) throw Errors.typeError("string argument without an encoding");
                return new PyBytes(Codecs.encode(s, a[1], a.length > 2 ? a[2] : null));
            }
            if (a[0] instanceof Long n) return new PyBytes(new byte[(int) (long) n]);
            Object conv = a[0] instanceof PyInstance i ? i.cls.lookup("__bytes__") : null;
            if (conv != null) {
                Object b = Ops.call(conv, new Object[] {a[0]}, null);
                if (!(b instanceof PyBytes)) throw Errors.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(b) + ")");
                return b;
            }
            return new PyBytes(PyBytes.fromInts(a[0]));
        };
    }

    public static Object toInt(Object x, Object base) {
        if (x instanceof PyBytes b) x = new String(b.data(), StandardCharsets.ISO_8859_1);   // int(b"42\n"), as CPython
        if (x instanceof String s) {
            int b = base == null ? 10 : Ops.toInt(base);
            String t = s.strip().replace("_", "");
            String digits = t;
            boolean neg = false;
            if (digits.startsWith("-") || digits.startsWith("+")) { neg = digits.startsWith("-"); digits = digits.substring(1); }
            String low = digits.toLowerCase();
            if ((b == 16 || b == 0) && low.startsWith("0x")) { digits = digits.substring(2); b = 16; }
            else if ((b == 8 || b == 0) && low.startsWith("0o")) { digits = digits.substring(2); b = 8; }
            else if ((b == 2 || b == 0) && low.startsWith("0b")) { digits = digits.substring(2); b = 2; }
            if (b == 0) b = 10;
            try {
                if (digits.isEmpty() || s.strip().startsWith("_") || s.strip().endsWith("_")) throw new NumberFormatException();
                BigInteger v = new BigInteger(digits, b);
                return Ops.norm(neg ? v.negate() : v);
            } catch (NumberFormatException e) {
                throw Errors.valueError("invalid literal for int() with base " + (base == null ? 10 : Ops.toInt(base)) + ": " + Ops.repr(s));
            }
        }
        if (base != null) throw Errors.typeError("int() can't convert non-string with explicit base");
        if (x instanceof Long || x instanceof BigInteger) return x;
        if (x instanceof Boolean b) return b ? 1L : 0L;
        if (x instanceof Double d) {
            if (d.isNaN()) throw Errors.valueError("cannot convert float NaN to integer");
            if (d.isInfinite()) throw Errors.overflow("cannot convert float infinity to integer");
            if (Math.abs(d) < 9e18) return (long) (double) d;
            return Ops.norm(new BigDecimal(d).toBigInteger());
        }
        if (x instanceof PyInstance i && i.cls.lookup("__int__") != null) return Ops.call(i.cls.lookup("__int__"), new Object[]{x}, null);
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + Ops.typeName(x) + "'");
    }

    private static Object print(Object[] a, String[] k) {
        Object[] pos = Args.positional(a, k);
        Object sep = Args.keyword(a, k, "sep");
        Object end = Args.keyword(a, k, "end");
        Object file = Args.keyword(a, k, "file");
        Object flush = Args.keyword(a, k, "flush");
        String sepS = sep == null || sep == PyNone.NONE ? " " : (String) sep;
        String endS = end == null || end == PyNone.NONE ? "\n" : (String) end;
        Object target = file != null && file != PyNone.NONE ? file : replacedStdout();
        if (target != null) {   // file=, or a sys.stdout the program replaced (contextlib.redirect_stdout): one write per piece, as CPython
            Object write = Ops.getattr(target, "write");
            for (int i = 0; i < pos.length; i++) {
                if (i > 0) Ops.call(write, new Object[]{sepS}, null);
                Ops.call(write, new Object[]{Ops.str(pos[i])}, null);
            }
            Ops.call(write, new Object[]{endS}, null);
            if (flush != null && Ops.truthy(flush)) Ops.call(Ops.getattr(target, "flush"), new Object[0], null);
            return PyNone.NONE;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pos.length; i++) {
            if (i > 0) b.append(sepS);
            b.append(Ops.str(pos[i]));
        }
        b.append(endS);
        PrintStream o = out;
        o.print(b);
        if (flush != null && Ops.truthy(flush)) o.flush();
        return PyNone.NONE;
    }

    /** The program's sys.stdout when it has replaced the one it started with, else null. */
    private static Object replacedStdout() {
        Importer importer = Interpreter.importer;
        if (importer == null || stdout == null) return null;
        Object s = importer.importName("sys", true).dict.get("stdout");
        return s == null || s == stdout ? null : s;
    }

    /** next(obj[, default]) of an object whose class defines __next__. */
    private static Object nextOfObject(Object[] a) {
        Object method = a[0] instanceof PyInstance i ? i.cls.lookup("__next__") : null;
        if (method == null) throw Errors.typeError("'" + Ops.typeName(a[0]) + "' object is not an iterator");
        try {
            return Ops.call(method, new Object[] {a[0]}, null);
        } catch (PyException e) {
            if (a.length > 1 && Ops.isInstance(e.value, Errors.STOP_ITERATION)) return a[1];
            throw e;
        }
    }

    private static Object sum(Object[] a, String[] k) {
        Object[] p = Args.parse("sum", a, k, 1, "iterable", "start");
        Object acc = Args.or(p[1], 0L);
        if (acc instanceof String) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        PyIter it = Ops.iter(p[0]);
        if (acc instanceof Long l0) {
            long acc0 = l0;
            for (Object v = it.next(); v != null; v = it.next()) {
                if (v instanceof Long x) {
                    long r = acc0 + x;
                    if (((acc0 ^ r) & (x ^ r)) < 0) return sumSlow(Ops.binary(Op.ADD, acc0, x), it);
                    acc0 = r;
                } else {
                    return sumSlow(Ops.binary(Op.ADD, acc0, v), it);
                }
            }
            return acc0;
        }
        return sumSlow(acc, it);
    }

    private static Object sumSlow(Object acc, PyIter it) {
        for (Object v = it.next(); v != null; v = it.next()) acc = Ops.binary(Op.ADD, acc, v);
        return acc;
    }

    private static Object minmax(String name, Object[] a, String[] k, int sign) {
        Object[] pos = Args.positional(a, k);
        Object key = Args.keyword(a, k, "key");
        Object dflt = Args.keyword(a, k, "default");
        if (key == PyNone.NONE) key = null;
        List<Object> items = pos.length == 1 ? Ops.iterToList(pos[0]) : List.of(pos);
        if (pos.length == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        if (items.isEmpty()) {
            if (dflt != null) return dflt;
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        Object best = items.get(0);
        Object bestKey = key == null ? best : Ops.call(key, new Object[]{best}, null);
        for (int i = 1; i < items.size(); i++) {
            Object v = items.get(i);
            Object kv = key == null ? v : Ops.call(key, new Object[]{v}, null);
            if (Ops.truthy(Ops.compare(sign > 0 ? Op.GT : Op.LT, kv, bestKey))) {
                best = v;
                bestKey = kv;
            }
        }
        return best;
    }

    private static Object round(Object[] a, String[] k) {
        Object[] p = Args.parse("round", a, k, 1, "number", "ndigits");
        Object x = p[0];
        Object nd = p[1] == PyNone.NONE ? null : p[1];
        if (x instanceof PyInstance i && i.cls.lookup("__round__") != null) {
            return Ops.call(i.cls.lookup("__round__"), nd == null ? new Object[]{x} : new Object[]{x, nd}, null);
        }
        if (x instanceof Double d) {
            if (nd == null) {
                if (d.isNaN() || d.isInfinite()) throw Errors.valueError("cannot convert float to integer");
                return toInt(Math.rint(d), null);
            }
            if (d.isNaN() || d.isInfinite()) return d;
            return new BigDecimal(d).setScale(Ops.toInt(nd), RoundingMode.HALF_EVEN).doubleValue();
        }
        if (nd == null || Ops.toLong(nd) >= 0) return Ops.isInt(x) ? Ops.positive(x) : x;
        BigInteger m = BigInteger.TEN.pow((int) -Ops.toLong(nd));
        return Ops.norm(new BigDecimal(Ops.big(x)).divide(new BigDecimal(m)).setScale(0, RoundingMode.HALF_EVEN).toBigInteger().multiply(m));
    }

    /** list.sort / sorted: stable (TimSort), with optional key and reverse, using Python's < ordering. */
    public static void sortList(PyList l, Object key, boolean reverse) {
        if (key == PyNone.NONE) key = null;
        Object[] items = l.toArray();
        if (key == null && allLongs(items)) {
            Comparator<Object> byValue = (x, y) -> Long.compare((Long) x, (Long) y);
            Arrays.sort(items, reverse ? byValue.reversed() : byValue);   // TimSort: O(n) on runs
            l.setAll(Arrays.asList(items));
            return;
        }
        Object[][] pairs = new Object[items.length][];
        for (int i = 0; i < items.length; i++) {
            pairs[i] = new Object[]{key == null ? items[i] : Ops.call(key, new Object[]{items[i]}, null), items[i]};
        }
        Comparator<Object[]> cmp = (x, y) -> sortCompare(x[0], y[0]);
        try {
            // reverse keeps equal items in their original order, like CPython
            Arrays.sort(pairs, reverse ? (x, y) -> cmp.compare(y, x) : cmp);
        } catch (IllegalArgumentException e) {
            // inconsistent comparisons (e.g. NaN): keep the partial order, CPython does not fail either
        }
        List<Object> sorted = new ArrayList<>(items.length);
        for (Object[] p : pairs) sorted.add(p[1]);
        l.setAll(sorted);
    }

    private static boolean allLongs(Object[] items) {
        for (Object o : items) if (!(o instanceof Long)) return false;
        return true;
    }

    private static int sortCompare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (a instanceof String x && b instanceof String y) return x.compareTo(y);
        if (Ops.truthy(Ops.compare(Op.LT, a, b))) return -1;
        if (Ops.truthy(Ops.compare(Op.LT, b, a))) return 1;
        return 0;
    }
}
