package io.gilscope.agent;

import io.gilscope.agent.gil.GilHooks;
import net.bytebuddy.asm.Advice;

/** Inlined into a checkpoint method (checkpoints=backedge): the holder looks for a drop request here, and only here. */
public final class CheckpointAdvice {
    private CheckpointAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Origin Class<?> origin) { GilHooks.checkpoint(origin); }
}
