package io.gilscope.reports.analysis;

/**
 * What was read from one recording file.
 *
 * @param lostBytes bytes at the end that could not be read (a truncated recording); 0 when complete
 * @param lostFromNanos epoch ns from which events are lost (start of the first unreadable chunk), or 0
 */
public record RecordingInfo(String file, long bytes, int chunks, int chunksRead, long lostBytes,
                            long lostFromNanos, long events, String problem) {
    public boolean complete() { return problem == null; }
}
