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

    /**
     * The interpreter's garbage collector unless JAVA_OPTS names one. It boxes every intermediate value,
     * and the parallel collector's cheaper write barriers make demo-app's dispatch loop 10-25 % faster
     * than under G1, the default on 2 cores (demo-app/bench/speed_vs_cpython.py), with threads scaling alike.
     */
    static final String COLLECTOR = "-XX:+UseParallelGC";

    private static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

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
        if (jvmOptions.stream().noneMatch(DemoApp::choosesCollector)) command.add(COLLECTOR);
        command.addAll(jvmOptions);
        if (agentOptions != null) command.add("-javaagent:" + agentJar + (agentOptions.isEmpty() ? "" : "=" + agentOptions));
        command.addAll(List.of("-jar", demoJar.toString()));
        command.addAll(interpreterOptions);
        command.add(program.toString());
        command.addAll(args);
        return command;
    }
}
