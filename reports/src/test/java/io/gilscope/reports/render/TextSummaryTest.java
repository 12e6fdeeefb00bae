package io.gilscope.reports.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.testing.Recordings;
import java.nio.file.Path;
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
            Thread holder = new Thread(() -> {
                synchronized (MONITOR) { Recordings.spin(30_000_000); }
                Recordings.spin(200_000_000);
            }, "holder");
            synchronized (MONITOR) {
                holder.start();
                Recordings.spin(5_000_000);
            }
            Thread.sleep(1);
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
}
