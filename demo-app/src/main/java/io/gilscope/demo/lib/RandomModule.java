package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** random: a shared java.util.Random (thread-safe); not CPython's Mersenne Twister sequence. */
public final class RandomModule {
    private RandomModule() { }

    public static PyModule create() {
        Random rnd = new Random();
        PyModule m = new PyModule("random");
        m.def("seed", (a, k) -> {
            rnd.setSeed(a.length > 0 && a[0] != PyNone.NONE ? Ops.hash(a[0]) : System.nanoTime());
            return PyNone.NONE;
        });
        m.def("random", (a, k) -> rnd.nextDouble());
        m.def("uniform", (a, k) -> {
            double lo = Ops.toDouble(a[0]), hi = Ops.toDouble(a[1]);
            return lo + (hi - lo) * rnd.nextDouble();
        });
        m.def("randint", (a, k) -> {
            long lo = Ops.toLong(a[0]), hi = Ops.toLong(a[1]);
            if (hi < lo) throw Errors.valueError("empty range for randrange()");
            return lo + (long) (rnd.nextDouble() * (hi - lo + 1));
        });
        m.def("randrange", (a, k) -> {
            long lo = a.length > 1 ? Ops.toLong(a[0]) : 0, hi = Ops.toLong(a[a.length > 1 ? 1 : 0]);
            if (hi <= lo) throw Errors.valueError("empty range for randrange()");
            return lo + (long) (rnd.nextDouble() * (hi - lo));
        });
        m.def("choice", (a, k) -> {
            List<Object> items = Ops.iterToList(a[0]);
            if (items.isEmpty()) throw Errors.make(Errors.INDEX_ERROR, "Cannot choose from an empty sequence");
            return items.get(rnd.nextInt(items.size()));
        });
        m.def("shuffle", (a, k) -> {
            PyList l = (PyList) a[0];
            synchronized (l) {
                List<Object> items = new ArrayList<>(List.of(l.toArray()));
                Collections.shuffle(items, rnd);
                l.setAll(items);
            }
            return PyNone.NONE;
        });
        return m;
    }
}
