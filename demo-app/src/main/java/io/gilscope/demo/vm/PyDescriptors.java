package io.gilscope.demo.vm;

/** property, staticmethod and classmethod wrappers. */
public final class PyDescriptors {
    private PyDescriptors() { }

    public static final class Property {
        public final Object fget;
        public volatile Object fset;
        public volatile Object fdel;
        public volatile Object doc = PyNone.NONE;

        public Property(Object fget) { this.fget = fget; }
    }

    public record StaticMethod(Object func) { }

    public record ClassMethod(Object func) { }

    /** The object super() returns: attribute lookups start after {@code cls}. */
    public record Super(PyClass cls, Object self) { }
}
