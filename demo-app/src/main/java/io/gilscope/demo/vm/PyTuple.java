package io.gilscope.demo.vm;

import java.util.Arrays;

/** An immutable tuple. */
public final class PyTuple {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    public final Object[] items;

    public PyTuple(Object[] items) { this.items = items; }

    public static PyTuple of(Object... items) { return new PyTuple(items); }

    public int size() { return items.length; }

    public Object get(int i) { return items[i]; }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyTuple t) || t.items.length != items.length) return false;
        for (int i = 0; i < items.length; i++) if (!Ops.eq(items[i], t.items[i])) return false;
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(Hashes.ofTuple(this));
    }

    @Override
    public String toString() { return Ops.repr(this); }

    public Object[] copy() { return Arrays.copyOf(items, items.length); }
}
