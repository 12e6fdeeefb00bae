package io.gilscope.demo.vm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list. Without a GIL every operation is atomic on its own (synchronized on the list, like
 * PEP 703's per-object locks); compound Python code (check-then-act) can still race.
 */
public final class PyList {
    private final ArrayList<Object> items;

    public PyList() { items = new ArrayList<>(); }

    public PyList(int capacity) { items = new ArrayList<>(capacity); }

    public PyList(Collection<?> c) { items = new ArrayList<>(c); }

    public static PyList of(Object... xs) { return new PyList(List.of(xs)); }

    public synchronized int size() { return items.size(); }

    public synchronized void append(Object o) { items.add(o); }

    public synchronized void extend(Collection<?> c) { items.addAll(c); }

    public synchronized Object get(int i) { return items.get(i); }

    /** Python indexing (negative from the end); null when out of range. */
    public synchronized Object getOrNull(long i) {
        int n = items.size();
        if (i < 0) i += n;
        return i < 0 || i >= n ? null : items.get((int) i);
    }

    public synchronized boolean setAt(long i, Object v) {
        int n = items.size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) return false;
        items.set((int) i, v);
        return true;
    }

    public synchronized boolean removeAt(long i) {
        int n = items.size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) return false;
        items.remove((int) i);
        return true;
    }

    /** Pops index i (Python semantics); null when out of range or empty. */
    public synchronized Object pop(long i) {
        int n = items.size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) return null;
        return items.remove((int) i);
    }

    public synchronized void insert(long i, Object v) {
        int n = items.size();
        if (i < 0) i = Math.max(0, i + n);
        if (i > n) i = n;
        items.add((int) i, v);
    }

    public synchronized void clear() { items.clear(); }

    public synchronized Object[] toArray() { return items.toArray(); }

    public synchronized void setAll(Collection<?> c) {
        items.clear();
        items.addAll(c);
    }

    public synchronized void replaceRange(int from, int to, List<Object> with) {
        items.subList(from, to).clear();
        items.addAll(from, with);
    }

    /** Returns a live-ish iterator: each step is atomic; appends during iteration are seen, like Python. */
    public PyIter iterator() {
        return new PyIter() {
            int i = 0;

            @Override
            public Object next() {
                synchronized (PyList.this) {
                    return i < items.size() ? items.get(i++) : null;
                }
            }
        };
    }

    @Override
    public String toString() { return Ops.repr(this); }
}
