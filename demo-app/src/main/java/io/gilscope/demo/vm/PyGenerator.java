package io.gilscope.demo.vm;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * A generator, or the coroutine an async def returns: a suspended frame that {@link Interpreter#execute}
 * resumes at each next(), send() or throw().
 */
public final class PyGenerator implements PyIter {
    private final Frame frame;
    private boolean started;
    private boolean finished;
    private Object returnValue = PyNone.NONE;
    /** 1 while a thread runs the frame; a CAS makes two threads resuming at once see ValueError, not a corrupt frame. */
    private volatile int running;
    private static final AtomicIntegerFieldUpdater<PyGenerator> RUNNING =
            AtomicIntegerFieldUpdater.newUpdater(PyGenerator.class, "running");

    public PyGenerator(Frame frame) { this.frame = frame; }

    public boolean isCoroutine() { return frame.code.isCoroutine(); }

    /** What the frame returned, once {@link #send} has returned null: StopIteration's value. */
    public Object returnValue() { return returnValue; }

    @Override
    public Object next() {
        return send(PyNone.NONE);
    }

    /** Resumes with a value for the pending yield; null when the generator is exhausted. */
    public Object send(Object value) {
        enter();
        try {
            if (finished) return null;
            if (started) frame.s[frame.sp++] = value;
            else if (value != PyNone.NONE) throw Errors.typeError("can't send non-None value to a just-started " + kind());
            started = true;
            return outcome(Interpreter.execute(frame));
        } catch (RuntimeException | Error e) {
            finished = true;
            throw e;
        } finally {
            running = 0;
        }
    }

    /**
     * generator.throw(): raises e where the frame is suspended, in the generator it delegates to
     * first (yield from, await), so a cancelled coroutine sees the exception at its innermost await.
     * The next value yielded, or null when the generator returns.
     */
    public Object throwIn(PyException e) {
        enter();
        try {
            if (finished || !started) throw e;
            return outcome(raiseAtSuspension(e));
        } catch (RuntimeException | Error x) {
            finished = true;
            throw x;
        } finally {
            running = 0;
        }
    }

    /** generator.close(): GeneratorExit at the suspension point, which must not yield again. */
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            if (throwIn(new PyException(Errors.instance(Errors.GENERATOR_EXIT))) != null) {
                throw Errors.runtimeError(kind() + " ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.value.cls.isSubclassOf(Errors.GENERATOR_EXIT) && !e.value.cls.isSubclassOf(Errors.STOP_ITERATION)) throw e;
        }
    }

    private Object raiseAtSuspension(PyException e) {
        int[] code = frame.code.code;
        if (code[frame.pc] == Op.SEND && frame.s[frame.sp - 1] instanceof PyGenerator inner) {
            Object y;
            try {
                y = inner.throwIn(e);
            } catch (PyException raised) {
                return Interpreter.execute(frame, raised);
            }
            if (y != null) return y;
            frame.s[frame.sp - 1] = inner.returnValue();
            frame.pc = code[frame.pc + 1];
            return Interpreter.execute(frame);
        }
        return Interpreter.execute(frame, e);
    }

    private void enter() {
        if (!RUNNING.compareAndSet(this, 0, 1)) throw Errors.valueError(kind() + " already executing");
    }

    /** A yielded value, or null once the frame has returned. */
    private Object outcome(Object r) {
        // Read the frame's state before another thread may resume it: checked after the release,
        // frame.done could be that thread's, and this thread's yielded value would be lost.
        if (frame.done) {
            finished = true;
            returnValue = r;
            return null;
        }
        return r;
    }

    private String kind() { return isCoroutine() ? "coroutine" : "generator"; }

    public String name() { return frame.code.name; }

    @Override
    public String toString() { return "<" + kind() + " object " + frame.code.name + ">"; }
}
