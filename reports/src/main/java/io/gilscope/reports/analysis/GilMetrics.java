package io.gilscope.reports.analysis;

/**
 * Headline GIL numbers of one process (or of several combined). Durations in ns.
 *
 * @param spanNanos from the first to the last GIL event (the interpreter's active time)
 * @param waitNanos time waiting for the GIL, including hand-off gaps
 * @param handoffGapNanos part of the waiting between a forced drop and the dropper's next request
 * @param threadTimeNanos sum of the interpreter threads' lifetimes
 * @param switches hand-offs between threads (GilStatistics when present, else GilHold events)
 * @param forcedSwitches hand-offs forced by a drop request
 * @param convoyRatio the median wait of a thread back from a blocking call, over all returns (one that found the
 *     GIL free waited 0), divided by the switch interval; NaN with fewer than {@link #CONVOY_MIN_RETURNS} returns
 */
public record GilMetrics(long spanNanos, long heldNanos, long waitNanos, long handoffGapNanos, long blockedNanos, long threadTimeNanos,
                         long switches, long forcedSwitches, long dropRequests, long dispatches,
                         long reacquisitions, int maxWaiters, int threads,
                         Stats waits, Stats holds, Stats waitsFirst, Stats waitsAfterDrop, Stats waitsAfterBlocking,
                         Stats blockingCalls, double convoyRatio) {

    /** Below this many returns from blocking calls a median wait says too little to show. */
    public static final int CONVOY_MIN_RETURNS = 20;

    public double utilisation() { return spanNanos <= 0 ? 0 : (double) heldNanos / spanNanos; }

    public double waitShare() { return threadTimeNanos <= 0 ? 0 : (double) waitNanos / threadTimeNanos; }

    public double blockedShare() { return threadTimeNanos <= 0 ? 0 : (double) blockedNanos / threadTimeNanos; }

    public double perSecond(long n) { return spanNanos <= 0 ? 0 : n * 1e9 / spanNanos; }

    public double switchesPerSecond() { return perSecond(switches); }

    public double forcedSwitchesPerSecond() { return perSecond(forcedSwitches); }
}
