package io.gilscope.reports.analysis;

import java.util.HashMap;
import java.util.Map;

/** Time per name (blocking threads, parked-on classes) for one group, bounded; {@link #top()} is the longest. */
final class Tally {
    private final Map<String, Long> nanos = new HashMap<>();

    void add(String name, long n) {
        if (name != null && (nanos.size() < LockAggregator.MAX_THREADS_COUNTED || nanos.containsKey(name))) {
            nanos.merge(name, Math.max(0, n), Long::sum);
        }
    }

    void absorb(Tally other) {
        other.nanos.forEach(this::add);
    }

    /** The name with the most time (ties: the last by name, so reports are stable), or null if none. */
    String top() {
        return nanos.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
