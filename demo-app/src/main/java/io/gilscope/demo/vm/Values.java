package io.gilscope.demo.vm;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Instances of Python subclasses of the builtin value types (class Stack(list), class Celsius(float)):
 * a PyInstance whose {@link PyInstance#nativeState} holds the builtin value (the "backing" value). Made by
 * {@link #construct}: mutable types start empty and their __init__ fills them, immutable ones take their
 * value at creation (or in a Python __new__ through super().__new__). The builtin type's methods bind to
 * the backing value ({@link Ops} bind), and its operators are delegating dunders ({@link #install}) that
 * the VM's paths for instances find on the class, so a subclass overrides any of them in Python.
 */
final class Values {
    private Values() { }

    private static final Set<PyClass> VALUE_TYPES = Set.of(Types.LIST, Types.DICT, Types.SET, Types.FROZENSET, Types.STR,
            Types.INT, Types.FLOAT, Types.TUPLE, Types.BYTES, Types.COMPLEX);
    private static final Set<PyClass> MUTABLE = Set.of(Types.LIST, Types.DICT, Types.SET);
    private static final Set<PyClass> CONTAINERS = Set.of(Types.LIST, Types.DICT, Types.SET, Types.FROZENSET, Types.STR, Types.TUPLE, Types.BYTES);
    private static final Set<PyClass> NUMBERS = Set.of(Types.INT, Types.FLOAT, Types.COMPLEX);

    static boolean isValueType(PyClass c) { return VALUE_TYPES.contains(c); }

    /** The builtin value behind an instance of a subclass of a builtin type; anything else as it is. */
    static Object unwrap(Object o) {
        return o instanceof PyInstance i && i.cls.valueType != null && i.nativeState != null ? i.nativeState : o;
    }

    /** Whether o is an instance of such a subclass (its backing value is set). */
    static boolean isValueInstance(Object o) {
        return o instanceof PyInstance i && i.cls.valueType != null && i.nativeState != null;
    }

    /** cls(*args): a Python __new__ if the subclass has one, else the builtin's value; then __init__. */
    static Object construct(PyClass cls, Object[] args, String[] kwnames) {
        PyClass type = cls.valueType;
        boolean mutable = MUTABLE.contains(type);
        Object pyNew = cls.pythonNew();   // one below the builtin type: the type's own __new__ is not Python
        PyInstance inst;
        if (pyNew != null) {
            Object r = Ops.call(pyNew, Args.prepend(cls, args), kwnames);
            if (!(r instanceof PyInstance ri) || !ri.cls.isSubclassOf(cls)) return r;
            inst = ri;
        } else {
            inst = new PyInstance(cls);
            inst.nativeState = mutable ? type.constructor.call(new Object[0], null) : type.constructor.call(args, kwnames);
        }
        Object init = cls.lookup("__init__");
        if (init instanceof PyFunction || mutable) PyClass.initialise(init, inst, args, kwnames);
        return inst;
    }

    /** Each value type's __new__ (for super().__new__(cls, ...)), __init__ for the mutable ones, and the delegating dunders. */
    static void install() {
        for (PyClass type : VALUE_TYPES) {
            type.dict.put("__new__", new PyDescriptors.StaticMethod(new BuiltinFunction("__new__", (a, k) -> {
                if (a.length == 0 || !(a[0] instanceof PyClass cls) || !cls.isSubclassOf(type)) {
                    throw Errors.typeError(type.name + ".__new__(X): X is not a subtype of " + type.name);
                }
                Object[] rest = Arrays.copyOfRange(a, 1, a.length);
                boolean mutable = MUTABLE.contains(type);
                Object value = type.constructor.call(mutable ? new Object[0] : rest, mutable ? null : k);
                if (cls == type) return value;
                PyInstance inst = new PyInstance(cls);
                inst.nativeState = value;
                return inst;
            })));
            delegates(type);
            unwrapSelf(type);
            if (MUTABLE.contains(type)) inPlace(type);
            if (type == Types.DICT) missingKeys();
        }
        Types.LIST.def("__init__", (a, k) -> {
            PyList self = (PyList) unwrap(a[0]);
            self.setAll(a.length > 1 ? Ops.iterToList(a[1]) : List.of());
            return PyNone.NONE;
        });
        Types.SET.def("__init__", (a, k) -> {
            PySet self = (PySet) unwrap(a[0]);
            self.clear();
            if (a.length > 1) for (Object o : Ops.iterToList(a[1])) self.add(o);
            return PyNone.NONE;
        });
        Types.DICT.def("__init__", (a, k) -> {
            Object update = Types.DICT.lookup("update");
            Object[] rest = Arrays.copyOf(a, a.length);
            rest[0] = unwrap(a[0]);
            return Ops.call(update, rest, k);
        });
    }

    /**
     * In place (list +=, set |=): the backing value changes, and the instance itself is the result, so
     * these see the instance (defined after {@link #unwrapSelf}).
     */
    private static void inPlace(PyClass type) {
        for (int op = 0; op < BINARY.length; op++) {
            int o = op;
            define(type, "__i" + BINARY[op][0].substring(2), (a, k) -> {
                Object self = unwrap(a[0]);
                Object r = Ops.inplace(o, self, unwrap(a[1]));
                return r == self ? a[0] : r;
            });
        }
    }

    /**
     * dict's __getitem__: a subclass's __missing__ answers for a missing key (defaultdict, Counter). It
     * replaces the delegating one after {@link #unwrapSelf}, since it must see the instance itself.
     */
    private static void missingKeys() {
        Types.DICT.dict.put("__getitem__", new BuiltinFunction("__getitem__", (a, k) -> {
            Object v = ((PyDict) unwrap(a[0])).get(unwrap(a[1]));
            if (v != null) return v;
            Object missing = a[0] instanceof PyInstance i ? i.cls.lookup("__missing__") : null;
            if (missing == null) throw Errors.keyError(a[1]);
            return Ops.call(missing, new Object[] {a[0], a[1]}, null);
        }));
    }

    /** The type's own methods take a subclass's instance as self by its backing value. */
    private static void unwrapSelf(PyClass type) {
        for (Map.Entry<String, Object> e : type.dict.entrySet()) {
            if (!(e.getValue() instanceof BuiltinFunction f)) continue;
            e.setValue(new BuiltinFunction(f.name, (a, k) -> {
                if (a.length == 0 || !isValueInstance(a[0])) return f.call(a, k);
                Object[] b = a.clone();
                b[0] = unwrap(a[0]);
                return f.call(b, k);
            }));
        }
    }

    private static final String[][] BINARY = {
            {"__add__", "__radd__"}, {"__sub__", "__rsub__"}, {"__mul__", "__rmul__"}, {"__truediv__", "__rtruediv__"},
            {"__floordiv__", "__rfloordiv__"}, {"__mod__", "__rmod__"}, {"__pow__", "__rpow__"}, {"__lshift__", "__rlshift__"},
            {"__rshift__", "__rrshift__"}, {"__and__", "__rand__"}, {"__or__", "__ror__"}, {"__xor__", "__rxor__"}};
    private static final String[] COMPARE = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] COMPARE_OPS = {Op.LT, Op.LE, Op.EQ, Op.NE, Op.GT, Op.GE};

    /** The operators of a subclass's instances, on their backing value (a type's own methods stay). */
    private static void delegates(PyClass type) {
        if (CONTAINERS.contains(type)) {
            unary(type, "__len__", Ops::len);
            unary(type, "__iter__", Ops::iter);
            binary(type, "__getitem__", Ops::getitem);
            binary(type, "__contains__", (v, x) -> Ops.contains(v, x));
        }
        if (!MUTABLE.contains(type)) unary(type, "__hash__", v -> Ops.hash(v));   // list, dict, set stay unhashable
        if (NUMBERS.contains(type)) {
            unary(type, "__neg__", Ops::negate);
            unary(type, "__pos__", Ops::positive);
            unary(type, "__abs__", v -> Ops.call(Builtins.get("abs"), new Object[] {v}, null));
            unary(type, "__int__", v -> Ops.call(Types.INT, new Object[] {v}, null));
            unary(type, "__float__", v -> Ops.toDouble(v));
            define(type, "__round__", (a, k) -> {
                Object[] b = a.clone();
                b[0] = unwrap(a[0]);
                return Ops.call(Builtins.get("round"), b, k);
            });
        }
        if (type == Types.INT) {
            unary(type, "__index__", v -> v);
            unary(type, "__invert__", Ops::invert);
        }
        unary(type, "__repr__", Ops::repr);
        // Only str has a __str__ of its own; the others' str() is repr(), so a subclass's __repr__ shows in print()
        if (type == Types.STR) unary(type, "__str__", Ops::str);
        unary(type, "__bool__", Ops::truthy);
        binary(type, "__format__", (v, spec) -> Format.format(v, Ops.str(spec)));
        for (int i = 0; i < COMPARE.length; i++) {
            int op = COMPARE_OPS[i];
            binary(type, COMPARE[i], (v, x) -> Ops.compare(op, v, x));
        }
        for (int op = 0; op < BINARY.length; op++) {
            int o = op;
            binary(type, BINARY[op][0], (v, x) -> Ops.binary(o, v, x));
            binary(type, BINARY[op][1], (v, x) -> Ops.binary(o, x, v));
        }
        if (MUTABLE.contains(type)) {
            define(type, "__setitem__", (a, k) -> {
                Ops.setitem(unwrap(a[0]), a[1], a[2]);
                return PyNone.NONE;
            });
            define(type, "__delitem__", (a, k) -> {
                Ops.delitem(unwrap(a[0]), a[1]);
                return PyNone.NONE;
            });
        }
    }

    private static void unary(PyClass type, String name, Function<Object, Object> f) {
        define(type, name, (a, k) -> f.apply(unwrap(a[0])));
    }

    private static void binary(PyClass type, String name, BiFunction<Object, Object, Object> f) {
        define(type, name, (a, k) -> f.apply(unwrap(a[0]), unwrap(a[1])));
    }

    /** Defines a dunder the type does not have already. */
    private static void define(PyClass type, String name, BuiltinFunction.Body body) {
        if (!type.dict.containsKey(name)) type.def(name, body);
    }
}
