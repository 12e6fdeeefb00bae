package io.gilscope.cli;

import io.gilscope.cli.launch.Home;
import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import io.gilscope.reports.render.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "attach", mixinStandardHelpOptions = true,
        header = "Load the GIL agent into a running JVM (the Attach API).",
        description = {"From then on the interpreter in JVM PID runs under the GIL. Options are the agent's "
                + "(mode=new|legacy|fair|off, interval=5ms, checkinterval=100, dispatch=C#m, release=C#m, jfr=out.jfr, "
                + "verbose), separated by spaces or commas.",
                "Already loaded classes are retransformed; frames already running keep their old code until they return. "
                + "Since JDK 21 (JEP 451) the target prints a warning about dynamically loaded agents unless it was "
                + "started with -XX:+EnableDynamicAgentLoading. Attaching needs the same user as the target."},
        footer = {"", "Example: gilscope attach 12345 mode=new jfr=attached.jfr",
                "", "Exit codes: 0 attached, 1 the JVM refused or the agent failed to start, 2 bad command line, "
                + "or PID is not a JVM this user can attach to."})
final class AttachCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PID", description = "the process id of the JVM")
    long pid;

    @Parameters(index = "1..*", paramLabel = "OPTION", description = "agent options, e.g. mode=fair jfr=run.jfr")
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() throws Home.MissingJarException {
        String agentOptions = String.join(",", options);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String notAttachable = notAttachable(pid);
        if (notAttachable != null) {
            err.println("gilscope attach: " + notAttachable);
            err.flush();
            return ExitCode.UNUSABLE;
        }
        String jar = Home.require(Home.locate().agentJar()).toAbsolutePath().toString();
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            try {
                vm.loadAgent(jar, agentOptions);
            } finally {
                vm.detach();
            }
        } catch (AttachNotSupportedException | IOException | AgentLoadException | AgentInitializationException e) {
            err.println("gilscope attach: cannot attach to " + pid + ": " + Printable.line(String.valueOf(e.getMessage())));
            err.flush();
            return ExitCode.FAILED;
        }
        out.println("gilscope: attached to " + pid + (agentOptions.isEmpty() ? "" : " with " + agentOptions));
        out.flush();
        return ExitCode.OK;
    }

    /**
     * Why {@code pid} cannot be attached to, or null if it is a JVM this user can attach to. Asked first
     * because attaching to anything else waits about 10 s for an answer that never comes.
     */
    static String notAttachable(long pid) {
        if (ProcessHandle.of(pid).isEmpty()) return "no process " + pid;
        String id = Long.toString(pid);
        if (VirtualMachine.list().stream().noneMatch(d -> d.id().equals(id))) {
            return "process " + pid + " is not a JVM this user can attach to (see jcmd -l; a JVM started with "
                    + "-XX:-UsePerfData or -XX:+DisableAttachMechanism is not listed)";
        }
        return null;
    }
}
