package io.gilscope.demo.vm;

import java.math.BigInteger;

/** The builtin types as PyClass objects; their constructors are installed by {@link Builtins}. */
public final class Types {
    private Types() { }

    public static final PyClass OBJECT = new PyClass("object", new PyClass[0]);
    public static final PyClass TYPE = new PyClass("type", OBJECT);
    public static final PyClass INT = new PyClass("int", OBJECT);
    public static final PyClass BOOL = new PyClass("bool", INT);
    public static final PyClass FLOAT = new PyClass("float", OBJECT);
    public static final PyClass STR = new PyClass("str", OBJECT);
    public static final PyClass LIST = new PyClass("list", OBJECT);
    public static final PyClass TUPLE = new PyClass("tuple", OBJECT);
    public static final PyClass DICT = new PyClass("dict", OBJECT);
    public static final PyClass SET = new PyClass("set", OBJECT);
    public static final PyClass FROZENSET = new PyClass("frozenset", OBJECT);
    public static final PyClass RANGE = new PyClass("range", OBJECT);
    public static final PyClass NONE_TYPE = new PyClass("NoneType", OBJECT);
    public static final PyClass ELLIPSIS_TYPE = new PyClass("ellipsis", OBJECT);
    public static final PyClass CODE = new PyClass("code", OBJECT);
    public static final PyClass NOT_IMPLEMENTED_TYPE = new PyClass("NotImplementedType", OBJECT);
    public static final PyClass FUNCTION = new PyClass("function", OBJECT);
    public static final PyClass BUILTIN_FUNCTION = new PyClass("builtin_function_or_method", OBJECT);
    public static final PyClass METHOD = new PyClass("method", OBJECT);
    public static final PyClass MODULE = new PyClass("module", OBJECT);
    public static final PyClass GENERATOR = new PyClass("generator", OBJECT);
    public static final PyClass COROUTINE = new PyClass("coroutine", OBJECT);
    public static final PyClass COMPLEX = new PyClass("complex", OBJECT);
    public static final PyClass ITERATOR = new PyClass("iterator", OBJECT);
    public static final PyClass SLICE = new PyClass("slice", OBJECT);
    public static final PyClass PROPERTY = new PyClass("property", OBJECT);
    public static final PyClass STATICMETHOD = new PyClass("staticmethod", OBJECT);
    public static final PyClass CLASSMETHOD = new PyClass("classmethod", OBJECT);
    public static final PyClass SUPER = new PyClass("super", OBJECT);
    public static final PyClass BYTES = new PyClass("bytes", OBJECT);
    public static final PyClass DICT_KEYS = new PyClass("dict_keys", OBJECT);
    public static final PyClass DICT_VALUES = new PyClass("dict_values", OBJECT);
    public static final PyClass DICT_ITEMS = new PyClass("dict_items", OBJECT);

    public static PyClass of(Object o) {
        if (o instanceof PyInstance i) return i.cls;
        if (o instanceof Long || o instanceof BigInteger) return INT;
        if (o instanceof Boolean) return BOOL;
        if (o instanceof Double) return FLOAT;
        if (o instanceof PyComplex) return COMPLEX;
        if (o instanceof String) return STR;
        if (o instanceof PyList) return LIST;
        if (o instanceof PyTuple) return TUPLE;
        if (o instanceof PyDict) return DICT;
        if (o instanceof PySet s) return s.frozen ? FROZENSET : SET;
        if (o == PyNone.NONE) return NONE_TYPE;
        if (o == PyNone.ELLIPSIS) return ELLIPSIS_TYPE;
        if (o instanceof CodeObject) return CODE;
        if (o == PyNone.NOT_IMPLEMENTED) return NOT_IMPLEMENTED_TYPE;
        if (o instanceof PyClass c) return c.metaclass != null ? c.metaclass : TYPE;
        if (o instanceof PyFunction) return FUNCTION;
        if (o instanceof BuiltinFunction) return BUILTIN_FUNCTION;
        if (o instanceof PyBoundMethod) return METHOD;
        if (o instanceof PyModule) return MODULE;
        if (o instanceof PyGenerator g) return g.isCoroutine() ? COROUTINE : GENERATOR;
        if (o instanceof PyRange) return RANGE;
        if (o instanceof PySlice) return SLICE;
        if (o instanceof PyDescriptors.Property) return PROPERTY;
        if (o instanceof PyDescriptors.ClassMethod) return CLASSMETHOD;
        if (o instanceof PyDescriptors.StaticMethod) return STATICMETHOD;
        if (o instanceof PyDescriptors.Super) return SUPER;
        if (o instanceof PyBytes) return BYTES;
        if (o instanceof PyDictView v) return v.kind().equals("keys") ? DICT_KEYS : v.kind().equals("values") ? DICT_VALUES : DICT_ITEMS;
        if (o instanceof PyIter) return ITERATOR;
        return OBJECT;
    }
}
