package io.gilscope.reports.analysis;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a file holding chunks of several JVMs (recordings glued together with cat, say) as one
 * recording per JVM. Every JFR chunk stands alone, with its own metadata and constants, so one JVM's
 * chunks copied into a file of their own are a valid recording. A chunk belongs to the pid of its
 * {@code jdk.JVMInformation} event (JFR writes one at the start of every chunk by default); chunks
 * without one form a group of their own. Within a JVM, a chunk that overlaps one read before it is
 * the same data twice or a damaged header: it is left out and the report says so.
 *
 * <p>Only files whose one-pass read saw several pids or overlapping chunks come here, so the usual
 * file is read once.
 */
final class JvmSplit {
    private JvmSplit() {}

    static final long UNKNOWN_PID = -1;

    static List<ProcessAggregator> read(Path file, ChunkScan scan) throws RecordingException {
        try {
            Map<Long, List<ChunkScan.Chunk>> byPid = new LinkedHashMap<>();
            for (ChunkScan.Chunk c : scan.complete) byPid.computeIfAbsent(pidOf(file, c), p -> new ArrayList<>()).add(c);
            ChunkScan.Chunk last = scan.complete.get(scan.complete.size() - 1);
            List<ProcessAggregator> out = new ArrayList<>();
            for (Map.Entry<Long, List<ChunkScan.Chunk>> e : byPid.entrySet()) {
                String truncation = e.getValue().contains(last) ? Analyzer.truncation(scan) : null;
                out.add(readJvm(file, e.getKey(), e.getValue(), byPid.size(), truncation));
            }
            return out;
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Reads one JVM's chunks, leaving out those that overlap a chunk before them. */
    private static ProcessAggregator readJvm(Path file, long pid, List<ChunkScan.Chunk> chunks, int jvms, String truncation)
            throws IOException {
        List<ChunkScan.Chunk> kept = new ArrayList<>();
        List<String> overlaps = new ArrayList<>();
        long lostBytes = 0;
        for (ChunkScan.Chunk c : chunks) {
            ChunkScan.Chunk earlier = kept.stream().filter(c::overlaps).findFirst().orElse(null);
            if (earlier == null) {
                kept.add(c);
            } else {
                overlaps.add("chunk " + c.index() + " overlaps chunk " + earlier.index());
                lostBytes += c.size();
            }
        }
        String who = pid == UNKNOWN_PID ? "chunks without JVM information" : "pid " + pid;
        ProcessAggregator agg = new ProcessAggregator(jvms == 1 ? file.getFileName().toString() : file.getFileName() + " (" + who + ")");
        Path temp = Files.createTempFile("gilscope-jvm", ".jfr");
        try {
            for (ChunkScan.Chunk c : kept) Analyzer.copy(file, temp, c.offset(), c.size());
            Analyzer.Outcome read = Analyzer.stream(temp, agg);
            agg.chunkSpan(kept.stream().mapToLong(ChunkScan.Chunk::startNanos).min().orElse(0),
                    kept.stream().mapToLong(ChunkScan.Chunk::endNanos).max().orElse(0));
            String damage = overlaps.isEmpty() ? null : "damaged: " + String.join(", ", overlaps) + " of the same JVM in time (the same "
                    + "data twice, or a damaged header); read " + kept.size() + " of its " + chunks.size() + " chunks, " + lostBytes + " bytes left out";
            String problem = Analyzer.Outcome.join(Analyzer.Outcome.join(damage, truncation), read.problem());
            long bytes = chunks.stream().mapToLong(ChunkScan.Chunk::size).sum();
            String name = jvms == 1 ? file.toString() : file + " (" + who + ": " + chunks.size() + " of its chunks; it holds " + jvms + " JVMs' recordings)";
            agg.recording(new RecordingInfo(name, bytes, chunks.size(), kept.size(), lostBytes, 0, read.events(), problem));
            return agg;
        } finally {
            Analyzer.deleteQuietly(temp);
        }
    }

    /** The pid in a chunk's JVM information, or {@link #UNKNOWN_PID}. */
    private static long pidOf(Path file, ChunkScan.Chunk c) throws IOException {
        Path temp = Files.createTempFile("gilscope-chunk", ".jfr");
        try {
            Analyzer.copy(file, temp, c.offset(), c.size());
            try (RecordingFile rf = new RecordingFile(temp)) {
                while (rf.hasMoreEvents()) {
                    RecordedEvent e = rf.readEvent();
                    if (e.getEventType().getName().equals(EventNames.JVM_INFORMATION) && e.hasField("pid")) {
                        long pid = e.getLong("pid");
                        if (pid > 0) return pid;
                    }
                }
            } catch (IOException | RuntimeException | InternalError | StackOverflowError e) {
                return UNKNOWN_PID;   // a chunk the parser cannot read: its group reports the error
            }
            return UNKNOWN_PID;
        } finally {
            Analyzer.deleteQuietly(temp);
        }
    }
}
