package io.gilscope.reports.analysis;

/**
 * One interpreter thread's GIL time. Its lifetime runs from its first to its last GIL event
 * (wait, hold or blocking call); held + waiting + blocked covers it, the rest is {@link #otherNanos()}
 * (time outside the interpreter loop, and events below the recording's thresholds).
 *
 * @param process the process label (pid or file), for combined tables
 * @param acquisitions GIL holds that began with a hand-off (GilHold events)
 * @param waitLog2Micros wait counts by power of two: index i counts waits in [2^i, 2^(i+1)) µs, index 0 also below 1 µs
 * @param mostlyWaitedFor the previous holder this thread spent most wait time on (GilWait.previousHolder), or null
 * @param mostlyWaitedForShare that holder's share of the thread's attributed wait time
 */
public record ThreadSummary(String process, long id, String name, long lifetimeNanos, long heldNanos, long waitNanos,
                            long blockedNanos, long acquisitions, long blockingCalls, long dispatches,
                            long reacquisitions, long forcedDrops, long maxHoldNanos, Stats waits,
                            long[] waitLog2Micros, String mostlyWaitedFor, double mostlyWaitedForShare) {
    public double waitShare() { return lifetimeNanos <= 0 ? 0 : (double) waitNanos / lifetimeNanos; }

    public double heldShare() { return lifetimeNanos <= 0 ? 0 : (double) heldNanos / lifetimeNanos; }

    public double blockedShare() { return lifetimeNanos <= 0 ? 0 : (double) blockedNanos / lifetimeNanos; }

    public long otherNanos() { return lifetimeNanos - heldNanos - waitNanos - blockedNanos; }
}
