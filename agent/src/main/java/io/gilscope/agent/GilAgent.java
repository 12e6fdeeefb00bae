package io.gilscope.agent;

import java.lang.instrument.Instrumentation;

/**
 * The agent's entry: {@code -javaagent:gilscope-agent.jar[=options]} or a dynamic attach
 * ({@code io.gilscope.agent.attach.Attach}). Options: see {@link AgentOptions}.
 * The GIL runtime (packages gil and jfr) is what inlined advice calls, so the interpreter's class
 * loader must see the very classes the agent installed: by default they come from the agent jar on
 * the system class path (which -javaagent and attach put it on, and which ordinary loaders delegate
 * to); with the {@code bootstrap} option they are copied to the bootstrap class path first (the JVM
 * then warns that class data sharing is limited). Nothing here touches the runtime before that.
 */
public final class GilAgent {
    private GilAgent() {}

    public static void premain(String options, Instrumentation inst) { start(options, inst, false); }

    public static void agentmain(String options, Instrumentation inst) { start(options, inst, true); }

    private static void start(String options, Instrumentation inst, boolean attached) {
        if (System.getProperty("gilscope.gil") != null) {
            System.err.println("gilscope: the agent is already running in this JVM (mode " + System.getProperty("gilscope.gil") + "); ignored");
            return;
        }
        if (AgentOptions.parse(options).bootstrap) {
            try {
                BootstrapJar.inject(inst);
            } catch (Exception e) {
                System.err.println("gilscope: cannot put the GIL runtime on the bootstrap class path (" + e + "); agent not started");
                return;
            }
        }
        Installer.install(options, inst, attached);
    }
}
