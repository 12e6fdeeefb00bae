package io.gilscope.demo.vm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A function defined in Python: code plus globals, defaults and closure cells. */
public final class PyFunction implements PyCallable {
    public final CodeObject code;
    public final Map<String, Object> globals;
    public final Object[] defaults;
    public final PyDict kwdefaults;
    public final Cell[] closure;
    public final String name;
    /** The class whose body defined this function (for zero-argument super()). */
    public volatile PyClass ownerClass;
    /** Attributes set on the function object (f.x = ...). */
    public final ConcurrentHashMap<String, Object> attrs = new ConcurrentHashMap<>();

    public PyFunction(CodeObject code, Map<String, Object> globals, Object[] defaults, PyDict kwdefaults, Cell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return Interpreter.callFunction(this, args, kwnames);
    }

    @Override
    public String toString() { return "<function " + name + ">"; }
}
