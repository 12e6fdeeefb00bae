package io.gilscope.demo.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * A set or frozenset (frozen), with CPython's table (Objects/setobject.c), so that it iterates in
 * CPython's order: an open-addressing table of 8 or more slots, indexed by the item's hash; a taken
 * slot sends the search on through the next 9 slots, then to (i * 5 + 1 + perturb) with perturb the
 * hash's higher bits, shifted in 5 at a time. A removed item leaves a dummy slot, which a search
 * passes and an addition reuses. The table grows to 4 times the items (2 times past 50,000) when
 * taken and dummy slots fill 3/5 of it. Each operation is atomic.
 *
 * <p>A slot keeps the item as given (1.0 stays a float) and its dict-key form ({@link Ops#key}),
 * which equality is decided on (1 == 1.0 == True).
 */
public final class PySet {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();
    private static final long DUMMY_HASH = -1;   // no item hashes to -1 (Hashes)

    public final boolean frozen;
    private Object[] items = new Object[MIN_SIZE];
    private Object[] keys = new Object[MIN_SIZE];   // null: never used; DUMMY: removed
    private long[] hashes = new long[MIN_SIZE];
    private int fill;    // taken and dummy slots
    private int used;    // taken slots
    private int finger;  // where pop() looks next

    public PySet() { this(false); }

    public PySet(boolean frozen) { this.frozen = frozen; }

    public synchronized boolean add(Object o) {
        Object k = Ops.key(o);
        return add(o, k, Ops.hashOfKey(k));
    }

    public synchronized boolean contains(Object o) {
        Object k = Ops.key(o);
        return find(k, Ops.hashOfKey(k)) >= 0;
    }

    public synchronized boolean remove(Object o) {
        Object k = Ops.key(o);
        int i = find(k, Ops.hashOfKey(k));
        if (i < 0) return false;
        free(i);
        return true;
    }

    public synchronized int size() { return used; }

    public synchronized void clear() {
        items = new Object[MIN_SIZE];
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = used = 0;
    }

    /** The items in table order: the order CPython iterates them in. */
    public synchronized List<Object> items() {
        List<Object> r = new ArrayList<>(used);
        for (int i = 0; i < keys.length; i++) if (taken(i)) r.add(items[i]);
        return r;
    }

    /** Removes and returns the item after the last one popped (set_pop), or null when empty. */
    public synchronized Object pop() {
        if (used == 0) return null;
        int i = finger & (keys.length - 1);
        while (!taken(i)) i = (i + 1) & (keys.length - 1);
        Object o = items[i];
        free(i);
        finger = i + 1;
        return o;
    }

    /** Removes every item of other (set_difference_update). */
    public void removeAll(PySet other) {
        for (Object o : other.items()) remove(o);
    }

    /** Removes the items of other that it has and adds the others (set_symmetric_difference_update). */
    public void symmetricUpdate(PySet other) {
        for (Object o : other.items()) if (!remove(o)) add(o);
    }

    /** A new set of the given kind with this one's items, laid out as CPython's copy lays them out. */
    public PySet copy(boolean frozen) {
        PySet r = new PySet(frozen);
        r.update(this);
        return r;
    }

    /** Adds every item of an iterable: a set's by {@link #update}, others' one by one in their order. */
    public void addAll(Object iterable) {
        if (iterable instanceof PySet s) update(s);
        else for (Object o : Ops.iterToList(iterable)) add(o);
    }

    /** Takes other's items and table (set_swap_bodies, as x &= y leaves x). */
    public void become(PySet other) {
        Table t = other.snapshot();
        synchronized (this) {
            take(t);
        }
    }

    /** Adds every item of other (set_merge: one resize first; an empty table takes other's layout). */
    public void update(PySet other) {
        if (other == this) return;
        Table t = other.snapshot();
        if (t.used == 0) return;
        synchronized (this) {
            if ((long) (fill + t.used) * 5 >= (keys.length - 1L) * 3) resize((used + t.used) * 2);
            if (fill == 0 && keys.length == t.keys.length && t.fill == t.used) {
                take(t);
                return;
            }
            boolean empty = fill == 0;
            for (int i = 0; i < t.keys.length; i++) {
                if (!isItem(t.keys[i])) continue;
                if (empty) insertClean(t.items[i], t.keys[i], t.hashes[i]);
                else add(t.items[i], t.keys[i], t.hashes[i]);
            }
            if (empty) fill = used = t.used;
        }
    }

    /** A copy of the table, taken under this set's lock, so that another set's lock is never held with it. */
    private record Table(Object[] items, Object[] keys, long[] hashes, int fill, int used) { }

    private synchronized Table snapshot() {
        return new Table(items.clone(), keys.clone(), hashes.clone(), fill, used);
    }

    private void take(Table t) {
        items = t.items;
        keys = t.keys;
        hashes = t.hashes;
        fill = t.fill;
        used = t.used;
    }

    private boolean taken(int i) { return isItem(keys[i]); }

    /** Whether a slot's key is an item's: neither never used (null) nor removed (DUMMY). */
    private static boolean isItem(Object key) { return key != null && key != DUMMY; }

    private void free(int i) {
        items[i] = null;
        keys[i] = DUMMY;
        hashes[i] = DUMMY_HASH;
        used--;
    }

    /** set_add_entry: an unused slot ends the search; the last dummy passed is reused. */
    private boolean add(Object item, Object key, long hash) {
        int mask = keys.length - 1;
        int i = (int) (hash & mask);
        int freeSlot = -1;
        long perturb = hash;
        for (;;) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; ; j++) {
                Object k = keys[j];
                if (k == null) {
                    if (freeSlot >= 0) {
                        put(freeSlot, item, key, hash);
                        return true;
                    }
                    put(j, item, key, hash);
                    fill++;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50_000 ? used * 2 : used * 4);
                    return true;
                }
                if (hashes[j] == hash && k != DUMMY && (k == key || k.equals(key))) return false;
                if (k == DUMMY) freeSlot = j;
                if (probes-- == 0) break;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void put(int i, Object item, Object key, long hash) {
        place(i, item, key, hash);
        used++;
    }

    private void place(int i, Object item, Object key, long hash) {
        items[i] = item;
        keys[i] = key;
        hashes[i] = hash;
    }

    /** set_lookkey: the slot of an item equal to key, or -1. */
    private int find(Object key, long hash) {
        int mask = keys.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        for (;;) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; ; j++) {
                Object k = keys[j];
                if (k == null) return -1;
                if (hashes[j] == hash && k != DUMMY && (k == key || k.equals(key))) return j;
                if (probes-- == 0) break;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_table_resize: the smallest power of two above minUsed (at least 8); items keep their table order. */
    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) size <<= 1;
        Object[] oldItems = items, oldKeys = keys;
        long[] oldHashes = hashes;
        items = new Object[size];
        keys = new Object[size];
        hashes = new long[size];
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            if (isItem(oldKeys[i])) insertClean(oldItems[i], oldKeys[i], oldHashes[i]);
        }
    }

    /** set_insert_clean: into a table known to lack the item and to have no dummies; counts nothing. */
    private void insertClean(Object item, Object key, long hash) {
        int mask = keys.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        for (;;) {
            if (keys[i] == null) break;
            int j = 0;
            if (i + LINEAR_PROBES <= mask) {
                while (j < LINEAR_PROBES && keys[i + j + 1] != null) j++;
                if (j < LINEAR_PROBES) {
                    i += j + 1;
                    break;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        place(i, item, key, hash);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PySet s)) return false;
        List<Object> a = items();
        return a.size() == s.size() && a.stream().allMatch(s::contains);
    }

    @Override
    public int hashCode() { return Long.hashCode(hash()); }

    /** frozenset_hash: independent of order; every slot's hash shuffled and xor-ed, then dispersed. */
    synchronized long hash() {
        long h = 0;
        for (long e : hashes) h ^= shuffle(e);   // unused slots hash 0, dummies -1: taken out below
        if (((keys.length - fill) & 1) != 0) h ^= shuffle(0);
        if (((fill - used) & 1) != 0) h ^= shuffle(-1);
        h ^= (used + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffle(long h) { return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L; }

    @Override
    public String toString() { return Ops.repr(this); }
}
