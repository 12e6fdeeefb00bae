package io.gilscope.reports.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Per-interpreter GIL totals, and the statistics events' totals, which each GIL reports for itself. */
final class InterpreterAggregator {
    /** One GIL's totals; lane: its timeline lane, -1 until it has one. */
    static final class Gil {
        final int id;
        final Set<Long> threads = new HashSet<>();
        long held, holds, waiting, waits, holdDispatches;
        long statDispatches = -1, statSwitches = -1, statForced = -1, statReacq = -1;
        int lane = -1;

        Gil(int id) { this.id = id; }
    }

    private final Map<Integer, Gil> gils = new TreeMap<>();

    /** The GIL of an interpreter; events of agents without the field (-1) are the first interpreter's. */
    Gil of(int interpreter) {
        return gils.computeIfAbsent(Math.max(0, interpreter), Gil::new);
    }

    int count() { return gils.size(); }

    Iterable<Gil> all() { return gils.values(); }

    void hold(int interpreter, long threadId, long nanos, long dispatches) {
        Gil g = of(interpreter);
        g.threads.add(threadId);
        g.held += nanos;
        g.holds++;
        g.holdDispatches += Math.max(0, dispatches);
    }

    void wait(int interpreter, long threadId, long nanos) {
        Gil g = of(interpreter);
        g.threads.add(threadId);
        g.waiting += nanos;
        g.waits++;
    }

    /** A statistics event: totals since its GIL started, so the latest (largest) counts. */
    void statistics(int interpreter, long dispatches, long switches, long forced, long reacquisitions) {
        Gil g = of(interpreter);
        g.statDispatches = Math.max(g.statDispatches, dispatches);
        g.statSwitches = Math.max(g.statSwitches, switches);
        g.statForced = Math.max(g.statForced, forced);
        g.statReacq = Math.max(g.statReacq, reacquisitions);
    }

    /** The sum over the GILs of a statistics total, -1 when no GIL reported it. */
    long total(java.util.function.ToLongFunction<Gil> stat) {
        long sum = -1;
        for (Gil g : gils.values()) {
            long v = stat.applyAsLong(g);
            if (v >= 0) sum = Math.max(0, sum) + v;
        }
        return sum;
    }

    /** Empty with one interpreter: the summary's GIL figures are then its. */
    List<InterpreterSummary> summaries() {
        List<InterpreterSummary> out = new ArrayList<>();
        if (gils.size() < 2) return out;
        for (Gil g : gils.values()) {
            out.add(new InterpreterSummary(g.id, g.threads.size(), g.held, g.holds, g.waiting, g.waits,
                    g.statDispatches >= 0 ? g.statDispatches : g.holdDispatches));
        }
        return out;
    }
}
