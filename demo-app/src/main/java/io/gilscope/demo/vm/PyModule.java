package io.gilscope.demo.vm;

import java.util.concurrent.ConcurrentHashMap;

/** A module: a name and a namespace that threads may read and write concurrently. */
public final class PyModule {
    public final String name;
    public final ConcurrentHashMap<String, Object> dict;

    public PyModule(String name) {
        this(name, new ConcurrentHashMap<>());
    }

    /** A module whose namespace is an existing one (builtins: the interpreter's own). */
    public PyModule(String name, ConcurrentHashMap<String, Object> namespace) {
        this.name = name;
        this.dict = namespace;
        dict.putIfAbsent("__name__", name);
    }

    /** Declares a module-level function. */
    public BuiltinFunction def(String fname, BuiltinFunction.Body body) {
        BuiltinFunction f = new BuiltinFunction(fname, body);
        dict.put(fname, f);
        return f;
    }

    public void put(String key, Object value) { dict.put(key, value); }

    @Override
    public String toString() { return "<module '" + name + "'>"; }
}
