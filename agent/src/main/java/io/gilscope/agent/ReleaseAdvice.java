package io.gilscope.agent;

import io.gilscope.agent.gil.GilHooks;
import net.bytebuddy.asm.Advice;

/** Inlined into every release method: drop the GIL on entry, take it back on exit. */
public final class ReleaseAdvice {
    private ReleaseAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.Origin("#t\\##m") String method, @Advice.Origin Class<?> origin) {
        return GilHooks.releaseEnter(method, origin);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object token) { GilHooks.releaseExit(token); }
}
