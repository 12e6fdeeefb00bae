package io.gilscope.reports.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Streams JDK contention events into per-kind totals and bounded groups by class, site and thread. */
final class LockAggregator {
    static final int MAX_GROUPS = 2_000;
    static final int EXAMPLES = 3;
    static final int MAX_THREADS_COUNTED = 1_000;
    static final String OTHER = "(other)";

    static final class Group {
        final LockKind kind;
        final String key;
        final Durations durations = new Durations();
        final long[] exampleNanos = new long[EXAMPLES];
        final String[] examples = new String[EXAMPLES];
        final Set<String> threads = new HashSet<>();
        private String lastThread;   // names are interned per recorded thread: most events repeat the last one
        final Tally blockers = new Tally();   // previous owners of the monitor: time they blocked others
        final Tally classes = new Tally();    // monitor or parked-on classes: time waited on each

        final boolean contention;

        Group(LockKind kind, String key) { this(kind, key, kind.blocksOnMonitor()); }

        Group(LockKind kind, String key, boolean contention) {
            this.kind = kind;
            this.key = key;
            this.contention = contention;
        }

        void add(long nanos, Supplier<String> stack) {
            add(nanos, stack, null, null, null);
        }

        void add(long nanos, Supplier<String> stack, String thread, String blocker, String className) {
            durations.add(Math.max(0, nanos));
            if (thread != null && thread != lastThread && threads.size() < MAX_THREADS_COUNTED) threads.add(thread);
            lastThread = thread;
            blockers.add(blocker, nanos);
            classes.add(className, nanos);
            if (stack == null) return;
            int weakest = 0;
            for (int i = 1; i < EXAMPLES; i++) if (rank(i) < rank(weakest)) weakest = i;
            if (examples[weakest] == null || nanos > exampleNanos[weakest]) {
                String s = stack.get();
                if (s == null) return;
                for (int i = 0; i < EXAMPLES; i++) {
                    if (s.equals(examples[i])) { exampleNanos[i] = Math.max(exampleNanos[i], nanos); return; }
                }
                examples[weakest] = s;
                exampleNanos[weakest] = nanos;
            }
        }

        private long rank(int i) { return examples[i] == null ? Long.MIN_VALUE : exampleNanos[i]; }

        void absorb(Group g) {
            durations.addAll(g.durations);
            for (String t : g.threads) if (threads.size() < MAX_THREADS_COUNTED) threads.add(t);
            blockers.absorb(g.blockers);
            classes.absorb(g.classes);
            for (int i = 0; i < EXAMPLES; i++) {
                if (g.examples[i] != null) {
                    String s = g.examples[i];
                    add0(g.exampleNanos[i], s);
                }
            }
        }

        private void add0(long nanos, String s) {
            for (int i = 0; i < EXAMPLES; i++) if (s.equals(examples[i])) return;
            int weakest = 0;
            for (int i = 1; i < EXAMPLES; i++) if (rank(i) < rank(weakest)) weakest = i;
            if (examples[weakest] == null || nanos > exampleNanos[weakest]) {
                examples[weakest] = s;
                exampleNanos[weakest] = nanos;
            }
        }

        LockGroup toGroup() {
            List<String> ex = new ArrayList<>();
            Integer[] order = {0, 1, 2};
            Arrays.sort(order, Comparator.comparingLong((Integer i) -> rank(i)).reversed());
            for (int i : order) if (examples[i] != null) ex.add(examples[i]);
            return new LockGroup(kind, key, contention, durations.stats(), List.copyOf(ex), threads.size(), blockers.top(), classes.top());
        }
    }

    private final EnumMap<LockKind, Group> totals = new EnumMap<>(LockKind.class);
    private final View byClass = new View();
    private final View bySite = new View();
    private final View byThread = new View();

    /**
     * Groups by kind, contention and key, bounded by {@link #MAX_GROUPS}. Looked up per event, so the
     * key is the (cached-hash) string alone, in a map per kind and contention: no key object per event.
     */
    private final class View {
        private final List<Map<String, Group>> maps = new ArrayList<>();
        private int size;

        View() {
            for (int i = 0; i < LockKind.values().length * 2; i++) maps.add(new HashMap<>());
        }

