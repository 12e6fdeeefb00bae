package io.gilscope.reports.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Walks the chunk headers of a JFR file (magic "FLR\0", big-endian; chunk size at offset 8, start
 * time at 32, duration at 40) to find where the readable part ends. A JVM killed while writing leaves
 * a last chunk whose declared size runs past the end of the file, or a header still being written:
 * the JDK parser reads a chunk's metadata from its end, so nothing of such a chunk can be read.
 */
final class ChunkScan {
    static final int HEADER_SIZE = 68;

    final long fileSize;
    int chunks;            // chunk headers seen (complete or not)
    int completeChunks;
    long completeBytes;    // length of the prefix made of complete chunks
    long startNanos = Long.MAX_VALUE;
    long endNanos = Long.MIN_VALUE;
    long lostFromNanos;    // start of the first incomplete chunk, 0 if unknown or none

    private ChunkScan(long fileSize) { this.fileSize = fileSize; }

    boolean truncated() { return completeBytes < fileSize; }

    static ChunkScan of(Path file) throws RecordingException {
        if (!Files.exists(file)) throw new RecordingException(file + ": no such file");
        if (Files.isDirectory(file)) throw new RecordingException(file + ": is a directory, not a JFR recording");
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
                scan.completeChunks++;
                scan.completeBytes = offset + size;
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
