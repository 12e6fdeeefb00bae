package io.gilscope.demo.vm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dict, insertion ordered. Each operation is atomic (synchronized). Keys are normalised with
 * {@link Ops#key} so that 1, 1.0 and True find the same entry; a key given in another form than its
 * normal one (1.0, True) is remembered, since the dict keeps the first key given, as CPython's does.
 */
public final class PyDict {
    private final Map<Object, Object> map;
    private Map<Object, Object> firstKeys;   // normal key -> the key first given, where they differ

    public PyDict() { this(new LinkedHashMap<>()); }

    private PyDict(Map<Object, Object> map) { this.map = map; }

    /**
     * A dict that is a namespace itself, not a copy: an instance's or a module's {@code __dict__},
     * globals(). Its order is the namespace's: insertion order for an instance, hash order for a module.
     */
    @SuppressWarnings("unchecked")
    public static PyDict live(Map<String, Object> namespace) {
        return new PyDict((Map<Object, Object>) (Map<?, ?>) namespace);
    }

    /**
     * This dict as a namespace (what exec runs code in): the same entries, read and written through,
     * with str keys. The inverse of {@link #live}.
     */
    public Map<String, Object> asNamespace() {
        return new java.util.AbstractMap<>() {
            @Override
            public Object get(Object k) { return PyDict.this.get(k); }

            @Override
            public Object put(String k, Object v) {
                synchronized (PyDict.this) {
                    Object old = PyDict.this.get(k);
                    PyDict.this.put(k, v);
                    return old;
                }
            }

            @Override
            public Object remove(Object k) { return PyDict.this.remove(k); }

            @Override
            public boolean containsKey(Object k) { return PyDict.this.containsKey(k); }

            @Override
            public java.util.Set<Map.Entry<String, Object>> entrySet() {
                java.util.Set<Map.Entry<String, Object>> now = new java.util.LinkedHashSet<>();
                for (Object[] e : entries()) if (e[0] instanceof String name) now.add(new SimpleImmutableEntry<>(name, e[1]));
                return now;
            }
        };
    }

    /** A new dict with m's entries. */
    public static PyDict copyOf(Map<?, ?> m) {
        PyDict d = new PyDict();
        for (Map.Entry<?, ?> e : m.entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }

    public synchronized Object get(Object k) { return map.get(Ops.key(k)); }

    public synchronized void put(Object k, Object v) {
        Object key = Ops.key(k);
        if (key != k && !map.containsKey(key)) {
            if (firstKeys == null) firstKeys = new HashMap<>();
            firstKeys.put(key, k);
        }
        map.put(key, v);
    }

    public synchronized Object remove(Object k) {
        Object key = Ops.key(k);
        if (firstKeys != null) firstKeys.remove(key);
        return map.remove(key);
    }

    public synchronized boolean containsKey(Object k) { return map.containsKey(Ops.key(k)); }

    public synchronized int size() { return map.size(); }

    public synchronized void clear() {
        map.clear();
        firstKeys = null;
    }

    public synchronized Object setDefault(Object k, Object v) {
        Object old = map.get(Ops.key(k));
        if (old != null) return old;
        put(k, v);
        return v;
    }

    /** Snapshot the other dict first, so two dicts never hold each other's locks (no deadlock). */
    public void putAll(PyDict other) {
        if (other == this) return;
        List<Object[]> entries = other.entries();
        synchronized (this) {
            for (Object[] kv : entries) put(kv[0], kv[1]);
        }
    }

    public synchronized List<Object> keys() {
        List<Object> out = new ArrayList<>(map.size());
        for (Object k : map.keySet()) out.add(given(k));
        return out;
    }

    public synchronized List<Object> values() { return new ArrayList<>(map.values()); }

    public synchronized List<Object[]> entries() {
        List<Object[]> out = new ArrayList<>(map.size());
        for (Map.Entry<Object, Object> e : map.entrySet()) out.add(new Object[]{given(e.getKey()), e.getValue()});
        return out;
    }

    /** Removes and returns the last entry, or null when empty. */
    public synchronized Object[] popLast() {
        if (map.isEmpty()) return null;
        Object last = null;
        for (Object k : map.keySet()) last = k;
        Object key = given(last);
        if (firstKeys != null) firstKeys.remove(last);
        return new Object[]{key, map.remove(last)};
    }

    /** The key as first given for a normal key. */
    private Object given(Object key) {
        Object k = firstKeys == null ? null : firstKeys.get(key);
        return k == null ? key : k;
    }

    @Override
    public String toString() { return Ops.repr(this); }
}
