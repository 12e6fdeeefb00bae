package io.gilscope.demo.vm;

/**
 * Where the GIL agent may ask a thread to drop the GIL when it runs with checkpoints=backedge: the
 * interpreter calls {@link #reached} at backward jumps, calls and returns, the places CPython 3.10
 * and later look at their eval breaker. So, as there, no switch falls between the load and the store
 * of {@code counter += 1}. Empty without the agent, and inlined away by the JIT.
 */
public final class Checkpoint {
    private Checkpoint() {}

    public static void reached() { }
}
