package io.gilscope.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.reports.testing.ChildJvm;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files holding the chunks of several JVMs, as {@code cat a.jfr b.jfr > both.jfr} makes them, are
 * reported per pid; the same chunks twice are damage, read once. The recordings are of two JVMs that
 * ran resources/golden/Golden.java at the same time, with JFR's default settings.
 */
class GluedRecordingsTest {
    @TempDir static Path dir;
    static Path a, b;

    @BeforeAll
    static void twoJvmsAtOnce() throws Exception {
        a = dir.resolve("a.jfr");
        b = dir.resolve("b.jfr");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process pa = ChildJvm.start(java, "Golden", List.of("-XX:StartFlightRecording:filename=" + a + ",settings=default"), dir.resolve("ga.jfr").toString());
        Process pb = ChildJvm.start(java, "Golden", List.of("-XX:StartFlightRecording:filename=" + b + ",settings=default"), dir.resolve("gb.jfr").toString());
        ChildJvm.finish(pa, "Golden");
        ChildJvm.finish(pb, "Golden");
    }

    @Test
    void twoJvmsInOneFileAreTwoProcesses() throws Exception {
        ProcessSummary alone = Analyzer.analyze(a).combined(), other = Analyzer.analyze(b).combined();
        assertNotEquals(alone.pid(), other.pid());
        Summary glued = Analyzer.analyze(glue("both.jfr", a, b));
        assertEquals(2, glued.processes().size(), "one process per pid");
        ProcessSummary first = glued.processes().get(0), second = glued.processes().get(1);
        assertEquals(alone.pid(), first.pid());
        assertEquals(other.pid(), second.pid());
        for (ProcessSummary p : glued.processes()) {
            assertTrue(p.recordings().get(0).complete(), p.recordings().toString());
            assertTrue(p.recordings().get(0).file().contains("holds 2 JVMs' recordings"), p.recordings().get(0).file());
        }
        assertEquals(alone.locks().total(LockKind.MONITOR_ENTER), first.locks().total(LockKind.MONITOR_ENTER));
        assertEquals(other.locks().total(LockKind.THREAD_PARK), second.locks().total(LockKind.THREAD_PARK));
        assertEquals(alone.threads().size(), first.threads().size());
    }

    @Test
    void theSameChunksTwiceAreReadOnceAndCalledDamage() throws Exception {
        ProcessSummary alone = Analyzer.analyze(a).combined();
        Summary twice = Analyzer.analyze(glue("twice.jfr", a, a));
        assertEquals(1, twice.processes().size());
        ProcessSummary p = twice.processes().get(0);
        RecordingInfo r = p.recordings().get(0);
        assertTrue(r.problem() != null && r.problem().contains("overlaps"), String.valueOf(r.problem()));
        assertEquals(alone.locks().total(LockKind.MONITOR_ENTER), p.locks().total(LockKind.MONITOR_ENTER), "not counted twice");
        assertTrue(p.findings().stream().anyMatch(f -> f.id().equals("truncated")), "the partial-report path says so");
    }

    @Test
    void oneJvmsFileIsReadAsItIs() throws Exception {
        RecordingInfo r = Analyzer.analyze(a).combined().recordings().get(0);
        assertNull(r.problem());
        assertEquals(a.toString(), r.file());
    }

    private static Path glue(String name, Path... parts) throws IOException {
        Path out = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(out)) {
            for (Path p : parts) Files.copy(p, o);
        }
        return out;
    }
}
