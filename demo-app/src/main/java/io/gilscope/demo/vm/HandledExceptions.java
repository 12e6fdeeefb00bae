package io.gilscope.demo.vm;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The exception an except block is handling, as CPython keeps it per frame: SET_HANDLED records it
 * in {@link Frame#handling} when a handler starts and puts back the enclosing handler's when it ends.
 * It is what {@code sys.exc_info()} answers and what a new exception gets as its {@code __context__}.
 */
public final class HandledExceptions {
    private HandledExceptions() { }

    /** The exception being handled in the innermost frame that handles one, or null. */
    public static PyInstance current() {
        for (Frame f = InterpreterThread.currentFrame(); f != null; f = f.back) {
            if (f.handling != null) return f.handling;
        }
        return null;
    }

    /**
     * A new exception raised while another is handled (in f or a frame that called it) gets it as
     * {@code __context__}, unless that would make a cycle, which CPython breaks the same way.
     */
    static void chain(PyInstance raised, Frame f) {
        PyInstance handled = f.handling;
        for (Frame g = f.back; handled == null && g != null; g = g.back) handled = g.handling;
        if (handled == null || handled == raised) return;
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object c = handled; c instanceof PyInstance i && seen.add(i); c = i.attrs.get("__context__")) {
            if (i.attrs.get("__context__") == raised) {
                i.attrs.remove("__context__");
                break;
            }
        }
        raised.attrs.put("__context__", handled);
    }

    /** BaseException's __cause__, __context__, __suppress_context__ and __traceback__. */
    static void defineAttributes(PyClass baseException) {
        baseException.dict.put("__cause__", property("__cause__", PyNone.NONE, (self, v) -> {
            self.attrs.put("__cause__", v);
            self.attrs.put("__suppress_context__", Boolean.TRUE);   // as CPython: setting a cause hides the context
        }));
        baseException.dict.put("__context__", property("__context__", PyNone.NONE, (self, v) -> self.attrs.put("__context__", v)));
        baseException.dict.put("__suppress_context__", property("__suppress_context__", Boolean.FALSE,
                (self, v) -> self.attrs.put("__suppress_context__", Ops.truthy(v))));
        PyDescriptors.Property tb = new PyDescriptors.Property(new BuiltinFunction("__traceback__", (a, k) -> Traceback.object((PyInstance) a[0])));
        tb.fset = new BuiltinFunction("__traceback__", (a, k) -> PyNone.NONE);   // with_traceback and assignments keep the recorded one
        baseException.dict.put("__traceback__", tb);
    }

    private interface Setter {
        void set(PyInstance self, Object value);
    }

    private static PyDescriptors.Property property(String name, Object absent, Setter setter) {
        PyDescriptors.Property p = new PyDescriptors.Property(new BuiltinFunction(name, (a, k) -> {
            Object v = ((PyInstance) a[0]).attrs.get(name);
            return v == null ? absent : v;
        }));
        p.fset = new BuiltinFunction(name, (a, k) -> {
            setter.set((PyInstance) a[0], a[1]);
            return PyNone.NONE;
        });
        return p;
    }
}
