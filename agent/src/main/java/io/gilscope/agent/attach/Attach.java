package io.gilscope.agent.attach;

import com.sun.tools.attach.VirtualMachine;
import java.io.File;
import java.util.Arrays;

/**
 * Loads the agent into a running JVM: {@code java -cp gilscope-agent.jar io.gilscope.agent.attach.Attach PID [options]}.
 * Exit status: 0 attached, 1 could not attach, 2 usage.
 */
public final class Attach {
    private Attach() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || !args[0].matches("\\d+")) {
            System.err.println(String.join("\n",
                    "usage: gilscope attach PID [option ...]",
                    "Loads the gilscope agent into the running JVM PID: from then on its interpreter runs under the GIL.",
                    "Options are the agent's (mode=new|legacy|fair|off, interval=5ms, checkinterval=100, dispatch=C#m,",
                    "release=C#m, jfr=out.jfr, verbose), separated by spaces or commas.",
                    "Already loaded classes are retransformed; frames already running keep their old code.",
                    "Since JDK 21 (JEP 451) the target prints a warning about dynamically loaded agents unless it",
                    "was started with -XX:+EnableDynamicAgentLoading. Attaching needs the same user as the target."));
            System.exit(args.length == 0 || !args[0].startsWith("-") ? 2 : 0);
        }
        String pid = args[0];
        String options = String.join(",", Arrays.copyOfRange(args, 1, args.length));
        try {
            String jar = new File(Attach.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getAbsolutePath();
            VirtualMachine vm = VirtualMachine.attach(pid);
            try {
                vm.loadAgent(jar, options);
            } finally {
                vm.detach();
            }
            System.out.println("gilscope: attached to " + pid + (options.isEmpty() ? "" : " with " + options));
        } catch (Exception e) {
            System.err.println("gilscope attach: cannot attach to " + pid + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
