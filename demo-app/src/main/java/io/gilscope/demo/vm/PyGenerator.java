package io.gilscope.demo.vm;

/** A generator: a suspended frame that {@link Interpreter#execute} resumes at each next(). */
public final class PyGenerator implements PyIter {
    private final Frame frame;
    private boolean started;
    private boolean finished;
    /** 1 while a thread runs the frame; a CAS makes two threads resuming at once see ValueError, not a corrupt frame. */
    private volatile int running;
    private static final java.util.concurrent.atomic.AtomicIntegerFieldUpdater<PyGenerator> RUNNING =
            java.util.concurrent.atomic.AtomicIntegerFieldUpdater.newUpdater(PyGenerator.class, "running");

    public PyGenerator(Frame frame) { this.frame = frame; }

    @Override
    public Object next() {
        return send(PyNone.NONE);
    }

    /** Resumes with a value for the pending yield; null when the generator is exhausted. */
    public Object send(Object value) {
        if (!RUNNING.compareAndSet(this, 0, 1)) throw Errors.valueError("generator already executing");
        Object r;
        try {
            if (finished) return null;
            if (started) frame.s[frame.sp++] = value;
            else if (value != PyNone.NONE) throw Errors.typeError("can't send non-None value to a just-started generator");
            started = true;
            r = Interpreter.execute(frame);
        } catch (RuntimeException | Error e) {
            finished = true;
            throw e;
        } finally {
            running = 0;
        }
        if (frame.done) {
            finished = true;
            return null;
        }
        return r;
    }

    public String name() { return frame.code.name; }

    @Override
    public String toString() { return "<generator object " + frame.code.name + ">"; }
}
