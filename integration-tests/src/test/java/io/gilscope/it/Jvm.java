package io.gilscope.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the packaged gilscope jars in child JVMs, as a user would, and captures what they print. */
final class Jvm {
    static final Path HOME = Path.of(System.getProperty("gilscope.home", "..")).toAbsolutePath().normalize();
    static final Path DEMO_JAR = HOME.resolve("demo-app/target/gilscope-demo.jar");
    static final Path AGENT_JAR = HOME.resolve("agent/target/gilscope-agent.jar");
    static final Path CLI_JAR = HOME.resolve("cli/target/gilscope-cli.jar");
    static final Path PROGRAMS = HOME.resolve("demo-app/programs");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    record Result(int exitCode, String stdout, String stderr) {
        String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private Jvm() { }

    /** {@code java -javaagent:agent=OPTIONS -jar demo.jar PROGRAM args}; no agent when options is null. */
    static Result demo(String agentOptions, Path program, String... args) {
        List<String> command = new ArrayList<>();
        command.add(JAVA);
        if (agentOptions != null) command.add("-javaagent:" + AGENT_JAR + (agentOptions.isEmpty() ? "" : "=" + agentOptions));
        command.add("-jar");
        command.add(DEMO_JAR.toString());
        command.add(program.toString());
        command.addAll(List.of(args));
        return run(command, 120);
    }

    /** {@code java -jar gilscope-cli.jar args}: what {@code ./gilscope args} runs once the jars are built. */
    static Result gilscope(String... args) {
        return run(gilscopeCommand(args), 120);
    }

    static List<String> gilscopeCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", CLI_JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static String printed(CompletableFuture<String> stream) {
        try {
            return stream.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "(unread: " + e + ")";
        }
    }

    static Result run(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                // the streams end with the process: what it printed says how far it got
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + String.join(" ", command)
                        + "\n--- stdout so far\n" + printed(out) + "\n--- stderr so far\n" + printed(err));
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static Process start(List<String> command, Path stdout, Path stderr) throws IOException {
        return new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
    }

    static String java() {
        return JAVA;
    }

    /** A program from the test resources, written to a temporary file so that it has a plain path. */
    static Path resourceProgram(String name, Path dir) throws IOException {
        try (InputStream in = Jvm.class.getResourceAsStream("/programs/" + name)) {
            if (in == null) throw new IOException("no test program " + name);
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(could not read: " + e.getMessage() + ")";
            }
        });
    }
}
