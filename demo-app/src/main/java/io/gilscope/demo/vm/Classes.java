package io.gilscope.demo.vm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Making classes: a class statement runs its body into a namespace, then the metaclass makes the class,
 * as CPython's __build_class__ does. The metaclass is the one the statement names or the base's; type
 * (no metaclass) and a metaclass without __new__ make it here ({@link #newClass}, type.__new__), which
 * calls the next __init_subclass__ in the class's order; a metaclass's __new__ (which calls type.__new__
 * through super()) and __init__ run with the namespace in the order written. The metaclass is the most
 * derived of the one named and the bases', as CPython's _PyType_CalculateMetaclass finds it.
 */
final class Classes {
    private Classes() { }

    static Object build(String name, PyFunction body, Object[] bases, Object metaArg, PyDict keywords) {
        PyClass[] classes = bases(bases);
        PyClass meta = metaclass(metaArg != null ? metaclass(metaArg) : null, classes);
        Frame bf = Interpreter.newFrame(body);
        bf.ns = new LinkedHashMap<>();
        Object module = body.globals.get("__name__");
        bf.ns.put("__module__", module instanceof String m ? m : "__main__");
        bf.ns.put("__qualname__", body.code.qualname == null ? name : body.code.qualname);
        Interpreter.execute(bf);
        if (meta == null) return newClass(name, classes, bf.ns, null, keywords);
        return instantiate(meta, name, new PyTuple(bases), namespace(bf.ns), keywords);
    }

    /**
     * Meta(name, bases, ns), a metaclass called: its __new__ (or type's) makes the class, then its __init__
     * sees the same namespace, if the class is one of its own.
     */
    static Object instantiate(PyClass meta, String name, PyTuple bases, PyDict ns, PyDict keywords) {
        Object metaNew = Ops.metaMethodOf(meta, "__new__");
        if (metaNew instanceof PyDescriptors.StaticMethod sm) metaNew = sm.func();
        Object[] args = withKeywords(new Object[] {meta, name, bases, ns}, keywords);
        String[] names = keywordNames(keywords);
        Object cls = metaNew != null ? Ops.call(metaNew, args, names) : typeNew(args, names);
        Object metaInit = Ops.metaMethodOf(meta, "__init__");
        if (metaInit != null && cls instanceof PyClass c && c.metaclass != null && c.metaclass.isSubclassOf(meta)) {
            Ops.call(metaInit, withKeywords(new Object[] {cls, name, bases, ns}, keywords), names);
        }
        return cls;
    }

    /** positional, then the keywords' values (what Ops.call takes with {@link #keywordNames}). */
    private static Object[] withKeywords(Object[] positional, PyDict keywords) {
        List<Object> values = keywords.values();
        Object[] all = Arrays.copyOf(positional, positional.length + values.size());
        for (int i = 0; i < values.size(); i++) all[positional.length + i] = values.get(i);
        return all;
    }

    private static String[] keywordNames(PyDict keywords) {
        return keywords.size() == 0 ? null : keywords.keys().stream().map(Ops::str).toArray(String[]::new);
    }

    /** A metaclass (or type) called: type(x) with one argument, else a new class (the bases' metaclass's if more derived). */
    static Object call(PyClass meta, Object[] args) {
        if (meta == Types.TYPE && args.length == 1) return Types.of(args[0]);
        if (args.length != 3) throw Errors.typeError(meta.name + "() takes 1 or 3 arguments");
        if (!(args[1] instanceof PyTuple bases)) throw Errors.typeError("type() argument 2 must be tuple, not " + Ops.typeName(args[1]));
        if (!(args[2] instanceof PyDict ns)) throw Errors.typeError("type() argument 3 must be dict, not " + Ops.typeName(args[2]));
        PyClass m = metaclass(meta == Types.TYPE ? null : meta, bases(bases.items));
        if (m == null) return typeNew(new Object[] {Types.TYPE, args[0], bases, ns}, null);
        return instantiate(m, Ops.str(args[0]), bases, ns, new PyDict());
    }

    private static PyClass[] bases(Object[] bases) {
        if (bases.length == 0) return new PyClass[] {Types.OBJECT};
        PyClass[] classes = new PyClass[bases.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PyClass b)) throw Errors.typeError("bases must be types");
            if (b.constructor != null && b != Types.OBJECT && b != Types.TYPE && !Values.isValueType(b) && b.valueType == null
                    && !b.isSubclassOf(Errors.BASE_EXCEPTION)) {   // OSError's constructor picks a subclass; its subclasses are plain
                throw Errors.notSupported("subclassing the builtin type '" + b.name + "'");
            }
            classes[i] = b;
        }
        return classes;
    }

    private static PyClass metaclass(Object o) {
        if (!(o instanceof PyClass m) || !m.isSubclassOf(Types.TYPE)) throw Errors.notSupported("a metaclass that is not a subclass of type");
        return m == Types.TYPE ? null : m;
    }

    /** The most derived of the metaclass named (null: type) and the bases' metaclasses; null for type. */
    private static PyClass metaclass(PyClass named, PyClass[] bases) {
        PyClass winner = named;
        for (PyClass b : bases) {
            PyClass m = b.metaclass;
            if (m == null || (winner != null && winner.isSubclassOf(m))) continue;
            if (winner == null || m.isSubclassOf(winner)) winner = m;
            else throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The builtin value type the bases derive from, or null; two different ones cannot share an instance. */
    private static PyClass valueType(PyClass[] bases) {
        PyClass found = null;
        for (PyClass b : bases) {
            PyClass v = Values.isValueType(b) ? b : b.valueType;
            if (v == null || v == found) continue;
            if (found != null) throw Errors.typeError("multiple bases have instance lay-out conflict");
            found = v;
        }
        return found;
    }

    private static PyDict namespace(Map<String, Object> ns) {
        PyDict d = new PyDict();
        ns.forEach(d::put);
        return d;
    }

    /** type.__new__: the class, its namespace copied in (methods learn their class, for super()); then __init_subclass__. */
    static PyClass newClass(String name, PyClass[] bases, Map<String, Object> ns, PyClass meta, PyDict keywords) {
        PyClass cls = new PyClass(name, bases);
        Object module = ns.get("__module__");
        cls.module = module instanceof String m ? m : "__main__";
        cls.qualname = ns.get("__qualname__") instanceof String q ? q : name;
        cls.slots = slots(ns.get("__slots__"), bases);
        cls.metaclass = meta;
        cls.valueType = valueType(bases);
        for (Map.Entry<String, Object> e : ns.entrySet()) {
            if (e.getKey().equals("__module__") || e.getKey().equals("__qualname__")) continue;
            Object v = e.getValue();
            if (e.getKey().equals("__init_subclass__") && v instanceof PyFunction) v = new PyDescriptors.ClassMethod(v);   // implicitly, as in CPython
            cls.dict.put(e.getKey(), v);
            if (v instanceof PyFunction fn) fn.ownerClass = cls;
            else if (v instanceof PyDescriptors.Property pr && pr.fget instanceof PyFunction fn) fn.ownerClass = cls;
            else if (v instanceof PyDescriptors.ClassMethod cm && cm.func() instanceof PyFunction fn) fn.ownerClass = cls;
            else if (v instanceof PyDescriptors.StaticMethod sm && sm.func() instanceof PyFunction fn) fn.ownerClass = cls;
        }
        // A class that defines __eq__ but not __hash__ is unhashable: equal instances must hash alike.
        if (cls.dict.containsKey("__eq__") && !cls.dict.containsKey("__hash__")) cls.dict.put("__hash__", PyNone.NONE);
        Object hook = cls.lookupAfter(cls, "__init_subclass__");
        if (hook instanceof PyDescriptors.ClassMethod cm) Ops.call(cm.func(), withKeywords(new Object[] {cls}, keywords), keywordNames(keywords));
        return cls;
    }

    /**
     * The names instances may set: the class's __slots__ and its bases', when every base but object has
     * __slots__ too and none of them lists __dict__; else null (instances have a __dict__).
     */
    private static java.util.Set<String> slots(Object declared, PyClass[] bases) {
        if (declared == null) return null;
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Object n : declared instanceof String s ? java.util.List.<Object>of(s) : Ops.iterToList(declared)) names.add(Ops.str(n));
        for (PyClass b : bases) {
            if (b == Types.OBJECT) continue;
            if (b.slots == null) return null;
            names.addAll(b.slots);
        }
        return names.contains("__dict__") ? null : java.util.Set.copyOf(names);
    }

    /** type's methods a metaclass reaches through super(): __new__(mcls, name, bases, ns) and __call__(cls, ...). */
    static void install() {
        Types.TYPE.dict.put("__new__", new PyDescriptors.StaticMethod(new BuiltinFunction("__new__", Classes::typeNew)));
        Types.TYPE.def("__call__", (a, k) -> {
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return ((PyClass) a[0]).construct(rest, k);
        });
        Types.TYPE.def("__init__", (a, k) -> PyNone.NONE);
        // what a metaclass's __instancecheck__ / __subclasscheck__ reach through super(): no hooks asked
        Types.TYPE.def("__instancecheck__", (a, k) -> Ops.realIsSubclass(Types.of(a[1]), (PyClass) a[0])
                || (a[0] == Types.INT && a[1] instanceof Boolean));
        Types.TYPE.def("__subclasscheck__", (a, k) -> Ops.realIsSubclass((PyClass) a[1], (PyClass) a[0]));
        // object.__init_subclass__, for a hook's super().__init_subclass__(**kwargs)
        Types.OBJECT.dict.put("__init_subclass__", new PyDescriptors.ClassMethod(new BuiltinFunction("__init_subclass__", (a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError(((PyClass) a[0]).name + ".__init_subclass__() takes no keyword arguments");
            return PyNone.NONE;
        })));
    }

    /** type.__new__, a static method as in CPython (what super().__new__ in a metaclass calls). */
    private static Object typeNew(Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        Args.count("type.__new__", a, 4 + nk, 4 + nk);
        PyDict keywords = new PyDict();
        for (int i = 0; i < nk; i++) keywords.put(k[i], a[4 + i]);
        if (!(a[0] instanceof PyClass mcls)) throw Errors.typeError("type.__new__(X): X is not a type object");
        if (!(a[3] instanceof PyDict ns)) throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Ops.typeName(a[3]));
        Map<String, Object> map = new LinkedHashMap<>();
        for (Object[] kv : ns.entries()) map.put(Ops.str(kv[0]), kv[1]);
        return newClass(Ops.str(a[1]), bases(((PyTuple) a[2]).items), map, mcls == Types.TYPE ? null : mcls, keywords);
    }
}
