package io.gilscope.demo.vm;

import java.lang.invoke.VarHandle;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An instance's attributes: a {@link Shape} for the names and an array of slots for the values, as
 * CPython 3.11 splits an instance dict into shared keys and per-instance values. Reading or replacing
 * an attribute takes no lock, which matters when threads run without a GIL; adding a name takes this
 * object's monitor, once per name and instance.
 *
 * <p>Values never move once stored, so a replacement racing with an addition is never lost: the
 * first slots are sized by what the class's earlier instances needed, and names past them go into
 * fixed chunks of {@value #CHUNK}. Each store is preceded by a release fence, so a thread that reads
 * a value sees the object fully built, as a ConcurrentHashMap would have guaranteed. Deleting a name
 * clears its slot and keeps the name in the shape, so the name keeps its place if it is set again.
 */
public final class InstanceAttrs extends AbstractMap<String, Object> {
    private static final int CHUNK = 8;
    private static final int MIN_SLOTS = 4;

    private final Shape root;
    private volatile Shape shape;
    private final Object[] slots;
    private volatile Object[][] chunks = new Object[0][];

    InstanceAttrs(Shape root) {
        this.root = root;
        this.shape = root;
        this.slots = new Object[Math.max(MIN_SLOTS, root.capacityHint)];
    }

    Shape shape() { return shape; }

    /** The value at index i of a shape this instance has had, null if deleted. */
    Object slot(int i) {
        Object[] first = slots;
        if (i < first.length) return first[i];
        int j = i - first.length;
        return chunks[j / CHUNK][j % CHUNK];
    }

    /** Stores at index i of a shape this instance has had. */
    void setSlot(int i, Object value) {
        VarHandle.releaseFence();
        Object[] first = slots;
        if (i < first.length) {
            first[i] = value;
        } else {
            int j = i - first.length;
            chunks[j / CHUNK][j % CHUNK] = value;
        }
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String name)) return null;
        int i = shape.indexOf(name);
        return i < 0 ? null : slot(i);
    }

    @Override
    public boolean containsKey(Object key) { return get(key) != null; }

    @Override
    public Object put(String name, Object value) {
        Shape s = shape;
        int i = s.indexOf(name);
        if (i >= 0) {
            Object old = slot(i);
            setSlot(i, value);
            return old;
        }
        add(name, value);
        return null;
    }

    /** A new name: its value is stored before the shape that names it is published. */
    private synchronized void add(String name, Object value) {
        Shape s = shape;
        int i = s.indexOf(name);   // another thread may have added it meanwhile
        if (i < 0) {
            i = s.size();
            int j = i - slots.length;
            if (j >= 0 && j / CHUNK == chunks.length) {
                Object[][] more = Arrays.copyOf(chunks, chunks.length + 1);
                more[chunks.length] = new Object[CHUNK];
                chunks = more;
            }
            setSlot(i, value);
            shape = s.with(name);
            if (i >= root.capacityHint) root.capacityHint = i + 1;
        } else {
            setSlot(i, value);
        }
    }

    @Override
    public Object remove(Object key) {
        if (!(key instanceof String name)) return null;
        synchronized (this) {
            int i = shape.indexOf(name);
            if (i < 0) return null;
            Object old = slot(i);
            setSlot(i, null);
            return old;
        }
    }

    @Override
    public synchronized void clear() {
        for (int i = 0; i < shape.size(); i++) setSlot(i, null);
    }

    @Override
    public int size() { return snapshot().size(); }

    /** The entries present now, in the order their names were first set. Removing through it removes here. */
    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        List<Map.Entry<String, Object>> now = snapshot();
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                Iterator<Map.Entry<String, Object>> it = now.iterator();
                return new Iterator<>() {
                    private Map.Entry<String, Object> last;

                    @Override
                    public boolean hasNext() { return it.hasNext(); }

                    @Override
                    public Map.Entry<String, Object> next() { return last = it.next(); }

                    @Override
                    public void remove() { InstanceAttrs.this.remove(last.getKey()); }
                };
            }

            @Override
            public int size() { return now.size(); }
        };
    }

    private List<Map.Entry<String, Object>> snapshot() {
        Shape s = shape;
        List<Map.Entry<String, Object>> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            Object v = slot(i);
            if (v != null) out.add(new SimpleImmutableEntry<>(s.name(i), v));
        }
        return out;
    }
}
