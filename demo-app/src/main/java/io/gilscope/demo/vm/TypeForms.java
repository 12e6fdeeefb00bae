package io.gilscope.demo.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * The type expressions of PEP 585 and PEP 604 that run-time code builds: list[int] (types.GenericAlias,
 * for the builtin containers and a class's __class_getitem__) and int | None (types.UnionType, which
 * isinstance and issubclass accept).
 */
public final class TypeForms {
    private TypeForms() { }

    static final PyClass GENERIC_ALIAS = new PyClass("GenericAlias", Types.OBJECT);
    static final PyClass UNION_TYPE = new PyClass("UnionType", Types.OBJECT);
    private static final java.util.Set<PyClass> GENERIC_BUILTINS = java.util.Set.of(Types.LIST, Types.DICT, Types.TUPLE, Types.SET,
            Types.FROZENSET, Types.TYPE);

    static {
        GENERIC_ALIAS.module = "types";
        UNION_TYPE.module = "types";
        GENERIC_ALIAS.def("__repr__", (a, k) -> {
            PyInstance g = (PyInstance) a[0];
            List<String> args = new ArrayList<>();
            for (Object x : ((PyTuple) g.attrs.get("__args__")).items) args.add(typeRepr(x));
            return typeRepr(g.attrs.get("__origin__")) + "[" + String.join(", ", args) + "]";
        });
        GENERIC_ALIAS.def("__call__", (a, k) -> {   // list[int]() is list()
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return Ops.call(((PyInstance) a[0]).attrs.get("__origin__"), rest, k);
        });
        GENERIC_ALIAS.def("__eq__", (a, k) -> a[1] instanceof PyInstance o && o.cls == GENERIC_ALIAS
                && Ops.eq(((PyInstance) a[0]).attrs.get("__origin__"), o.attrs.get("__origin__"))
                && Ops.eq(((PyInstance) a[0]).attrs.get("__args__"), o.attrs.get("__args__")));
        GENERIC_ALIAS.def("__hash__", (a, k) -> Ops.hash(((PyInstance) a[0]).attrs.get("__args__")));
        GENERIC_ALIAS.def("__or__", (a, k) -> union(a[0], a[1]));
        UNION_TYPE.def("__repr__", (a, k) -> {
            List<String> args = new ArrayList<>();
            for (Object x : ((PyTuple) ((PyInstance) a[0]).attrs.get("__args__")).items) args.add(typeRepr(x));
            return String.join(" | ", args);
        });
        UNION_TYPE.def("__or__", (a, k) -> union(a[0], a[1]));
        UNION_TYPE.def("__ror__", (a, k) -> union(a[1], a[0]));
        UNION_TYPE.def("__eq__", (a, k) -> a[1] instanceof PyInstance o && o.cls == UNION_TYPE
                && setOf(a[0]).equals(setOf(o)));
        UNION_TYPE.def("__hash__", (a, k) -> (long) setOf(a[0]).hashCode());
    }

    /** cls[item]: the class's __class_getitem__, or a GenericAlias for a builtin container; null for neither. */
    static Object subscript(PyClass cls, Object item) {
        Object hook = cls.lookup("__class_getitem__");
        if (hook instanceof PyDescriptors.ClassMethod cm) hook = cm.func();
        if (hook instanceof PyFunction || hook instanceof BuiltinFunction) return Ops.call(hook, new Object[] {cls, item}, null);
        if (!GENERIC_BUILTINS.contains(cls)) return null;
        PyInstance g = new PyInstance(GENERIC_ALIAS);
        g.attrs.put("__origin__", cls);
        g.attrs.put("__args__", item instanceof PyTuple t ? t : PyTuple.of(item));
        return g;
    }

    /** a | b for types, None and unions: a union of them, flattened and without repeats. */
    static Object union(Object a, Object b) {
        if (!isTypeForm(a) || !isTypeForm(b)) return PyNone.NOT_IMPLEMENTED;
        List<Object> args = new ArrayList<>();
        for (Object x : new Object[] {a, b}) {
            Object[] parts = x instanceof PyInstance u && u.cls == UNION_TYPE ? ((PyTuple) u.attrs.get("__args__")).items : new Object[] {x};
            for (Object p : parts) {
                Object t = p == PyNone.NONE ? Types.NONE_TYPE : p;
                if (!args.contains(t)) args.add(t);
            }
        }
        if (args.size() == 1) return args.get(0);
        PyInstance u = new PyInstance(UNION_TYPE);
        u.attrs.put("__args__", new PyTuple(args.toArray()));
        return u;
    }

    /** The classes of a union (for isinstance and issubclass), or null when t is not one. */
    static Object[] unionMembers(Object t) {
        return t instanceof PyInstance u && u.cls == UNION_TYPE ? ((PyTuple) u.attrs.get("__args__")).items : null;
    }

    static boolean isTypeForm(Object o) {
        return o instanceof PyClass || o == PyNone.NONE || (o instanceof PyInstance i && (i.cls == UNION_TYPE || i.cls == GENERIC_ALIAS));
    }

    private static java.util.Set<Object> setOf(Object union) {
        return new java.util.HashSet<>(List.of(unionMembers(union)));
    }

    /** How a type shows inside these reprs: int, None, module.Class, or the repr of anything else. */
    private static String typeRepr(Object t) {
        if (t == Types.NONE_TYPE || t == PyNone.NONE) return "None";
        if (t instanceof PyClass c) return c.module.equals("builtins") ? c.name : c.module + "." + (c.qualname != null ? c.qualname : c.name);
        if (t == PyNone.ELLIPSIS) return "...";
        return Ops.repr(t);
    }
}
