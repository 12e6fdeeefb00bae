package io.gilscope.reports.analysis;

import io.gilscope.reports.testing.GilEvents;
import io.gilscope.reports.testing.GilSimulator;
import io.gilscope.reports.testing.Recordings;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.*;

class AnalyzerTest {
    @TempDir Path dir;

    static Path cpuBoundRecording(Path file) throws Exception {
        return Recordings.record(file, () -> {
            GilEvents.configuration("new", 2_000_000);
            GilSimulator gil = new GilSimulator(2_000_000);
            GilSimulator.runAll(List.of(gil.cpuThread("cpu-1", 25), gil.cpuThread("cpu-2", 25)));
        });
    }

    @Test
    void cpuBoundThreadsAddUpToTheirLifetime() throws Exception {
        Path rec = cpuBoundRecording(dir.resolve("cpu.jfr"));
        Summary s = Analyzer.analyze(rec);
        ProcessSummary p = s.combined();
        assertTrue(p.gilPresent());
        assertEquals("new", p.agent().mode());
        assertEquals(2_000_000, p.agent().switchIntervalNanos());
        assertEquals(2, p.threads().size());
        for (ThreadSummary t : p.threads()) {
            long sum = t.heldNanos() + t.waitNanos() + t.blockedNanos();
            assertEquals(t.lifetimeNanos(), sum, t.lifetimeNanos() * 0.05, t.name() + " held+waiting+blocked vs lifetime");
            assertEquals(25, t.acquisitions());
            assertEquals(t.name().equals("cpu-1") ? "cpu-2" : "cpu-1", t.mostlyWaitedFor(), "waited for the other thread");
            assertTrue(t.waitNanos() > 0, t.name() + " waited");
        }
        assertTrue(p.gil().utilisation() > 0.3, "GIL busy: " + p.gil().utilisation()); // hand-offs cost time on 2 busy cores
        assertEquals((double) p.gil().heldNanos() / p.gil().spanNanos(), p.gil().utilisation(), 1e-9);
        long held = p.threads().stream().mapToLong(ThreadSummary::heldNanos).sum();
        assertEquals(held, p.gil().heldNanos());
        assertTrue(p.gil().waitShare() > 0.2, "waiting share " + p.gil().waitShare());
        assertEquals(50, p.gil().switches());
        // The findings' rules are tested with exact events in FindingsTest: on a busy machine the OS can stall a
        // spinning thread for hundreds of ms, which is a real long hold rather than CPU-bound contention.
        assertFalse(p.findings().isEmpty());
        Map<String, Double> m = s.metrics();
        assertEquals(2.0, m.get(Metrics.GIL_THREADS));
        assertTrue(m.get(Metrics.GIL_WAIT_MEAN) > 1.0, "waits are about one slice of the other thread: " + m);
        assertTrue(p.timeline().buckets() > 10, () -> "buckets " + p.timeline().buckets() + " width " + p.timeline().widthNanos());
        assertEquals(2, p.timeline().lanes().size());
    }

    @Test
    void ioThreadsNextToCpuThreadShowConvoy() throws Exception {
        Path f = Recordings.record(dir.resolve("io.jfr"), () -> {
            // The I/O thread asks for the GIL again ~1 ms into the CPU thread's 20 ms slice, so it waits most of it
            // (even if the machine is busy and sleep(1) oversleeps by a few ms).
            GilEvents.configuration("new", 20_000_000);
            GilSimulator gil = new GilSimulator(20_000_000);
            // 24 returns (the convoy indicator needs 20), all while the CPU thread still runs (40 slices).
            GilSimulator.runAll(List.of(gil.cpuThread("cpu", 40), gil.ioThread("io", 24, 50_000, 1)));
        });
        ProcessSummary p = Analyzer.analyze(f).combined();
        ThreadSummary io = p.threads().stream().filter(t -> t.name().equals("io")).findFirst().orElseThrow();
        assertEquals(24, io.blockingCalls());
        assertTrue(io.blockedNanos() >= 24_000_000L);
        long sum = io.heldNanos() + io.waitNanos() + io.blockedNanos();
        assertEquals(io.lifetimeNanos(), sum, io.lifetimeNanos() * 0.05);
        assertTrue(p.gil().waitsAfterBlocking().count() >= 20, p.gil().waitsAfterBlocking().toString());
        assertTrue(p.findings().stream().anyMatch(x -> x.id().equals("convoy-effect")),
                () -> p.findings() + " ratio " + p.gil().convoyRatio() + " " + p.gil().waitsAfterBlocking());
        assertEquals("socket#recv", p.blockingMethods().get(0).name());
    }

