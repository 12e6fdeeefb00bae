package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gilscope top PID` on a running program: live shares per thread, the holder, and where threads waited. */
class TopCommandTest {
    @TempDir Path tmp;

    private Process start(boolean agent) throws Exception {
        Path program = Files.writeString(tmp.resolve("busy.py"), """
                import threading, time
                def spin(n):
                    while n > 0:
                        n -= 1
                def work():
                    for _ in range(1000):
                        spin(3_000_000)
                ts = [threading.Thread(target=work, name="cruncher-%d" % i) for i in range(2)]
                for t in ts: t.start()
                for t in ts: t.join()
                """);
        List<String> command = new ArrayList<>(List.of(Jvm.java()));
        if (agent) command.add("-javaagent:" + Jvm.AGENT_JAR);
        command.addAll(List.of("-jar", Jvm.DEMO_JAR.toString(), program.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(1500);   // running Python code
        assertTrue(p.isAlive(), "the program runs");
        return p;
    }

    @Test
    void showsEachThreadsShareTheHolderAndWhereThreadsWaited() throws Exception {
        Process p = start(true);
        try {
            // The holder is the one a periodic statistics event saw: during a hand-off there is none, so look up to 3 times
            String out = "";
            for (int attempt = 0; attempt < 3 && !out.contains("holder cruncher-"); attempt++) {
                Jvm.Result top = Jvm.gilscope("top", Long.toString(p.pid()), "--once", "--interval", "2");
                assertEquals(0, top.exitCode(), top.describe());
                out = top.stdout();
            }
            Matcher row = Pattern.compile("cruncher-0\\s+(\\d+)%\\s+(\\d+)%").matcher(out);
            assertTrue(row.find(), out);
            int held = Integer.parseInt(row.group(1)), waiting = Integer.parseInt(row.group(2));
            assertTrue(held >= 20 && waiting >= 20 && held + waiting <= 110, "two CPU-bound threads share the GIL: " + out);
            assertTrue(out.contains("holder cruncher-"), out);
            assertTrue(out.contains("spin (") && out.contains("top waiting places"), out);
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    @Test
    void aJvmWithoutTheAgentIsUnusableInput() throws Exception {
        Process p = start(false);
        try {
            Jvm.Result top = Jvm.gilscope("top", Long.toString(p.pid()), "--once");
            assertEquals(2, top.exitCode(), top.describe());
            assertTrue(top.stderr().contains("runs no gilscope agent"), top.describe());
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
        Jvm.Result none = Jvm.gilscope("top", "999999999", "--once");
        assertEquals(2, none.exitCode(), none.describe());
        assertTrue(none.stderr().contains("no process 999999999"), none.describe());
    }
}
