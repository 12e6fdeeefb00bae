package io.gilscope.demo.vm;

/**
 * The Java carrier of a raised Python exception. The Python value is {@link #value}, an instance of
 * a BaseException subclass, which also keeps the traceback.
 */
public final class PyException extends RuntimeException {
    public final PyInstance value;
    /** Set by a bare re-raise: the frame that re-raises does not add a traceback entry again. */
    public boolean skipTraceback;
    /** Set once it has its __context__ (a re-raise has it already): the frames it unwinds through do not change it. */
    boolean chained;

    public PyException(PyInstance value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.cls.name + ": " + Ops.str(value);
    }
}
