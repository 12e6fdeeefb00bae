package io.gilscope.demo.vm;

import java.util.Arrays;

/**
 * Inline caches for attribute instructions on instances, as CPython 3.11's specialising interpreter
 * keeps them (LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE). Each
 * instruction remembers, in {@link CodeObject#caches} at its pc, what it found for the last few
 * instance {@link Shape}s it met: the slot index, or the class attribute together with the class's
 * {@link PyClass#lookupVersion}. A shape belongs to one class, so an equal shape and an unchanged
 * class version mean the same answer. Entries are immutable (final fields) and a site's entries are replaced as a
 * whole, so threads that race on a cache only ever see whole entries; a site that meets more than
 * {@link #WAYS} shapes, and anything but an instance, takes the general path in {@link Ops}.
 */
final class AttrCache {
    private AttrCache() { }

    /** How many shapes one instruction remembers: deltablue's constraint methods see four classes. */
    private static final int WAYS = 4;

    /** What CALL_METHOD finds in place of self when the callable is not a method to pass self to. */
    static final Object NO_SELF = new Object() {
        @Override
        public String toString() { return "<no self>"; }
    };

    /** A class, not an interface, so that finding an entry by its shape is a field read, not a call. */
    private abstract static class Entry {
        final Shape shape;

        Entry(Shape shape) { this.shape = shape; }
    }

    /**
     * The instance's own attribute at index, while the class's lookups stay at version: the class has
     * no property of the name (and for a store, no __setattr__). A store at -1 adds the name.
     */
    private static final class Slot extends Entry {
        final Object version;
        final int index;

        Slot(Shape shape, Object version, int index) {
            super(shape);
            this.version = version;
            this.index = index;
        }
    }

    /** The class's attribute, while the class's lookups stay at version. */
    private static final class ClassAttr extends Entry {
        final Object version;
        final Object value;

        ClassAttr(Shape shape, Object version, Object value) {
            super(shape);
            this.version = version;
            this.value = value;
        }
    }

    private static Entry find(CodeObject co, int pc, Shape shape) {
        Object[] caches = co.caches;
        if (caches == null || !(caches[pc] instanceof Entry[] entries)) return null;
        for (Entry e : entries) if (e.shape == shape) return e;
        return null;
    }

    private static void remember(CodeObject co, int pc, Entry entry) {
        Object[] caches = co.caches;
        if (caches == null) co.caches = caches = new Object[co.code.length];   // a race makes a second array and loses a few entries
        Entry[] old = caches[pc] instanceof Entry[] e ? e : new Entry[0];
        Entry[] now = new Entry[WAYS];   // the newest first; the oldest drops out
        int n = 0;
        now[n++] = entry;
        for (Entry e : old) if (n < WAYS && e.shape != entry.shape) now[n++] = e;
        caches[pc] = Arrays.copyOf(now, n);
    }

    /** LOAD_ATTR. */
    static Object load(CodeObject co, int pc, Object o, String name) {
        if (!(o instanceof PyInstance i)) return Ops.getattr(o, name);
        Shape shape = i.attrs.shape();
        Entry e = find(co, pc, shape);
        if (e instanceof Slot s && s.version == i.cls.currentVersion()) {
            Object v = i.attrs.slot(s.index);
            if (v != null) return v;
        } else if (e instanceof ClassAttr a && a.version == i.cls.currentVersion()) {
            return Ops.bind(a.value, i, i.cls);
        }
        Object version = i.cls.lookupVersion();
        Object inClass = i.cls.lookup(name);
        int index = shape.indexOf(name);
        if (!isSpecial(name)) {   // those two follow Ops' order
            if (inClass instanceof PyDescriptors.Property || index < 0 && inClass != null) {   // a property wins over the instance
                remember(co, pc, new ClassAttr(shape, version, inClass));
                return Ops.bind(inClass, i, i.cls);
            }
            Object v = index < 0 ? null : i.attrs.slot(index);
            if (v != null) {
                remember(co, pc, new Slot(shape, version, index));
                return v;
            }
        }
        return Ops.getattr(o, name);
    }

    /**
     * LOAD_METHOD: replaces the object on top of the stack by a function and the object (a method
     * call needs no bound method), or by the attribute and {@link #NO_SELF}. Returns the new sp.
     */
    static int loadMethod(CodeObject co, int pc, Object[] stack, int sp, String name) {
        Object o = stack[sp - 1];
        Object method = o instanceof PyInstance i ? instanceMethod(co, pc, i, name) : valueMethod(o, name);
        if (method != null) {
            stack[sp - 1] = method;
            stack[sp] = o;
        } else {
            stack[sp - 1] = Ops.getattr(o, name);
            stack[sp] = NO_SELF;
        }
        return sp + 1;
    }

    /** A Python function found on i's class and not shadowed by i's own attributes, or null. */
    private static PyFunction instanceMethod(CodeObject co, int pc, PyInstance i, String name) {
        Shape shape = i.attrs.shape();
        if (find(co, pc, shape) instanceof ClassAttr a && a.version == i.cls.currentVersion()) return (PyFunction) a.value;
        if (shape.indexOf(name) >= 0 || isSpecial(name)) return null;
        Object version = i.cls.lookupVersion();
        if (!(i.cls.lookup(name) instanceof PyFunction f)) return null;
        remember(co, pc, new ClassAttr(shape, version, f));
        return f;
    }

    /** A Java method of a builtin value's type (list.append, str.join...), or null. */
    private static BuiltinFunction valueMethod(Object o, String name) {
        if (!(o instanceof PyList || o instanceof String || o instanceof PyDict || o instanceof PySet || o instanceof PyTuple)) return null;
        return Types.of(o).lookup(name) instanceof BuiltinFunction f && !isSpecial(name) ? f : null;
    }

    /** STORE_ATTR. */
    static void store(CodeObject co, int pc, Object o, String name, Object value) {
        if (!(o instanceof PyInstance i)) {
            Ops.setattr(o, name, value);
            return;
        }
        Shape shape = i.attrs.shape();
        if (find(co, pc, shape) instanceof Slot s && s.version == i.cls.currentVersion()) {
            if (s.index >= 0) i.attrs.setSlot(s.index, value);
            else i.attrs.put(name, value);
            return;
        }
        Object version = i.cls.lookupVersion();
        if (!(i.cls.lookup(name) instanceof PyDescriptors.Property) && !customSetattr(i.cls) && (i.cls.slots == null || i.cls.slots.contains(name))) {
            remember(co, pc, new Slot(shape, version, shape.indexOf(name)));
        }
        Ops.setattr(o, name, value);
    }

    private static boolean customSetattr(PyClass cls) {
        Object sa = cls.lookup("__setattr__");
        return sa != null && sa != Methods.objectSetattr;
    }

    /** Names Ops.getattrOrNull answers before it looks in the class. */
    private static boolean isSpecial(String name) {
        return name.equals("__class__") || name.equals("__dict__");
    }
}
