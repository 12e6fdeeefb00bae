package io.gilscope.demo.vm;

import java.util.List;

/** dict.keys() / values() / items(): a live view over the dict, iterated over a snapshot. */
public record PyDictView(PyDict dict, String kind) {
    public List<Object> items() {
        return switch (kind) {
            case "keys" -> dict.keys();
            case "values" -> dict.values();
            default -> dict.entries().stream().map(kv -> (Object) PyTuple.of(kv[0], kv[1])).toList();
        };
    }

    public boolean contains(Object o) {
        if (kind.equals("keys")) return dict.containsKey(o);
        for (Object x : items()) if (Ops.eq(x, o)) return true;
        return false;
    }

    @Override
    public String toString() {
        return "dict_" + kind + "(" + Ops.repr(new PyList(items())) + ")";
    }
}
