package io.gilscope.demo.vm;

/** A generator: a suspended frame that {@link Interpreter#run} resumes at each next(). */
public final class PyGenerator implements PyIter {
    private final Frame frame;
    private boolean started;
    private boolean finished;
    private boolean running;

    public PyGenerator(Frame frame) { this.frame = frame; }

    @Override
    public Object next() {
        return send(PyNone.NONE);
    }

    /** Resumes with a value for the pending yield; null when the generator is exhausted. */
    public Object send(Object value) {
        if (finished) return null;
        if (running) throw Errors.valueError("generator already executing");
        if (started) frame.s[frame.sp++] = value;
        else if (value != PyNone.NONE) throw Errors.typeError("can't send non-None value to a just-started generator");
        started = true;
        running = true;
        Object r;
        try {
            r = Interpreter.run(frame);
        } catch (RuntimeException | Error e) {
            finished = true;
            throw e;
        } finally {
            running = false;
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
