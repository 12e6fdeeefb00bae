package io.gilscope.demo.vm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A class's namespace. A change to it drops the answers {@link PyClass#lookup} has cached in this
 * class and in its subclasses, as CPython invalidates a type's version tag and its subclasses'.
 */
final class ClassDict extends ConcurrentHashMap<String, Object> {
    private final transient PyClass owner;

    ClassDict(PyClass owner) {
        this.owner = owner;
    }

    /** After the change: a lookup that raced with it may have cached the old answer, which this drops too. */
    private <T> T changed(T result) {
        owner.forgetLookups();
        return result;
    }

    @Override
    public Object put(String key, Object value) { return changed(super.put(key, value)); }

    @Override
    public Object putIfAbsent(String key, Object value) { return changed(super.putIfAbsent(key, value)); }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        m.forEach(super::put);
        changed(this);
    }

    @Override
    public Object remove(Object key) { return changed(super.remove(key)); }

    @Override
    public boolean remove(Object key, Object value) { return changed(super.remove(key, value)); }

    @Override
    public Object replace(String key, Object value) { return changed(super.replace(key, value)); }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) { return changed(super.replace(key, oldValue, newValue)); }

    @Override
    public void clear() {
        super.clear();
        changed(this);
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> f) { return changed(super.compute(key, f)); }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> f) { return changed(super.computeIfAbsent(key, f)); }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> f) {
        return changed(super.computeIfPresent(key, f));
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> f) {
        return changed(super.merge(key, value, f));
    }
}
