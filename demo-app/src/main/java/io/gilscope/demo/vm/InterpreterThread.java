package io.gilscope.demo.vm;

/**
 * A thread that runs Python code: the main program's, a threading.Thread's, a worker process's. It
 * knows its innermost Python frame (frames link to their callers), so that {@link Locations} can say
 * where the thread is. A field of the thread, not a ThreadLocal, so that a call costs two stores.
 */
public final class InterpreterThread extends Thread {
    Frame top;

    public InterpreterThread(Runnable body, String name, long stackSize) {
        super(null, body, name, stackSize);
    }

    /** The current thread's innermost Python frame, or null outside Python code or an interpreter thread. */
    static Frame currentFrame() {
        return Thread.currentThread() instanceof InterpreterThread t ? t.top : null;
    }
}
