package io.gilscope.demo.vm;

/** A function implemented in Java. Methods of builtin classes receive self as args[0]. */
public final class BuiltinFunction implements PyCallable {
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, String[] kwnames);
    }

    public final String name;
    private final Body body;

    public BuiltinFunction(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }

    @Override
    public String toString() { return "<built-in function " + name + ">"; }
}
