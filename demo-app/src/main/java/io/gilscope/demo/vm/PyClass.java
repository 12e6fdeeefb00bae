package io.gilscope.demo.vm;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A class: a name, its bases, their method resolution order ({@link Mro}) and a namespace. Builtin types (int, str, list...) are PyClass
 * objects too, with a {@link #constructor} that replaces instance creation. Java-implemented classes
 * (threading.Thread, Lock...) declare methods with {@link #def}; their instances are {@link PyInstance}
 * objects whose {@link PyInstance#nativeState} holds the Java side.
 */
public final class PyClass implements PyCallable {
    public final String name;
    /** The first base (CPython's __base__), null for object. */
    public final PyClass base;
    public final PyClass[] bases;
    /** This class, then the classes its attributes are looked up in, in order (__mro__). */
    public final PyClass[] mro;
    public final ConcurrentHashMap<String, Object> dict = new ClassDict(this);
    /** What {@link #lookup} found (or {@link #MISSING}), until this class's or a base's namespace changes. */
    private volatile ConcurrentHashMap<String, Object> lookups;
    /** The classes that name this one as a base, whose lookups depend on this namespace. */
    private final List<WeakReference<PyClass>> subclasses = new CopyOnWriteArrayList<>();
    private static final Object MISSING = new Object();
    /** Where its instances' {@link Shape}s start. */
    final Shape rootShape = Shape.root();
    /** When set, calling the class calls this instead of creating a PyInstance. */
    public BuiltinFunction.Body constructor;
    public String module = "builtins";
    /** The attribute names __slots__ allows its instances (its own and its bases'), or null: any name. */
    public volatile java.util.Set<String> slots;
    /** The name with the classes and functions it is defined in (__qualname__: A.B, f.<locals>.C). */
    public String qualname;
    /** The class's metaclass (its type), null for type itself: inherited from the base unless the class names one. */
    public volatile PyClass metaclass;
    /** The builtin value type (list, str, int...) a Python class derives from, null if none (see Values). */
    public volatile PyClass valueType;

    public PyClass(String name, PyClass base) {
        this(name, base == null ? new PyClass[0] : new PyClass[] {base});
    }

    public PyClass(String name, PyClass[] bases) {
        this.name = name;
        this.bases = bases;
        this.base = bases.length == 0 ? null : bases[0];
        this.mro = Mro.of(this, bases);
        for (PyClass b : bases) b.subclasses.add(new WeakReference<>(this));
    }

    /** Declares a Java method; args[0] is self. */
    public BuiltinFunction def(String mname, BuiltinFunction.Body body) {
        BuiltinFunction f = new BuiltinFunction(mname, body);
        dict.put(mname, f);
        return f;
    }

    /** attr in this class's order (the first class that has it), or null. */
    public Object lookup(String attr) {
        ConcurrentHashMap<String, Object> found = lookupVersion();
        Object v = found.get(attr);
        if (v == null) {
            v = walk(attr);
            found.put(attr, v == null ? MISSING : v);   // into the map read before the walk: a change meanwhile drops it
        }
        return v == MISSING ? null : v;
    }

    /**
     * A token that stays the same object while what {@link #lookup} answers stays the same, as
     * CPython's type version tags: {@link AttrCache} keeps it beside what it cached. It is the cache
     * of lookups itself, which a change to this class's or a base's namespace replaces.
     */
    ConcurrentHashMap<String, Object> lookupVersion() {
        ConcurrentHashMap<String, Object> found = lookups;
        if (found == null) lookups = found = new ConcurrentHashMap<>();
        return found;
    }

    /** The current {@link #lookupVersion}, or null when a change has dropped it. */
    Object currentVersion() { return lookups; }

    private Object walk(String attr) {
        for (PyClass c : mro) {
            Object v = c.dict.get(attr);
            if (v != null) return v;
        }
        return null;
    }

    /** This class's namespace, or a base's, changed. */
    void forgetLookups() {
        lookups = null;
        for (WeakReference<PyClass> r : subclasses) {
            PyClass c = r.get();
            if (c != null) c.forgetLookups();
        }
    }

    /** What super(after, ...) finds from this class: attr in this class's order, after {@code after}. */
    public Object lookupAfter(PyClass after, String attr) {
        int i = 0;
        while (i < mro.length && mro[i] != after) i++;
        for (i++; i < mro.length; i++) {
            Object v = mro[i].dict.get(attr);
            if (v != null) return v;
        }
        return null;
    }

    public boolean isSubclassOf(PyClass other) {
        for (PyClass c : mro) if (c == other) return true;
        return false;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object metaCall = Ops.metaMethod(this, "__call__");
        if (metaCall != null) return Ops.call(metaCall, Args.prepend(this, args), kwnames);
        return construct(args, kwnames);
    }

    /** type.__call__: a new instance, initialised (or what the constructor of a builtin type makes). */
    Object construct(Object[] args, String[] kwnames) {
        if (constructor != null) return constructor.call(args, kwnames);
        if (isSubclassOf(Types.TYPE)) return Classes.call(this, args);   // a metaclass called: a new class
        if (valueType != null) return Values.construct(this, args, kwnames);
        Object pythonNew = pythonNew();
        if (pythonNew != null) {   // type.__call__: __new__ makes the object, __init__ runs if it is an instance of this class
            Object made = Ops.call(pythonNew, Args.prepend(this, args), kwnames);
            Object init = lookup("__init__");
            if (made instanceof PyInstance i && i.cls.isSubclassOf(this) && init != null) initialise(init, i, args, kwnames);
            return made;
        }
        PyInstance inst = new PyInstance(this);
        Object init = lookup("__init__");
        if (init != null) {
            initialise(init, inst, args, kwnames);
        } else if (args.length > 0) {
            throw Errors.typeError(name + "() takes no arguments");
        }
        return inst;
    }

    /** A __new__ written in Python in this class's order (a function, implicitly static), or null. */
    Object pythonNew() {
        Object n = lookup("__new__");
        if (n instanceof PyDescriptors.StaticMethod sm) n = sm.func();
        return n instanceof PyFunction ? n : null;
    }

    /** Runs __init__ on a new instance; it must return None. */
    static void initialise(Object init, PyInstance inst, Object[] args, String[] kwnames) {
        Object r = Ops.call(init, Args.prepend(inst, args), kwnames);
        if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
    }

    /** Declares a read-only property computed in Java; args[0] is self. */
    public void defProperty(String pname, BuiltinFunction.Body getter) {
        dict.put(pname, new PyDescriptors.Property(new BuiltinFunction(pname, getter)));
    }

    @Override
    public String toString() {
        return Ops.repr(this);
    }
}
