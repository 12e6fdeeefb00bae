package io.gilscope.demo.shared;

import java.util.concurrent.atomic.AtomicLong;

/** Interpreter ids, unique in the JVM: the main interpreter is 0, each one created after it the next number. */
public final class InterpreterIds {
    private static final AtomicLong NEXT = new AtomicLong(1);

    private InterpreterIds() { }

    public static long next() { return NEXT.getAndIncrement(); }
}
