package io.gilscope.reports.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program of src/test/resources/golden with the source launcher of a given JDK, the test class
 * path (H2, HikariCP) on its class path, and the program's arguments after any JVM options.
 */
public final class ChildJvm {
    private ChildJvm() {}

    public static Process start(Path java, String program, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(Path.of("src/test/resources/golden", program + ".java").toAbsolutePath().toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits for a started program (2 minutes at most) and asserts it exited with 0. */
    public static void finish(Process p, String program) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), program + ".java did not finish");
        assertEquals(0, p.exitValue(), out);
    }
}
