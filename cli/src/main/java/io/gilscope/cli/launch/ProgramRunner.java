package io.gilscope.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python program in a child process within a time limit: on the demo interpreter, with or
 * without the GIL agent, or on any other command (CPython, for the benchmarks).
 */
public final class ProgramRunner {
    /**
     * What a child run printed and how it ended.
     *
     * @param othersCores cores other processes kept busy meanwhile (NaN when unknown)
     */
    public record Outcome(int exitCode, double wallSeconds, String stdout, String stderr, boolean timedOut, double othersCores) { }

    private final DemoApp demoApp;
    private final int timeoutSeconds;

    public ProgramRunner(DemoApp demoApp, int timeoutSeconds) {
        this.demoApp = demoApp;
        this.timeoutSeconds = timeoutSeconds;
    }

    public DemoApp demoApp() {
        return demoApp;
    }

    /**
     * A program on demo-app with the interpreter's options (--serve, --repeat N), under the agent with
     * {@code agentOptions} (or alone for null), in the program's folder.
     */
    public Outcome runDemo(List<String> interpreterOptions, String agentOptions, Path program, List<String> args)
            throws IOException, InterruptedException {
        return run(demoApp.command(List.of(), agentOptions, interpreterOptions, program, args), program.getParent(), Map.of());
    }

    /** Runs any command in {@code dir} with extra environment variables; stops it after the time limit. */
    public Outcome run(List<String> command, Path dir, Map<String, String> environment) throws IOException, InterruptedException {
        long start = System.nanoTime();
        OtherProcesses others = OtherProcesses.start();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Outcome(finished ? process.exitValue() : -1, wall, out.join(), err.join(), !finished, others.cores());
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
