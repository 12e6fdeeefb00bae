package io.gilscope.demo.vm;

/**
 * An async generator (PEP 525): an async def with yield. Its frame runs as a generator whose own
 * yields are wrapped ({@link Item}, by ASYNC_GEN_WRAP), so that a {@link Step}, the awaitable
 * __anext__ and asend return, can tell an item for the consumer from a future one of its awaits
 * yields to the event loop: the first ends the step with that item, the second passes through to the
 * task that awaits the step, as CPython's async_generator_asend does.
 */
public final class AsyncGenerator {
    private AsyncGenerator() { }

    /** A value the async generator yielded (not a future its awaits yield). */
    record Item(Object value) { }

    static final PyClass TYPE = new PyClass("async_generator", Types.OBJECT);

    static {
        TYPE.def("__aiter__", (a, k) -> a[0]);
        TYPE.def("__anext__", (a, k) -> new Step(generator(a[0]), PyNone.NONE, null));
        TYPE.def("asend", (a, k) -> {
            Args.count("asend", a, 2, 2);
            return new Step(generator(a[0]), a[1], null);
        });
        TYPE.def("athrow", (a, k) -> {
            Args.count("athrow", a, 2, 2);
            Object e = a[1] instanceof PyClass c ? c.call(new Object[0], null) : a[1];
            if (!Errors.isException(e)) throw Errors.typeError("exceptions must derive from BaseException");
            return new Step(generator(a[0]), PyNone.NONE, new PyException((PyInstance) e));
        });
        TYPE.def("aclose", (a, k) -> new Step(generator(a[0]), PyNone.NONE, new PyException(Errors.instance(Errors.GENERATOR_EXIT))));
    }

    static PyInstance of(PyGenerator frame) {
        PyInstance gen = new PyInstance(TYPE);
        gen.nativeState = frame;
        return gen;
    }

    private static PyGenerator generator(Object self) {
        return (PyGenerator) ((PyInstance) self).nativeState;
    }

    /** One __anext__, asend, athrow or aclose: awaited, it resumes the generator until its next item. */
    static final class Step {
        private final PyGenerator generator;
        private Object first;
        private PyException thrown;

        Step(PyGenerator generator, Object first, PyException thrown) {
            this.generator = generator;
            this.first = first;
            this.thrown = thrown;
        }

        /** SEND's step: a future to pass to the event loop, or {@link Awaitables.Returned} with the item. */
        Object send(Object value) {
            boolean closing = thrown != null && thrown.value.cls.isSubclassOf(Errors.GENERATOR_EXIT);
            Object y;
            try {
                if (thrown != null) {
                    PyException e = thrown;
                    thrown = null;
                    y = generator.throwIn(e);
                } else {
                    Object v = first != null ? first : value;
                    first = null;
                    y = generator.send(v);
                }
            } catch (PyException e) {
                if (closing && e.value.cls.isSubclassOf(Errors.GENERATOR_EXIT)) return new Awaitables.Returned(PyNone.NONE);
                throw e;
            }
            if (y == null) {
                if (closing) return new Awaitables.Returned(PyNone.NONE);
                throw new PyException(Errors.instance(Errors.STOP_ASYNC_ITERATION));
            }
            if (y instanceof Item item) {
                if (closing) throw Errors.runtimeError("async generator ignored GeneratorExit");
                return new Awaitables.Returned(item.value());
            }
            return y;
        }
    }
}
