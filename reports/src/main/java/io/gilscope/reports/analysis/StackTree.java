package io.gilscope.reports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time by whole interpreter stack (outermost frame first, one per line, as the location hook gives
 * them), merged into a tree for a flame graph. Bounded: past {@link #MAX_NODES} frames a new frame's
 * time goes to an "(other)" child of its parent.
 */
final class StackTree {
    static final int MAX_NODES = 5_000;

    private final Node root = new Node("all");
    private int nodes = 1;

    private static final class Node {
        final String name;
        long nanos;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) { this.name = name; }
    }

    /** A thread as a flame graph's top frame: its name, one line. */
    static String threadFrame(String threadName) {
        return "thread " + (threadName == null ? "(unknown)" : threadName.replace('\n', ' ').replace('\r', ' '));
    }

    void add(String stack, long nanos) {
        if (stack == null || stack.isEmpty() || nanos <= 0) return;
        Node n = root;
        n.nanos += nanos;
        for (String frame : stack.split("\n")) {
            Node child = n.children.get(frame);
            boolean full = child == null && nodes >= MAX_NODES;
            if (full) child = n.children.get(CodeSites.OTHER);
            if (child == null) {
                child = new Node(full ? CodeSites.OTHER : frame);
                n.children.put(child.name, child);
                nodes++;
            }
            child.nanos += nanos;
            if (full) return;   // the rest of this stack is under "(other)"
            n = child;
        }
    }

    void absorb(StackTree other) {
        absorb(root, other.root);
    }

    private void absorb(Node into, Node from) {
        into.nanos += from.nanos;
        for (Node c : from.children.values()) {
            Node mine = into.children.get(c.name);
            if (mine == null) {
                if (nodes >= MAX_NODES) continue;
                mine = new Node(c.name);
                into.children.put(c.name, mine);
                nodes++;
            }
            absorb(mine, c);
        }
    }

    /** The tree, children heaviest first; null when nothing was added. */
    Flame flame() {
        return root.nanos == 0 ? null : flame(root);
    }

    private static Flame flame(Node n) {
        List<Flame> children = new ArrayList<>();
        for (Node c : n.children.values()) children.add(flame(c));
        children.sort(Comparator.comparingLong(Flame::nanos).reversed().thenComparing(Flame::name));
        return new Flame(n.name, n.nanos, List.copyOf(children));
    }
}
