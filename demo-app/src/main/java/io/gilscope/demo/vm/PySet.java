package io.gilscope.demo.vm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** A set (insertion ordered here); each operation is atomic. frozen marks frozenset. */
public final class PySet {
    private final LinkedHashSet<Object> set = new LinkedHashSet<>();
    public final boolean frozen;

    public PySet() { this(false); }

    public PySet(boolean frozen) { this.frozen = frozen; }

    public synchronized boolean add(Object o) { return set.add(Ops.key(o)); }

    public synchronized boolean contains(Object o) { return set.contains(Ops.key(o)); }

    public synchronized boolean remove(Object o) { return set.remove(Ops.key(o)); }

    public synchronized int size() { return set.size(); }

    public synchronized void clear() { set.clear(); }

    public synchronized List<Object> items() { return new ArrayList<>(set); }

    public synchronized Object pop() {
        if (set.isEmpty()) return null;
        Object o = set.iterator().next();
        set.remove(o);
        return o;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PySet s)) return false;
        List<Object> a = items();
        return a.size() == s.size() && a.stream().allMatch(s::contains);
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Object o : items()) h += Ops.hash(o);
        return h;
    }

    @Override
    public String toString() { return Ops.repr(this); }
}
