package io.gilscope.demo.vm;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A class: a name, at most one base and a namespace. Builtin types (int, str, list...) are PyClass
 * objects too, with a {@link #constructor} that replaces instance creation. Java-implemented classes
 * (threading.Thread, Lock...) declare methods with {@link #def}; their instances are {@link PyInstance}
 * objects whose {@link PyInstance#nativeState} holds the Java side.
 */
public final class PyClass implements PyCallable {
    public final String name;
    public final PyClass base;
    public final ConcurrentHashMap<String, Object> dict = new ConcurrentHashMap<>();
    /** When set, calling the class calls this instead of creating a PyInstance. */
    public BuiltinFunction.Body constructor;
    public String module = "builtins";
    /** The class's metaclass (its type), null for type itself: inherited from the base unless the class names one. */
    public volatile PyClass metaclass;
    /** The builtin value type (list, str, int...) a Python class derives from, null if none (see Values). */
    public volatile PyClass valueType;

    public PyClass(String name, PyClass base) {
        this.name = name;
        this.base = base;
    }

    /** Declares a Java method; args[0] is self. */
    public BuiltinFunction def(String mname, BuiltinFunction.Body body) {
        BuiltinFunction f = new BuiltinFunction(mname, body);
        dict.put(mname, f);
        return f;
    }

    public Object lookup(String attr) {
        for (PyClass c = this; c != null; c = c.base) {
            Object v = c.dict.get(attr);
            if (v != null) return v;
        }
        return null;
    }

    public boolean isSubclassOf(PyClass other) {
        for (PyClass c = this; c != null; c = c.base) if (c == other) return true;
        return false;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object metaCall = Ops.metaMethod(this, "__call__");
        if (metaCall != null) {
            Object[] a = new Object[args.length + 1];
            a[0] = this;
            System.arraycopy(args, 0, a, 1, args.length);
            return Ops.call(metaCall, a, kwnames);
        }
        return construct(args, kwnames);
    }

    /** type.__call__: a new instance, initialised (or what the constructor of a builtin type makes). */
    Object construct(Object[] args, String[] kwnames) {
        if (constructor != null) return constructor.call(args, kwnames);
        if (isSubclassOf(Types.TYPE)) return Classes.call(this, args);   // a metaclass called: a new class
        if (valueType != null) return Values.construct(this, args, kwnames);
        PyInstance inst = new PyInstance(this);
        Object init = lookup("__init__");
        if (init != null) {
            Object[] a = new Object[args.length + 1];
            a[0] = inst;
            System.arraycopy(args, 0, a, 1, args.length);
            Object r = Ops.call(init, a, kwnames);
            if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        } else if (args.length > 0) {
            throw Errors.typeError(name + "() takes no arguments");
        }
        return inst;
    }

    @Override
    public String toString() {
        return Ops.repr(this);
    }
}
