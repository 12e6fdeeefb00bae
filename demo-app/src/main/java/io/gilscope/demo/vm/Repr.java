package io.gilscope.demo.vm;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/** The containers whose repr this thread is making, as CPython's Py_ReprEnter keeps them: a list inside itself is [...]. */
final class Repr {
    private Repr() { }

    private static final ThreadLocal<Set<Object>> ACTIVE = ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    static String guarded(Object container, String inside, Supplier<String> repr) {
        Set<Object> active = ACTIVE.get();
        if (!active.add(container)) return inside;
        try {
            return repr.get();
        } finally {
            active.remove(container);
        }
    }
}
