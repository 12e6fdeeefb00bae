package io.gilscope.demo.vm;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/** A generator: a suspended frame that {@link Interpreter#execute} resumes at each next(). */
public final class PyGenerator implements PyIter {
    private final Frame frame;
    private boolean started;
    private boolean finished;
    /** 1 while a thread runs the frame; a CAS makes two threads resuming at once see ValueError, not a corrupt frame. */
    private volatile int running;
    private static final AtomicIntegerFieldUpdater<PyGenerator> RUNNING =
            AtomicIntegerFieldUpdater.newUpdater(PyGenerator.class, "running");

    public PyGenerator(Frame frame) { this.frame = frame; }

    @Override
    public Object next() {
        return send(PyNone.NONE);
    }

    /** Resumes with a value for the pending yield; null when the generator is exhausted. */
    public Object send(Object value) {
        if (!RUNNING.compareAndSet(this, 0, 1)) throw Errors.valueError("generator already executing");
        try {
            if (finished) return null;
            if (started) frame.s[frame.sp++] = value;
            else if (value != PyNone.NONE) throw Errors.typeError("can't send non-None value to a just-started generator");
            started = true;
            Object r = Interpreter.execute(frame);
            // Read the frame's state before another thread may resume it: checked after the release,
            // frame.done could be that thread's, and this thread's yielded value would be lost.
            if (frame.done) {
                finished = true;
                return null;
            }
            return r;
        } catch (RuntimeException | Error e) {
            finished = true;
            throw e;
        } finally {
            running = 0;
        }
    }

    public String name() { return frame.code.name; }

    @Override
    public String toString() { return "<generator object " + frame.code.name + ">"; }
}
