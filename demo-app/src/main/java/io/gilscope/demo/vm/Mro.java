package io.gilscope.demo.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The method resolution order, by C3 linearization as CPython computes it (Objects/typeobject.c,
 * mro_implementation): the class, then a merge of its bases' orders and of the bases themselves that
 * keeps every class before its bases and the bases in the order written.
 */
final class Mro {
    private Mro() { }

    static PyClass[] of(PyClass cls, PyClass[] bases) {
        List<PyClass> order = new ArrayList<>();
        order.add(cls);
        if (bases.length == 1) {   // single inheritance: the base's order, as it is
            order.addAll(List.of(bases[0].mro));
            return order.toArray(new PyClass[0]);
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) if (bases[i] == bases[j]) throw Errors.typeError("duplicate base class " + bases[i].name);
        }
        List<List<PyClass>> sequences = new ArrayList<>();
        for (PyClass b : bases) sequences.add(new ArrayList<>(List.of(b.mro)));
        sequences.add(new ArrayList<>(List.of(bases)));
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) return order.toArray(new PyClass[0]);
            PyClass next = goodHead(sequences);
            if (next == null) {
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "   // CPython 3.11 breaks the line there
                        + List.of(bases).stream().map(b -> b.name).collect(Collectors.joining(", ")));
            }
            order.add(next);
            for (List<PyClass> s : sequences) if (s.get(0) == next) s.remove(0);
        }
    }

    /** The first head that is in no sequence's tail, or null. */
    private static PyClass goodHead(List<List<PyClass>> sequences) {
        for (List<PyClass> s : sequences) {
            PyClass head = s.get(0);
            boolean inTail = false;
            for (List<PyClass> other : sequences) {
                if (other.indexOf(head) > 0) {
                    inTail = true;
                    break;
                }
            }
            if (!inTail) return head;
        }
        return null;
    }
}
