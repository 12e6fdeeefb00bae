package io.gilscope.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs tinyvm.Main in a child JVM, with the packaged agent jar or without it. */
final class ChildJvm {
    static final Path AGENT_JAR = Path.of(System.getProperty("gilscope.agent.jar", "target/gilscope-agent.jar")).toAbsolutePath();
    static final Path TEST_CLASSES = Path.of(System.getProperty("gilscope.test.classes", "target/test-classes")).toAbsolutePath();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final String TINY = "dispatch=tinyvm.Vm#exec";

    final int exit;
    final String stdout;
    final String stderr;
    final Map<String, String> values = new HashMap<>();

    private ChildJvm(int exit, String stdout, String stderr) {
        this.exit = exit;
        this.stdout = stdout;
        this.stderr = stderr;
        for (String line : stdout.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.contains(" ")) values.put(line.substring(0, eq), line.substring(eq + 1).trim());
        }
    }

    static List<String> command(String agentOptions, List<String> jvmArgs, String... mainArgs) {
        return mainCommand(agentOptions, jvmArgs, TEST_CLASSES.toString(), "tinyvm.Main", mainArgs);
    }

    static List<String> mainCommand(String agentOptions, List<String> jvmArgs, String classPath, String mainClass, String... mainArgs) {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Xshare:auto", "-XX:+EnableDynamicAgentLoading"));
        cmd.addAll(jvmArgs);
        if (agentOptions != null) cmd.add("-javaagent:" + AGENT_JAR + (agentOptions.isEmpty() ? "" : "=" + agentOptions));
        cmd.addAll(List.of("-cp", classPath, mainClass));
        cmd.addAll(List.of(mainArgs));
        return cmd;
    }

    /** Runs a third-party interpreter's main class under the agent. */
    static ChildJvm runMain(String agentOptions, String classPath, String mainClass, String... mainArgs) throws IOException, InterruptedException {
        return exec(mainCommand(agentOptions, List.of(), classPath, mainClass, mainArgs), 120);
    }

    /** The jar of a test dependency on this JVM's class path, e.g. "luaj-jse". */
    static String jar(String artifact) {
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (Path.of(e).getFileName().toString().startsWith(artifact + "-")) return e;
        }
        throw new AssertionError(artifact + " is not on the test class path");
    }

    static ChildJvm run(String agentOptions, String... mainArgs) throws IOException, InterruptedException {
        return run(agentOptions, List.of(), 120, mainArgs);
    }

    static ChildJvm run(String agentOptions, List<String> jvmArgs, int timeoutSeconds, String... mainArgs) throws IOException, InterruptedException {
        return exec(command(agentOptions, jvmArgs, mainArgs), timeoutSeconds);
    }

    static ChildJvm exec(List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("child", ".out");
        Path err = Files.createTempFile("child", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
            throw new AssertionError("child JVM did not finish in " + timeoutSeconds + " s: " + cmd + "\n"
                    + Files.readString(out) + "\n" + Files.readString(err));
        }
        ChildJvm r = new ChildJvm(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    long num(String key) {
        String v = values.get(key);
        if (v == null) throw new AssertionError("no " + key + " in\n" + this);
        return Long.parseLong(v);
    }

    String get(String key) { return values.get(key); }

    /** stderr without the JVM's own warnings. */
    List<String> agentLines() {
        List<String> lines = new ArrayList<>();
        for (String l : stderr.split("\n")) if (!l.isBlank() && !l.contains("VM warning")) lines.add(l);
        return lines;
    }

    @Override
    public String toString() { return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr; }
}
