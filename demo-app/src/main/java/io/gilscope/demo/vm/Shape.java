package io.gilscope.demo.vm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribute names an instance has, in the order they were first set: a hidden class, as in
 * V8 or Truffle's object model, and the keys half of CPython's split-keys dictionaries. Instances of
 * a class that set the same attributes in the same order share one shape, so an attribute is found
 * at the same index of every such instance's {@link InstanceAttrs} slots. Shapes are immutable; each
 * class has a root, and {@link #with} finds or makes the child with one more name.
 */
final class Shape {
    /** Past this many names an index map beats a linear scan. */
    private static final int SCAN_LIMIT = 8;

    private final String[] names;
    private final int[] hashes;
    private final Map<String, Integer> index;
    private final ConcurrentHashMap<String, Shape> children = new ConcurrentHashMap<>();
    /** On a root: the most names an instance of the class has had, so new instances get room for them. */
    volatile int capacityHint;

    private Shape(String[] names) {
        this.names = names;
        this.hashes = new int[names.length];
        for (int i = 0; i < names.length; i++) hashes[i] = names[i].hashCode();
        if (names.length <= SCAN_LIMIT) {
            index = null;
        } else {
            index = new HashMap<>();
            for (int i = 0; i < names.length; i++) index.put(names[i], i);
        }
    }

    static Shape root() {
        return new Shape(new String[0]);
    }

    int size() { return names.length; }

    String name(int i) { return names[i]; }

    /** Where name is, or -1. Identity decides most comparisons: shapes and the compiler intern names. */
    int indexOf(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        String[] ns = names;
        for (int i = 0; i < ns.length; i++) {
            if (ns[i] == name) return i;
        }
        int h = name.hashCode();   // a name made at run time (setattr, __dict__): compare by value
        for (int i = 0; i < ns.length; i++) {
            if (hashes[i] == h && ns[i].equals(name)) return i;
        }
        return -1;
    }

    /** This shape plus name at index size(): the same object for every instance that takes this step. */
    Shape with(String name) {
        Shape child = children.get(name);
        if (child != null) return child;
        String[] ns = Arrays.copyOf(names, names.length + 1);
        ns[names.length] = name.intern();
        return children.computeIfAbsent(ns[names.length], n -> new Shape(ns));
    }
}
