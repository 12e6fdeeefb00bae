package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A program stopped by a signal keeps what it printed: its stdout goes to a file (block-buffered), it
 * prints three lines that stay in the buffer and spins, and the signal comes while it spins.
 */
@DisabledOnOs(OS.WINDOWS)
class ProgramExitTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"INT, 130, KeyboardInterrupt", "TERM, 143, ''"})
    void outputSurvivesTheSignal(String signal, int status, String message) throws Exception {
        Path program = Jvm.resourceProgram("prints_then_spins.py", tmp);
        Path stdout = tmp.resolve("out.txt");
        Path stderr = tmp.resolve("err.txt");
        Process child = new ProcessBuilder(Jvm.java(), "-javaagent:" + Jvm.AGENT_JAR + "=jfr=" + tmp.resolve("run.jfr"),
                "-jar", Jvm.DEMO_JAR.toString(), program.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            awaitLine(stderr, "ready", child);
            Thread.sleep(300); // the three prints after "ready" take microseconds
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the program did not stop on SIG" + signal);
        } finally {
            child.destroyForcibly();
        }
        assertEquals(status, child.exitValue(), Files.readString(stderr));
        assertEquals(List.of("line 0", "line 1", "line 2"), Files.readAllLines(stdout), "what the program printed");
        if (!message.isEmpty()) assertTrue(Files.readString(stderr).contains(message), Files.readString(stderr));
        assertTrue(Files.size(tmp.resolve("run.jfr")) > 0, "the recording is written too");
    }

    private static void awaitLine(Path file, String line, Process child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readAllLines(file).contains(line)) {
            assertTrue(child.isAlive(), "the program ended early: " + Files.readString(file));
            assertTrue(System.nanoTime() < deadline, "the program never printed " + line);
            Thread.sleep(50);
        }
    }
}
