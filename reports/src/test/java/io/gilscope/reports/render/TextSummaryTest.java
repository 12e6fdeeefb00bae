package io.gilscope.reports.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.testing.GilEvents;
import io.gilscope.reports.testing.GilSimulator;
import io.gilscope.reports.testing.Recordings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSummaryTest {
    private static final Object MONITOR = new Object();

    @TempDir
    Path dir;

    /** A long Thread.join (a monitor wait) beside a short real contention: the join is not the top lock site. */
    @Test
    void joinIsWaitingForWorkNotContention() throws Exception {
        Path f = Recordings.record(dir.resolve("join.jfr"), () -> {
            java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
            Thread holder = new Thread(() -> {
                synchronized (MONITOR) {
                    inside.countDown();
                    Recordings.spin(30_000_000);
                }
                Recordings.spin(200_000_000);
            }, "holder");
            synchronized (MONITOR) {
                holder.start();
                Recordings.spin(5_000_000);
            }
            inside.await();   // the holder is inside (a slow thread start let main take the monitor first, uncontended)
            synchronized (MONITOR) { Recordings.spin(1_000); }
            holder.join();
        });
        String text = TextSummary.render(Analyzer.analyze(f));
        int contention = text.indexOf("contention, top sites:");
        int waiting = text.indexOf("waiting for work");
        assertTrue(contention >= 0 && waiting > contention, text);
        String contentionSites = text.substring(contention, waiting);
        assertTrue(contentionSites.contains("[monitorEnter]") && !contentionSites.contains("[monitorWait]"), text);
        assertTrue(text.substring(waiting).contains("[monitorWait]"), "the join is listed as a wait: " + text);
    }

    /** Thread names are the program's choice: none may forge lines, colour or reorder the terminal, or widen the table. */
    @Test
    void hostileThreadNamesCannotForgeOrWidenTheTerminal() throws Exception {
        String ansi = "red\u001b[31m\r\nFAKE: all good\u0085";
        String rtl = "abc\u202edcba";
        String huge = "n".repeat(100_000);
        Path f = Recordings.record(dir.resolve("hostile.jfr"), () -> {
            GilEvents.configuration("new", 1_000_000);
            GilSimulator gil = new GilSimulator(1_000_000);
            GilSimulator.runAll(List.of(gil.cpuThread(ansi, 5), gil.cpuThread(rtl, 5), gil.cpuThread(huge, 5)));
        });
        String text = TextSummary.render(Analyzer.analyze(f));
        assertTrue(text.contains("red\\u001b[31m\\u000d\\u000aFAKE: all good\\u0085"), text);
        assertTrue(text.contains("abc\\u202edcba"), text);
        for (String line : text.split("\n")) {
            assertFalse(line.startsWith("FAKE"), "a forged line: " + line);
            assertTrue(line.chars().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT), "raw control: " + line);
            assertTrue(line.length() < Printable.MAX_NAME + 200, "a table padded to a huge name: " + line.length() + " chars");
        }
        assertTrue(text.contains("… (100000 chars)"), "the long name is shortened, saying so");
    }
}
