package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program stopped by a signal keeps what it printed: its stdout goes to a file (block-buffered), it
 * prints three lines that stay in the buffer and spins, and the signal comes while it spins. Ctrl-C
 * raises KeyboardInterrupt inside the program, as on CPython: its finally blocks and except clauses run.
 */
@DisabledOnOs(OS.WINDOWS)
class ProgramExitTest {
    @TempDir
    Path tmp;

    @Test
    void ctrlCRaisesKeyboardInterruptWhereTheMainThreadIsAndFinallyRuns() throws Exception {
        Process child = start("prints_then_spins.py", "INT");
        assertEquals(130, child.exitValue(), Files.readString(stderr()));
        assertEquals(List.of("line 0", "line 1", "line 2", "finally ran"), Files.readAllLines(stdout()), "what the program printed");
        String err = Files.readString(stderr());
        assertTrue(err.matches("(?s)ready\nTraceback \\(most recent call last\\):\n  File \"[^\"]*prints_then_spins.py\", line (9|10), in <module>\n.*"
                + "KeyboardInterrupt\n"), err);
        assertTrue(Files.size(tmp.resolve("run.jfr")) > 0, "the recording is written too");
    }

    @Test
    void ctrlCInterruptsABlockingCallOfTheMainThreadOnly() throws Exception {
        Process child = start("sleeps_then_catches.py", "INT");
        assertEquals(0, child.exitValue(), Files.readString(stderr()));
        assertEquals(List.of("caught KeyboardInterrupt in MainThread", "done"), Files.readAllLines(stdout()));
    }

    @Test
    void sigtermKeepsTheOutputAndExitsWith143() throws Exception {
        Process child = start("prints_then_spins.py", "TERM");
        assertEquals(143, child.exitValue(), Files.readString(stderr()));
        assertEquals(List.of("line 0", "line 1", "line 2"), Files.readAllLines(stdout()), "what the program printed");
        assertTrue(Files.size(tmp.resolve("run.jfr")) > 0, "the recording is written too");
    }

    /** Runs the program under the agent, output to files, sends the signal once it is ready, and waits for the end. */
    private Process start(String name, String signal) throws Exception {
        Path program = Jvm.resourceProgram(name, tmp);
        Process child = new ProcessBuilder(Jvm.java(), "-javaagent:" + Jvm.AGENT_JAR + "=jfr=" + tmp.resolve("run.jfr"),
                "-jar", Jvm.DEMO_JAR.toString(), program.toString())
                .redirectOutput(stdout().toFile()).redirectError(stderr().toFile()).start();
        try {
            awaitLine(stderr(), "ready", child);
            Thread.sleep(300); // the prints after "ready" take microseconds
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the program did not stop on SIG" + signal);
        } finally {
            child.destroyForcibly();
        }
        return child;
    }

    private Path stdout() {
        return tmp.resolve("out.txt");
    }

    private Path stderr() {
        return tmp.resolve("err.txt");
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
