package io.gilscope.demo.vm;

/**
 * await and yield from: what an await may wait on, and SEND's one step of delegation, passing a
 * value on to the iterator or coroutine being delegated to.
 */
final class Awaitables {
    private Awaitables() { }

    /** SEND's result when the delegate returned rather than yielded. */
    record Returned(Object value) { }

    /** GET_AWAITABLE: a coroutine itself, or the iterator its __await__() returns. */
    static Object awaitable(Object o) {
        if (o instanceof AsyncGenerator.Step) return o;
        if (o instanceof PyGenerator g) {
            if (g.isCoroutine()) return g;
        } else {
            Object await = Ops.getattrOrNull(o, "__await__");
            if (await != null) {
                Object it = Ops.call(await, new Object[0], null);
                if (it instanceof PyGenerator g) {
                    if (g.isCoroutine()) throw Errors.typeError("__await__() returned a coroutine");
                    return g;
                }
                if (Ops.getattrOrNull(it, "__next__") == null) {
                    throw Errors.typeError("__await__() returned non-iterator of type '" + Ops.typeName(it) + "'");
                }
                return Ops.iter(it);
            }
        }
        throw Errors.typeError("object " + Ops.typeName(o) + " can't be used in 'await' expression");
    }

    /** The delegate's next yielded value, or {@link Returned} with its return value. */
    static Object send(Object delegate, Object value) {
        if (delegate instanceof AsyncGenerator.Step step) return step.send(value);
        if (delegate instanceof PyGenerator g) {
            Object y = g.send(value);
            return y != null ? y : new Returned(g.returnValue());
        }
        if (value != PyNone.NONE) throw Errors.attributeError("'" + Ops.typeName(delegate) + "' object has no attribute 'send'");
        Object y = ((PyIter) delegate).next();
        return y != null ? y : new Returned(PyNone.NONE);
    }
}
