package io.gilscope.reports.analysis;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** Time per name (blocking threads, parked-on classes) for one group, bounded; {@link #top()} is the longest. */
final class Tally {
    private final Map<String, long[]> nanos = new HashMap<>();   // a mutable total, not a boxed Long per event

    void add(String name, long n) {
        if (name == null) return;
        long[] total = nanos.get(name);
        if (total == null) {
            if (nanos.size() >= LockAggregator.MAX_THREADS_COUNTED) return;
            total = new long[1];
            nanos.put(name, total);
        }
        total[0] += Math.max(0, n);
    }

    void absorb(Tally other) {
        other.nanos.forEach((name, total) -> add(name, total[0]));
    }

    /** The name with the most time (ties: the last by name, so reports are stable), or null if none. */
    String top() {
        return nanos.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
