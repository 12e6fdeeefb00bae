package io.gilscope.reports.analysis;

import java.util.List;
import java.util.Map;

/**
 * JDK lock contention. Sites: for {@code jdk.JavaMonitorEnter} the top frame (as
 * {@code jfr view contention-by-site} groups them); for waits and parks the first frame outside the
 * JDK's lock and wait machinery, i.e. the code that called {@code lock()}, {@code take()} or {@code wait()}.
 *
 * @param totals per kind, over all events of that kind
 * @param parkedOnLocks the {@code jdk.ThreadPark} events whose parked-on class is a lock
 *        ({@code ReentrantLock}, {@code ReentrantReadWriteLock}, {@code StampedLock}, {@code Semaphore}),
 *        not a condition, latch, queue or future (threads waiting for work or results)
 * @param groupsDropped groups beyond the bound that were folded into an "(other)" group
 * @param virtualThreads virtual threads seen in the recording (in execution samples): JFR records no
 *        monitor or park event of a virtual thread, so their contention is not in these numbers
 */
public record LockSummary(Map<LockKind, Stats> totals, Stats parkedOnLocks, List<LockGroup> byClass, List<LockGroup> bySite,
                          List<LockGroup> byThread, long groupsDropped, int virtualThreads) {
    public boolean any() {
        return totals.values().stream().anyMatch(s -> s.count() > 0);
    }

    /** Whether any thread blocked on a monitor or parked on a lock (waits for work do not count). */
    public boolean contended() {
        return total(LockKind.MONITOR_ENTER).count() > 0 || total(LockKind.MONITOR_REENTER).count() > 0 || parkedOnLocks.count() > 0;
    }

    public Stats total(LockKind kind) {
        return totals.getOrDefault(kind, Stats.EMPTY);
    }
}
