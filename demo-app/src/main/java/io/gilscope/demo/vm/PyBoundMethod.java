package io.gilscope.demo.vm;

/** A callable bound to its first argument. */
public record PyBoundMethod(Object self, Object func) implements PyCallable {
    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] a = new Object[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return Ops.call(func, a, kwnames);
    }

    @Override
    public String toString() {
        String n = func instanceof PyFunction f ? f.name : func instanceof BuiltinFunction b ? b.name : "?";
        return "<bound method " + Ops.typeName(self) + "." + n + " of " + Ops.repr(self) + ">";
    }
}
