package io.gilscope.reports.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the chunk headers of a JFR file (magic "FLR\0", big-endian; chunk size at offset 8, start
 * time at 32, duration at 40) to find where the readable part ends. A JVM killed while writing leaves
 * a last chunk whose declared size runs past the end of the file, or a header still being written:
 * the JDK parser reads a chunk's metadata from its end, so nothing of such a chunk can be read. A
 * header whose clock makes no sense (0 ticks per second would make every duration 0, a duration of
 * centuries a wall time of 4.6e9 s) is damage: the JDK reads on, so the scan stops there instead, and
 * the chunks before it are reported as what was read. One JVM's chunks follow each other in time; a
 * chunk that starts before the one before it ended comes from another JVM (files glued together) or
 * is the same data twice ({@link #overlapping()}).
 */
final class ChunkScan {
    static final int HEADER_SIZE = 68;
    /** Chunks of one recording may touch; more overlap than this is another recording's chunk. */
    static final long OVERLAP_TOLERANCE_NANOS = 1_000_000;
    private static final long DAY_NANOS = 86_400L * 1_000_000_000L;
    private static final long MAX_DURATION_NANOS = 366 * DAY_NANOS;
    private static final long EARLIEST_START_NANOS = 946_684_800L * 1_000_000_000L;   // 2000-01-01

    final long fileSize;
    int chunks;            // chunk headers seen (complete or not)
    int completeChunks;
    long completeBytes;    // length of the prefix made of complete chunks
    long startNanos = Long.MAX_VALUE;
    long endNanos = Long.MIN_VALUE;
    long lostFromNanos;    // start of the first incomplete chunk, 0 if unknown or none
    String damage;         // why the scan stopped at a header that makes no sense, or null
    final List<Chunk> complete = new ArrayList<>();

    /** A complete chunk: where it lies in the file and the time it covers. */
    record Chunk(int index, long offset, long size, long startNanos, long durationNanos) {
        long endNanos() { return startNanos + durationNanos; }

        boolean overlaps(Chunk earlier) {
            return startNanos < earlier.endNanos() - OVERLAP_TOLERANCE_NANOS && earlier.startNanos < endNanos() - OVERLAP_TOLERANCE_NANOS;
        }
    }

    private ChunkScan(long fileSize) { this.fileSize = fileSize; }

    boolean truncated() { return completeBytes < fileSize; }

    /** Whether a complete chunk starts before the one before it in the file ended. */
    boolean overlapping() {
        for (int i = 1; i < complete.size(); i++) {
            if (complete.get(i).startNanos() < complete.get(i - 1).endNanos() - OVERLAP_TOLERANCE_NANOS) return true;
        }
        return false;
    }

    static ChunkScan of(Path file) throws RecordingException {
        if (!Files.exists(file)) throw new RecordingException(file + ": no such file");
        if (Files.isDirectory(file)) throw new RecordingException(file + ": is a directory, not a JFR recording");
        // Opening a named pipe waits for a writer, reading a device may never end.
        if (!Files.isRegularFile(file)) throw new RecordingException(file + ": not a regular file (a pipe or device), not a JFR recording");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ChunkScan scan = new ChunkScan(ch.size());
            ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
            long offset = 0;
            while (offset < scan.fileSize) {
                header.clear();
                int n = readFully(ch, header, offset);
                boolean magic = n >= 4 && header.get(0) == 'F' && header.get(1) == 'L' && header.get(2) == 'R' && header.get(3) == 0;
                if (!magic) {
                    if (offset == 0) throw new RecordingException(file + ": not a JFR recording (no FLR header)");
                    break; // trailing garbage after the last chunk: lost
                }
                scan.chunks++;
                if (n < HEADER_SIZE) break;
                long size = header.getLong(8);
                long start = header.getLong(32);
                long duration = header.getLong(40);
                if (size < HEADER_SIZE || offset + size > scan.fileSize || duration <= 0 && size == 0) {
                    scan.lostFromNanos = start > 0 ? start : 0;
                    break;
                }
                String implausible = implausible(start, duration, header.getLong(56));
                if (implausible != null) {
                    scan.damage = "chunk " + scan.chunks + " is damaged (" + implausible + ")";
                    break;
                }
                scan.completeChunks++;
                scan.completeBytes = offset + size;
                scan.complete.add(new Chunk(scan.completeChunks, offset, size, start, duration));
                if (start > 0) {
                    scan.startNanos = Math.min(scan.startNanos, start);
                    scan.endNanos = Math.max(scan.endNanos, start + Math.max(0, duration));
                }
                offset += size;
            }
            return scan;
        } catch (NoSuchFileException e) {
            throw new RecordingException(file + ": no such file");
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Why a chunk's clock makes no sense, or null: recordings start after 2000, within a day of now, and last under a year. */
    private static String implausible(long startNanos, long durationNanos, long ticksPerSecond) {
        if (ticksPerSecond <= 0) return ticksPerSecond + " ticks per second";
        if (durationNanos < 0 || durationNanos > MAX_DURATION_NANOS) return "a duration of " + durationNanos / 1e9 + " s";
        if (startNanos < EARLIEST_START_NANOS || startNanos > System.currentTimeMillis() * 1_000_000L + DAY_NANOS) {
            return "a start time of " + startNanos + " ns since 1970";
        }
        return null;
    }

    private static int readFully(FileChannel ch, ByteBuffer buf, long offset) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, offset + total);
            if (n < 0) break;
            total += n;
        }
        return total;
    }
}
