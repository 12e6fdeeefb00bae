package io.gilscope.reports.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a program on the demo interpreter in a child JVM, with or without the agent, within a time limit. */
public final class ProgramRunner {
    /** What a child run printed and how it ended. */
    public record Outcome(int exitCode, double wallSeconds, String stdout, String stderr, boolean timedOut) { }

    private final String java;
    private final Path demoJar;
    private final Path agentJar;
    private final int timeoutSeconds;

    public ProgramRunner(String java, Path demoJar, Path agentJar, int timeoutSeconds) {
        this.java = java;
        this.demoJar = demoJar;
        this.agentJar = agentJar;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** @param agentOptions the agent's options, or null to run without the agent */
    public Outcome run(Path program, boolean serve, String agentOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java));
        if (agentOptions != null) command.add("-javaagent:" + agentJar + "=" + agentOptions);
        command.addAll(List.of("-jar", demoJar.toString()));
        if (serve) command.add("--serve");
        command.add(program.toString());

        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(program.getParent().toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Outcome(finished ? process.exitValue() : -1, wall, out.join(), err.join(), !finished);
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