        Group get(LockKind kind, boolean contention, String key) {
            Map<String, Group> map = maps.get(kind.ordinal() * 2 + (contention ? 1 : 0));
            Group g = map.get(key);
            if (g == null) {
                if (size >= MAX_GROUPS) {
                    dropped++;
                    key = OTHER;
                    g = map.get(key);
                    if (g != null) return g;
                }
                g = new Group(kind, key, contention);
                map.put(key, g);
                size++;
            }
            return g;
        }

        void absorb(View from, String prefix) {
            for (Map<String, Group> m : from.maps) {
                for (Group g : m.values()) get(g.kind, g.contention, prefix + g.key).absorb(g);
            }
        }

        List<LockGroup> sorted() {
            List<LockGroup> list = new ArrayList<>();
            for (Map<String, Group> m : maps) for (Group g : m.values()) list.add(g.toGroup());
            list.sort(Comparator.comparingLong((LockGroup g) -> g.stats().totalNanos()).reversed()
                    .thenComparing(LockGroup::key));
            return List.copyOf(list);
        }
    }
    private final Group parkedOnLocks = new Group(LockKind.THREAD_PARK, "locks");
    private final Set<Long> virtualThreads = new HashSet<>();
    private long dropped;

    /** Parked-on classes that are locks (contention), rather than conditions, latches, queues or futures (waiting). */
    static boolean isLockClass(String className) {
        if (className == null) return false;
        return className.startsWith("java.util.concurrent.locks.ReentrantLock$")
                || className.startsWith("java.util.concurrent.locks.ReentrantReadWriteLock$")
                || className.equals("java.util.concurrent.locks.StampedLock")
                || className.startsWith("java.util.concurrent.Semaphore$")
                || !className.startsWith("java.") && !className.startsWith("jdk.") && !className.startsWith("sun.")
                   && (className.contains("Lock") || className.contains("Mutex")) && !className.contains("Condition");
    }

    /** @param blocker the thread that held the monitor before (JFR's previousOwner), or null */
    void add(LockKind kind, String className, String site, String thread, long nanos, Supplier<String> stack, String blocker) {
        totals.computeIfAbsent(kind, k -> new Group(k, "total")).add(nanos, null);
        boolean parkedOnLock = kind == LockKind.THREAD_PARK && isLockClass(className);
        if (parkedOnLock) parkedOnLocks.add(nanos, null);
        // Object.wait (Thread.join too) and parks on conditions, queues or futures wait for work, not for a lock.
        boolean contention = kind.blocksOnMonitor() || parkedOnLock;
        byClass.get(kind, contention, className == null ? "(unknown class)" : className).add(nanos, stack);
        bySite.get(kind, contention, site == null ? "(no stack trace)" : site).add(nanos, stack, thread, blocker, className);
        byThread.get(kind, contention, thread == null ? "(unknown thread)" : thread).add(nanos, null);
    }

    /** A virtual thread seen running (its contention JFR does not record); counted up to {@link #MAX_GROUPS}. */
    void virtualThread(long id) {
        if (virtualThreads.size() < MAX_GROUPS) virtualThreads.add(id);
    }

    void absorb(LockAggregator other, String threadPrefix) {
        other.totals.forEach((k, g) -> totals.computeIfAbsent(k, x -> new Group(x, "total")).absorb(g));
        byClass.absorb(other.byClass, "");
        bySite.absorb(other.bySite, "");
        byThread.absorb(other.byThread, threadPrefix);
        parkedOnLocks.absorb(other.parkedOnLocks);
        other.virtualThreads.forEach(this::virtualThread);
        dropped += other.dropped;
    }

    LockSummary summary() {
        EnumMap<LockKind, Stats> t = new EnumMap<>(LockKind.class);
        for (LockKind k : LockKind.values()) {
            Group g = totals.get(k);
            t.put(k, g == null ? Stats.EMPTY : g.durations.stats());
        }
        return new LockSummary(t, parkedOnLocks.durations.stats(),
                byClass.sorted(), bySite.sorted(), byThread.sorted(), dropped, virtualThreads.size());
    }

}
