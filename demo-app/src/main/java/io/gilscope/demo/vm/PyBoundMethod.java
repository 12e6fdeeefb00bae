package io.gilscope.demo.vm;

/** A callable bound to its first argument. */
public record PyBoundMethod(Object self, Object func) implements PyCallable {
    @Override
    public Object call(Object[] args, String[] kwnames) {
        return Ops.call(func, Args.prepend(self, args), kwnames);
    }

    @Override
    public String toString() {
        String n = func instanceof PyFunction f ? f.name : func instanceof BuiltinFunction b ? b.name : "?";
        return "<bound method " + Ops.typeName(self) + "." + n + " of " + Ops.repr(self) + ">";
    }
}
