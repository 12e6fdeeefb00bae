package io.gilscope.agent;

import java.lang.instrument.Instrumentation;

/** Placeholder agent entry until the GIL lands. */
public final class GilAgent {
    private GilAgent() {}

    public static void premain(String options, Instrumentation inst) {}

    public static void agentmain(String options, Instrumentation inst) {}
}
