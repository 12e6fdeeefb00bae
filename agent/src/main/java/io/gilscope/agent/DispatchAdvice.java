package io.gilscope.agent;

import io.gilscope.agent.gil.GilHooks;
import net.bytebuddy.asm.Advice;

/** Inlined into the dispatch method: take the GIL at the first dispatch frame, drop it when that frame exits. */
public final class DispatchAdvice {
    private DispatchAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static boolean enter(@Advice.Origin Class<?> origin) { return GilHooks.enter(origin); }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter boolean acquired, @Advice.Thrown Throwable thrown, @Advice.Origin Class<?> origin) {
        GilHooks.exit(acquired, thrown, origin);
    }
}