    static final Object MONITOR = new Object();

    static Path contentionRecording(Path file) throws Exception {
        return Recordings.record(file, () -> {
            ReentrantLock lock = new ReentrantLock();
            Thread[] ts = new Thread[3];
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(ts.length);
            for (int i = 0; i < ts.length; i++) {
                ts[i] = new Thread(() -> {
                    go.countDown();
                    try { go.await(); } catch (InterruptedException e) { return; }
                    // Holds of 1 ms: longer than the JVM's spinning, so the others really block (and are recorded).
                    for (int k = 0; k < 15; k++) {
                        synchronized (MONITOR) { Recordings.spin(1_000_000); }
                        lock.lock();
                        try { Recordings.spin(1_000_000); } finally { lock.unlock(); }
                    }
                }, "worker-" + i);
                ts[i].start();
            }
            for (Thread t : ts) t.join();
        });
    }

    @Test
    void jdkLockTotalsEqualTheRawEvents() throws Exception {
        Path f = contentionRecording(dir.resolve("locks.jfr"));
        Summary s = Analyzer.analyze(f);
        ProcessSummary p = s.combined();
        assertFalse(p.gilPresent());
        assertTrue(p.findings().stream().anyMatch(x -> x.id().equals("no-gil-events")));

        Map<String, long[]> raw = new HashMap<>(); // kind -> count, total ns, max
        Map<String, long[]> rawBySite = new HashMap<>();
        try (RecordingFile rf = new RecordingFile(f)) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                String n = e.getEventType().getName();
                LockKind kind = n.equals("jdk.JavaMonitorEnter") ? LockKind.MONITOR_ENTER
                        : n.equals("jdk.ThreadPark") ? LockKind.THREAD_PARK
                        : n.equals("jdk.JavaMonitorWait") ? LockKind.MONITOR_WAIT : null;
                if (kind == null || e.getThread().getJavaName().startsWith("JFR ")) continue;
                String site0 = e.getStackTrace() == null ? null : Analyzer.site(kind, e.getStackTrace());
                if (site0 != null && Analyzer.isHousekeeping(kind, site0)) continue;
                long d = e.getDuration().toNanos();
                long[] a = raw.computeIfAbsent(kind.id, k -> new long[3]);
                a[0]++; a[1] += d; a[2] = Math.max(a[2], d);
                // A site can hold both a lock and a condition of it: groups are per kind, contention and site.
                boolean contention = kind == LockKind.MONITOR_ENTER || kind == LockKind.THREAD_PARK
                        && LockAggregator.isLockClass(e.getClass("parkedClass") == null ? null : e.getClass("parkedClass").getName());
                String site = kind + (contention ? "+" : "-") + Analyzer.site(kind, e.getStackTrace());
                long[] b = rawBySite.computeIfAbsent(site, k -> new long[2]);
                b[0]++; b[1] += d;
            }
        }
        long[] enter = raw.get("monitorEnter");
        assertNotNull(enter, "the test made synchronized contention");
        assertNotNull(raw.get("threadPark"), "the test made ReentrantLock contention");
        for (LockKind k : LockKind.values()) {
            long[] a = raw.getOrDefault(k.id, new long[3]);
            Stats st = p.locks().total(k);
            assertEquals(a[0], st.count(), k + " count");
            assertEquals(a[1], st.totalNanos(), k + " total");
            assertEquals(a[2], st.maxNanos(), k + " max");
        }
        for (LockGroup g : p.locks().bySite()) {
            long[] b = rawBySite.get(g.kind() + (g.contention() ? "+" : "-") + g.key());
            assertNotNull(b, "site " + g.key());
            assertEquals(b[0], g.stats().count());
            assertEquals(b[1], g.stats().totalNanos());
        }
        assertTrue(p.locks().bySite().stream().anyMatch(g -> g.kind() == LockKind.MONITOR_ENTER
                && g.key().contains("AnalyzerTest.lambda$contentionRecording$")), "monitor site is the synchronized block's method");
        assertTrue(p.locks().bySite().stream().anyMatch(g -> g.kind() == LockKind.THREAD_PARK
                && g.key().contains("AnalyzerTest.lambda$contentionRecording$")), () -> "park site skips java.util.concurrent.locks: " + p.locks().bySite());
        assertTrue(p.locks().byClass().stream().anyMatch(g -> g.key().equals("java.util.concurrent.locks.ReentrantLock$NonfairSync")));
        assertTrue(p.locks().byClass().stream().anyMatch(g -> g.key().equals("java.lang.Object")));
        LockGroup top = p.locks().bySite().get(0);
        assertFalse(top.examples().isEmpty());
        assertEquals(s.metric(Metrics.lock(LockKind.MONITOR_ENTER, "count")), (double) enter[0]);
    }

    @Test
    void recordingWithoutContentionSaysSo() throws Exception {
        Path f = Recordings.record(dir.resolve("quiet.jfr"), () -> Recordings.spin(1_000_000));
        ProcessSummary p = Analyzer.analyze(f).combined();
        assertFalse(p.locks().contended(), () -> p.locks().bySite() + " " + p.locks().byThread());
        assertTrue(p.findings().stream().anyMatch(x -> x.id().equals("no-jdk-contention")));
    }

    @Test
    void missingAndNonJfrFilesFailWithOneLine() throws Exception {
        RecordingException e = assertThrows(RecordingException.class, () -> Analyzer.analyze(dir.resolve("nope.jfr")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        Path text = Files.writeString(dir.resolve("text.jfr"), "hello, not a recording\n");
        e = assertThrows(RecordingException.class, () -> Analyzer.analyze(text));
        assertTrue(e.getMessage().contains("not a JFR recording"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void truncatedSingleChunkIsUnreadable() throws Exception {
        Path f = cpuBoundRecording(dir.resolve("one.jfr"));
        byte[] all = Files.readAllBytes(f);
        Path cut = Files.write(dir.resolve("cut.jfr"), java.util.Arrays.copyOf(all, all.length / 2));
        RecordingException e = assertThrows(RecordingException.class, () -> Analyzer.analyze(cut));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedMultiChunkReadsWhatItCanAndSaysWhatWasLost() throws Exception {
        Path f = multiChunk(dir.resolve("multi.jfr"));
        ChunkScan scan = ChunkScan.of(f);
        assertTrue(scan.completeChunks >= 2, "chunks: " + scan.completeChunks);
        byte[] all = Files.readAllBytes(f);
        Path cut = Files.write(dir.resolve("cut.jfr"), java.util.Arrays.copyOf(all, all.length - 100));
        Summary s = Analyzer.analyze(cut);
        assertFalse(s.complete());
        RecordingInfo info = s.combined().recordings().get(0);
        assertTrue(info.events() > 0);
        assertTrue(info.lostBytes() > 100);
        assertTrue(info.problem().contains("truncated"), info.problem());
        assertTrue(s.findings().stream().anyMatch(x -> x.id().equals("truncated")));
        assertTrue(s.combined().gil().holds().count() > 0, "the first chunk's holds were read");
    }

    @Test
    void aChunkWhoseClockMakesNoSenseEndsWhatIsReadAndSaysSo() throws Exception {
        Path f = multiChunk(dir.resolve("multi-clock.jfr"));
        byte[] all = Files.readAllBytes(f);
        long firstChunk = ByteBuffer.wrap(all).getLong(8);
        Summary whole = Analyzer.analyze(f);
        for (long[] patch : new long[][] {{56, 0}, {40, Long.MAX_VALUE / 2}, {32, 1}}) {
            byte[] damaged = all.clone();
            ByteBuffer.wrap(damaged).putLong((int) (firstChunk + patch[0]), patch[1]);
            Path bad = Files.write(dir.resolve("damaged-" + patch[0] + ".jfr"), damaged);
            Summary s = Analyzer.analyze(bad);
            assertFalse(s.complete(), "the JDK would read on with a broken clock");
            String problem = s.combined().recordings().get(0).problem();
            assertTrue(problem.startsWith("chunk 2 is damaged ("), problem);
            assertTrue(problem.contains("read 1 complete chunk(s)"), problem);
            assertTrue(s.combined().wallNanos() <= whole.combined().wallNanos(), "no wall time of centuries: " + s.combined().wallNanos());
        }
        byte[] first = all.clone();
        ByteBuffer.wrap(first).putLong(56, 0);
        Path bad = Files.write(dir.resolve("damaged-first.jfr"), first);
        RecordingException e = assertThrows(RecordingException.class, () -> Analyzer.analyze(bad));
        assertTrue(e.getMessage().contains("chunk 1 is damaged (0 ticks per second)"), e.getMessage());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aNamedPipeIsRefusedAtOnceNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("pipe.jfr");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        RecordingException e = assertThrows(RecordingException.class, () -> Analyzer.analyze(fifo));
        assertEquals(fifo + ": not a regular file (a pipe or device), not a JFR recording", e.getMessage());
    }

    /** Starting and stopping another recording rotates the chunk. */
    static Path multiChunk(Path file) throws Exception {
        return Recordings.record(file, () -> {
            GilEvents.configuration("new", 1_000_000);
            GilSimulator gil = new GilSimulator(1_000_000);
            GilSimulator.runAll(List.of(gil.cpuThread("a", 10), gil.cpuThread("b", 10)));
            try (jdk.jfr.Recording other = new jdk.jfr.Recording()) {
                other.start();
                GilSimulator.runAll(List.of(gil.cpuThread("c", 10), gil.cpuThread("d", 10)));
                other.stop();
            }
            GilSimulator.runAll(List.of(gil.cpuThread("e", 5)));
        });
    }

    /** Two CPU-bound threads after {@code configure} wrote the GilConfiguration. */
    static Path configured(Path file, Runnable configure) throws Exception {
        return Recordings.record(file, () -> {
            configure.run();
            GilSimulator gil = new GilSimulator(1_000_000);
            GilSimulator.runAll(List.of(gil.cpuThread("cpu-1", 5), gil.cpuThread("cpu-2", 5)));
        });
    }

    @Test
    void dispatchesAreCountedUnlessTheConfigurationSaysNot() throws Exception {
        // The simulator writes dispatch counts either way: the flag, not a 0, must decide.
        Path counted = configured(dir.resolve("counted.jfr"), () -> GilEvents.configuration("new", 1_000_000, true));
        Path uncounted = configured(dir.resolve("uncounted.jfr"), () -> GilEvents.configuration("new", 1_000_000, false));
        Path old = configured(dir.resolve("old.jfr"), () -> GilEvents.configurationBeforeCounting("fair", 1_000_000));

        Summary u = Analyzer.analyze(uncounted);
        assertFalse(u.combined().agent().dispatchesCounted());
        assertFalse(u.metrics().containsKey(Metrics.GIL_DISPATCHES_PER_SECOND), u.metrics().toString());
        assertTrue(Metrics.names().contains(Metrics.GIL_DISPATCHES_PER_SECOND), "still a known name (budgets, baselines)");

        Summary o = Analyzer.analyze(old);
        assertEquals("fair", o.combined().agent().mode(), "the old configuration was read");
        assertTrue(o.combined().agent().dispatchesCounted(), "agents before the field always counted");
        assertTrue(o.metric(Metrics.GIL_DISPATCHES_PER_SECOND) > 0, o.metrics().toString());

        Summary both = Analyzer.analyze(List.of(counted, old), "both");
        assertTrue(both.combined().agent().dispatchesCounted());
        assertEquals(both.processes().get(0).gil().dispatches() + both.processes().get(1).gil().dispatches(),
                both.combined().gil().dispatches());
        assertTrue(both.metrics().containsKey(Metrics.GIL_DISPATCHES_PER_SECOND));

        Summary mixed = Analyzer.analyze(List.of(counted, uncounted), "mixed");
        assertTrue(mixed.processes().get(0).agent().dispatchesCounted());
        assertTrue(Metrics.of(mixed.processes().get(0)).containsKey(Metrics.GIL_DISPATCHES_PER_SECOND));
        assertFalse(mixed.processes().get(1).agent().dispatchesCounted());
        assertFalse(mixed.combined().agent().dispatchesCounted(), "a sum with an uncounted part is not a count");
        assertFalse(mixed.metrics().containsKey(Metrics.GIL_DISPATCHES_PER_SECOND));
    }

    @Test
    void severalRecordingsArePerProcessPlusCombined() throws Exception {
        Path a = cpuBoundRecording(dir.resolve("a.jfr"));
        Path b = cpuBoundRecording(dir.resolve("b.jfr"));
        Summary s = Analyzer.analyze(List.of(a, b), "pool");
        assertEquals(2, s.processes().size());
        assertEquals(4, s.combined().threads().size());
        assertEquals(100, s.combined().gil().switches());
        assertNull(s.combined().timeline());
        long held = s.processes().get(0).gil().heldNanos() + s.processes().get(1).gil().heldNanos();
        assertEquals(held, s.combined().gil().heldNanos());
        assertEquals(s.processes().get(0).gil().waits().count() + s.processes().get(1).gil().waits().count(),
                s.combined().gil().waits().count());
    }
}
