package io.gilscope.cli.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start a Python program on gilscope's interpreter (demo-app), with the GIL agent or without:
 * the one place that builds that command line, for {@code run}, {@code demo} and {@code bench}.
 *
 * @param java the java executable: the one this command line runs on
 */
public record DemoApp(String java, Path demoJar, Path agentJar) {

    /** The checkout's jars, if they are built. */
    public static DemoApp of(Home home) throws Home.MissingJarException {
        return new DemoApp(currentJava(), Home.require(home.demoJar()), Home.require(home.agentJar()));
    }

    /** The JVM this process runs on: the children use the same one. */
    public static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * {@code java [jvmOptions] [-javaagent:agent=agentOptions] -jar demo.jar [interpreterOptions] program args}.
     *
     * @param agentOptions       the agent's options, or null to run without the agent
     * @param interpreterOptions demo-app's own: --serve (start its local HTTP delay server), --repeat N
     */
    public List<String> command(List<String> jvmOptions, String agentOptions, List<String> interpreterOptions, Path program,
                                List<String> args) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        if (agentOptions != null) command.add("-javaagent:" + agentJar + (agentOptions.isEmpty() ? "" : "=" + agentOptions));
        command.addAll(List.of("-jar", demoJar.toString()));
        command.addAll(interpreterOptions);
        command.add(program.toString());
        command.addAll(args);
        return command;
    }
}
