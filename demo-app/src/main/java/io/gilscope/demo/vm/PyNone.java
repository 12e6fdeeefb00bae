package io.gilscope.demo.vm;

/** The singletons None and Ellipsis. */
public final class PyNone {
    public static final PyNone NONE = new PyNone("None");
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis");
    /** Returned by special methods that do not handle an operand (Python's NotImplemented). */
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented");

    private final String name;

    private PyNone(String name) { this.name = name; }

    @Override
    public String toString() { return name; }
}
