package io.gilscope.reports.analysis;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Streams one process's events into bounded aggregates. The reader ({@link Analyzer}) calls one method
 * per event; tests can call them directly with exact times. Times are epoch nanoseconds.
 * Not thread-safe.
 */
public final class ProcessAggregator {
    static final int LOG2_BUCKETS = 26;        // 1 µs .. ~67 s
    static final int MAX_THREADS = 10_000;
    static final int MAX_METHODS = 500;
    static final long MAX_HANDOFF_GAP = 60_000_000_000L;

    private final String label;
    private long pid = -1;
    private boolean severalPids;   // JVM information of more than one process: chunks of several JVMs in one file
    private String program;
    private String mode;
    private long switchIntervalNanos = -1;
    private int checkInterval = -1;
    private String agentVersion, dispatchMethods, checkpoints;
    private int eventSchemaVersion = -1;
    private boolean dispatchesCounted = true;
    private boolean attached;
    private final List<String> runningAtAttach = new ArrayList<>();
    static final int MAX_STALLS = 50;
    static final int MAX_COMPILED = 20_000;
    private final Map<String, Long> optimised = new HashMap<>();   // Class#method -> end of its first C2 compilation
    private boolean compilationsSeen;
    private final Map<String, Stall> stalls = new LinkedHashMap<>();   // by fix

    private long statDispatches = -1, statSwitches = -1, statForced = -1, statReacq = -1;
    private int maxWaiters;

    private boolean gilSeen;
    private long gilStart = Long.MAX_VALUE, gilEnd = Long.MIN_VALUE;
    private long recStart = Long.MAX_VALUE, recEnd = Long.MIN_VALUE;
    private long events;

    // GIL waits, in all and by reason; the hand-off gaps (counted as waiting) are not in any of them.
    private final Durations waits = new Durations(), waitsFirst = new Durations(), waitsAfterDrop = new Durations(),
            waitsAfterBlocking = new Durations();
    private final Durations holds = new Durations(), blocking = new Durations();
    private long handoffGap;
    private long holdEvents, forcedDrops, dropRequests, holdDispatches, holdReacquisitions;
    private final Map<String, Long> releaseReasons = new TreeMap<>();
    private final Map<String, LockAggregator.Group> blockingMethods = new HashMap<>();

    static final int TOP_HOLDS = 8;
    private final long[] topHoldStart = new long[TOP_HOLDS], topHoldEnd = new long[TOP_HOLDS], topHoldReacq = new long[TOP_HOLDS];
    private final ThreadAgg[] topHoldThread = new ThreadAgg[TOP_HOLDS];
    private LongHold combinedLongHold;

    private final Map<Long, ThreadAgg> threads = new LinkedHashMap<>();
    private final InterpreterAggregator interpreters = new InterpreterAggregator();
    private final Timeline timeline;
    private final LockAggregator locks = new LockAggregator();
    private final WhereAggregator where = new WhereAggregator();
    private final List<RecordingInfo> recordings = new ArrayList<>();
    /** A view of several processes together (no timeline; its threads keep their processes' labels). */
    private final boolean combined;
    /** The combined view's GIL span: the sum of its processes' spans. */
    private long combinedSpan;

    static final class ThreadAgg {
        String process;
        final long id;
        String name;
        final int lane;
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        long held, waiting, blocked, holds, blockingCalls, dispatches, reacq, forced, maxHold;
        final Histogram waitHist = Stats.newHistogram();
        long waitMax;
        final Map<String, Long> waitedFor = new HashMap<>();   // previous holder -> ns waited, at most 16
        long handoffGap;
        // The thread's most recent events (by arrival), to find each event's neighbours in time even when
        // the recording delivers a thread's events slightly out of order.
        static final int RING = 8;
        static final int WAIT = 0, HOLD = 1, DROP_HOLD = 2, OTHER = 3;
        final long[] ringStart = new long[RING], ringEnd = new long[RING];
        final int[] ringKind = new int[RING];
        int ringSize, ringNext;

        ThreadAgg(String process, long id, String name, int lane) {
            this.process = process; this.id = id; this.name = name; this.lane = lane;
        }

        void span(long start, long end) {
            first = Math.min(first, start);
            last = Math.max(last, end);
        }

        /**
         * Hand-off gaps next to a new event: a hold released by a drop request (or the legacy check
         * interval) directly followed in time by a wait or hold of the same thread leaves a gap during
         * which the thread waited for another thread to take the GIL before requesting it again. Each
         * pair is counted when its second event arrives. Returns {gap before, gap after}.
         */
        long[] gaps(long start, long end, int kind) {
            int before = -1, after = -1;
            for (int i = 0; i < ringSize; i++) {
                if (ringEnd[i] <= start && (before < 0 || ringEnd[i] > ringEnd[before])) before = i;
                if (ringStart[i] >= end && (after < 0 || ringStart[i] < ringStart[after])) after = i;
            }
            long gapBefore = 0, gapAfter = 0;
            boolean waitOrHold = kind != OTHER;
            if (before >= 0 && ringKind[before] == DROP_HOLD && waitOrHold && clear(ringEnd[before], start)) {
                gapBefore = start - ringEnd[before];
            }
            if (after >= 0 && kind == DROP_HOLD && ringKind[after] != OTHER && clear(end, ringStart[after])) {
                gapAfter = ringStart[after] - end;
            }
            ringStart[ringNext] = start;
            ringEnd[ringNext] = end;
            ringKind[ringNext] = kind;
            ringNext = (ringNext + 1) % RING;
            ringSize = Math.min(RING, ringSize + 1);
            return new long[] {gapBefore < MAX_HANDOFF_GAP ? gapBefore : 0, gapAfter < MAX_HANDOFF_GAP ? gapAfter : 0};
        }

        /** No recent event of this thread lies inside (from, to). */
        private boolean clear(long from, long to) {
            if (to <= from) return false;
            for (int i = 0; i < ringSize; i++) {
                if (ringStart[i] < to && ringEnd[i] > from) return false;
            }
            return true;
        }
    }

    public ProcessAggregator(String label) {
        this(label, false);
    }

    private ProcessAggregator(String label, boolean combined) {
        this.label = label;
        this.combined = combined;
        this.timeline = combined ? null : new Timeline();
    }

    // ---- events -------------------------------------------------------------------------------

    public void gilWait(long threadId, String threadName, long start, long end, String reason, int interpreter) {
        long d = gil(start, end);
        ThreadAgg t = thread(threadId, threadName);
        if (t == null) return;
        interpreters.wait(interpreter, threadId, d);
        if (timeline != null) timeline.add(gilLane(interpreter), Timeline.WAITING, start, end);
        handoffGaps(t, start, end, ThreadAgg.WAIT);
        t.span(start, end);
        t.waiting += d;
        t.waitHist.recordValue(d);
        t.waitMax = Math.max(t.waitMax, d);
        waits.add(d);
        if ("afterBlocking".equals(reason)) waitsAfterBlocking.add(d);
        else if ("afterDrop".equals(reason)) waitsAfterDrop.add(d);
        else if ("first".equals(reason)) waitsFirst.add(d);
        timeline.add(t.lane, Timeline.WAITING, start, end);
    }

    public void gilHold(long threadId, String threadName, long start, long end, long dispatches,
                        long reacquisitions, String releaseReason, String blockingMethod, int interpreter) {
        long d = gil(start, end);
        ThreadAgg t = thread(threadId, threadName);
        if (t == null) return;
        interpreters.hold(interpreter, threadId, d, dispatches);
        if (timeline != null) timeline.add(gilLane(interpreter), Timeline.HELD, start, end);
        String reason = releaseReason == null ? "unknown" : releaseReason;
        boolean dropped = "dropRequest".equals(reason) || "checkInterval".equals(reason);
        // (a thread that finds the GIL free after its hand-off has a GilHold but no GilWait)
        handoffGaps(t, start, end, dropped ? ThreadAgg.DROP_HOLD : ThreadAgg.HOLD);
        t.span(start, end);
        t.held += d;
        t.holds++;
        t.dispatches += Math.max(0, dispatches);
        t.reacq += Math.max(0, reacquisitions);
        t.maxHold = Math.max(t.maxHold, d);
        keepIfLong(t, start, end, reacquisitions);
        holds.add(d);
        holdEvents++;
        holdDispatches += Math.max(0, dispatches);
        holdReacquisitions += Math.max(0, reacquisitions);
        releaseReasons.merge(reason, 1L, Long::sum);
        if ("dropRequest".equals(reason)) { forcedDrops++; t.forced++; }
        timeline.add(t.lane, Timeline.HELD, start, end);
    }

    /**
     * Forced switching: after a drop the dropper waits for another thread to take the GIL before it
     * requests again (its GilWait, or its GilHold if it then finds the GIL free, starts at the request).
     * It is not running: count the gap as waiting.
     */
    private void handoffGaps(ThreadAgg t, long start, long end, int kind) {
        long[] g = t.gaps(start, end, kind);
        if (g[0] > 0) addGap(t, start - g[0], start);
        if (g[1] > 0) addGap(t, end, end + g[1]);
    }

    private void addGap(ThreadAgg t, long from, long to) {
        long gap = to - from;
        t.waiting += gap;
        t.handoffGap += gap;
        handoffGap += gap;
        timeline.add(t.lane, Timeline.WAITING, from, to);
    }

    private void keepIfLong(ThreadAgg t, long start, long end, long reacquisitions) {
        int weakest = 0;
        for (int i = 1; i < TOP_HOLDS; i++) {
            if (topHoldEnd[i] - topHoldStart[i] < topHoldEnd[weakest] - topHoldStart[weakest]) weakest = i;
        }
        if (end - start > topHoldEnd[weakest] - topHoldStart[weakest]) {
            topHoldStart[weakest] = start;
            topHoldEnd[weakest] = end;
            topHoldThread[weakest] = t;
            topHoldReacq[weakest] = Math.max(0, reacquisitions);
        }
    }

    /**
     * The longest of the longest holds during which other threads waited at least a tenth of it
     * (from the timeline, so at its resolution); null if none.
     */
    private LongHold contendedHold() {
        if (combined) return combinedLongHold;
        Timeline.Data d = threadLanes(timeline.data());
        LongHold best = null;
        for (int i = 0; i < TOP_HOLDS; i++) {
            ThreadAgg t = topHoldThread[i];
            if (t == null) continue;
            long start = topHoldStart[i], end = topHoldEnd[i], len = end - start;
            if (best != null && len <= best.nanos()) continue;
            long others = 0;
            for (int lane = 0; lane < d.lanes().size(); lane++) {
                if (lane == t.lane) continue;
                long[] a = d.lanes().get(lane);
                for (int b = 0; b < d.buckets(); b++) {
                    long bStart = d.startNanos() + b * d.widthNanos(), bEnd = bStart + d.widthNanos();
                    if (bEnd <= start || bStart >= end) continue;
                    long overlap = Math.min(end, bEnd) - Math.max(start, bStart);
                    others += a[b * Timeline.STATES + Timeline.WAITING] * overlap / d.widthNanos();
                }
            }
            if (others >= len / 10) best = new LongHold(displayLabel(), t.name, len, others, topHoldReacq[i]);
        }
        return best;
    }

    /** The holder a thread waited for (GilWait.previousHolder), for "mostly waited for". */
    public void waitedFor(long threadId, String holderName, long nanos) {
        ThreadAgg t = threads.get(threadId);
        if (t == null || holderName == null) return;
        if (t.waitedFor.size() < 16 || t.waitedFor.containsKey(holderName)) t.waitedFor.merge(holderName, Math.max(0, nanos), Long::sum);
    }

    public void dropRequest(long threadId, String threadName, long time) {
        gil(time, time);
        dropRequests++;
    }

    /**
     * Where a hold, wait or blocking call was in the interpreter's code (stacks from the location hook,
     * outermost frame first; null when the event has none; see {@link WhereAggregator}).
     */
    public void heldAt(String threadName, String takenAt, String droppedAt, long start, long end) {
        where.held(threadName, takenAt, droppedAt, end - start);
    }

    /** See {@link #heldAt}. */
    public void waitedAt(String threadName, String waiterAt, String holderAt, long start, long end) {
        where.waited(threadName, waiterAt, holderAt, end - start);
    }

    /** See {@link #heldAt}. */
    public void blockedAt(String at, long start, long end) {
        where.blocked(at, end - start);
    }

    public void blockingCall(long threadId, String threadName, long start, long end, String method) {
        long d = gil(start, end);
        ThreadAgg t = thread(threadId, threadName);
        if (t == null) return;
        handoffGaps(t, start, end, ThreadAgg.OTHER);
        t.span(start, end);
        t.blocked += d;
        t.blockingCalls++;
        blocking.add(d);
        String m = method == null ? "(unknown)" : method;
        LockAggregator.Group g = blockingMethods.get(m);
        if (g == null) {
            if (blockingMethods.size() >= MAX_METHODS) m = LockAggregator.OTHER;
            g = blockingMethods.computeIfAbsent(m, k -> new LockAggregator.Group(LockKind.THREAD_PARK, k));
        }
        g.add(d, null);
        timeline.add(t.lane, Timeline.BLOCKED, start, end);
    }

    /** A GilStatistics sample: totals since the agent started. */
    public void statistics(long time, long dispatches, long switches, long forcedSwitches, long reacquisitions, int waiters,
                           int interpreter) {
        seen(time, time);
        gilSeen = true;
        interpreters.statistics(interpreter, dispatches, switches, forcedSwitches, reacquisitions);
        statDispatches = interpreters.total(g -> g.statDispatches);
        statSwitches = interpreters.total(g -> g.statSwitches);
        statForced = interpreters.total(g -> g.statForced);
        statReacq = interpreters.total(g -> g.statReacq);
        maxWaiters = Math.max(maxWaiters, waiters);
    }

    /**
     * The timeline lane of an interpreter's GIL (who held it, and waits for it). Every GIL gets one; the
     * report shows them, above the threads, only when there is more than one interpreter.
     */
    private int gilLane(int interpreter) {
        InterpreterAggregator.Gil g = interpreters.of(interpreter);
        if (g.lane < 0) g.lane = timeline.addLane("GIL of interpreter " + g.id);
        return g.lane;
    }

    /** The timeline's thread lanes (what the analyses read). */
    private Timeline.Data threadLanes(Timeline.Data all) {
        return all.select(threadLaneIndices(), 0);
    }

    /** What the report draws: the thread lanes, and with several interpreters their GIL lanes first. */
    private Timeline.Data shownLanes(Timeline.Data all) {
        if (interpreters.count() < 2) return threadLanes(all);
        List<Integer> order = new ArrayList<>();
        for (InterpreterAggregator.Gil g : interpreters.all()) if (g.lane >= 0) order.add(g.lane);
        int gilLanes = order.size();
        order.addAll(threadLaneIndices());
        return all.select(order, gilLanes);
    }

    private List<Integer> threadLaneIndices() {
        List<Integer> lanes = new ArrayList<>();
        for (ThreadAgg t : threads.values()) if (t.lane >= 0) lanes.add(t.lane);
        lanes.sort(null);
        return lanes;
    }

    /**
     * @param dispatchesCounted false when the agent left dispatch counts at 0 (option count=false or checkpoints=backedge)
     * @param checkpoints       dispatch or backedge (agent option checkpoints), null from agents before the option
     */
    public void configuration(int schemaVersion, String mode, long switchIntervalNanos, int checkInterval,
                              String dispatchMethods, String agentVersion, boolean dispatchesCounted, String checkpoints) {
        gilSeen = true;
        this.dispatchesCounted &= dispatchesCounted;
        this.eventSchemaVersion = schemaVersion;
        if (mode != null) this.mode = mode;
        if (switchIntervalNanos > 0) this.switchIntervalNanos = switchIntervalNanos;
        if (checkInterval > 0) this.checkInterval = checkInterval;
        if (dispatchMethods != null) this.dispatchMethods = dispatchMethods;
        if (agentVersion != null) this.agentVersion = agentVersion;
        if (checkpoints != null) this.checkpoints = checkpoints;
    }

    /** The agent was attached to the running JVM; {@code runningThreads}: comma-separated, possibly empty. */
    public void attached(String runningThreads) {
        attached = true;
        if (runningThreads == null || runningThreads.isEmpty()) return;
        for (String name : runningThreads.split(",")) {
            if (runningAtAttach.size() < 16 && !runningAtAttach.contains(name)) runningAtAttach.add(name);
        }
    }

    /** A JIT compilation ({@code jdk.Compilation}) of {@code method} (Class#method) at {@code level} ended. */
    public void compiled(String method, int level, long endNanos) {
        compilationsSeen = true;
        if (level == 4 && (optimised.size() < MAX_COMPILED || optimised.containsKey(method))) optimised.merge(method, endNanos, Math::min);
    }

    /** When the dispatch method compiled last was optimised, against the holds before; null without compilation events. */
    private WarmUp warmUp(Timeline.Data t) {
        if (!compilationsSeen || dispatchMethods == null || t == null) return null;
        long held = t.heldBefore(Long.MAX_VALUE);
        String method = null;
        long at = -1;
        for (String m : dispatchMethods.split(",")) {
            Long c = optimised.get(m.trim());
            if (method == null || c != null && (at < 0 || c > at)) {
                method = m.trim();
                at = c == null ? -1 : c;
            }
        }
        return new WarmUp(method, at, at < 0 ? held : t.heldBefore(at), held);
    }

    /** The agent's watchdog saw the GIL holder blocked outside any release method while others waited. */
    public void stall(Stall s) {
        if (stalls.size() < MAX_STALLS || stalls.containsKey(s.fix())) stalls.merge(s.fix(), s, Stall::add);
    }

    /** A thread seen in an execution sample that is virtual. */
    public void virtualThread(long id) {
        locks.virtualThread(id);
    }

    public void jvm(long pid, String javaArguments) {
        if (pid > 0 && this.pid > 0 && pid != this.pid) severalPids = true;
        if (pid > 0) this.pid = pid;
        if (javaArguments != null && !javaArguments.isBlank()) this.program = javaArguments;
    }

    /**
     * A JDK contention event. {@code stack} is asked for only when the event may become an example.
     */
    public void lock(LockKind kind, String threadName, long start, long end, String className, String site,
                     Supplier<String> stack, String blocker) {
        seen(start, end);
        locks.add(kind, className, site, threadName, Math.max(0, end - start), stack, blocker);
    }

    /** Any other event: widens the recording's time span. */
    public void seen(long start, long end) {
        events++;
        if (start > 0) recStart = Math.min(recStart, start);
        if (end > 0) recEnd = Math.max(recEnd, end);
    }

    void recording(RecordingInfo info) {
        recordings.add(info);
    }

    void chunkSpan(long start, long end) {
        if (start > 0) recStart = Math.min(recStart, start);
        if (end > start) recEnd = Math.max(recEnd, end);
    }

    private long gil(long start, long end) {
        seen(start, end);
        gilSeen = true;
        gilStart = Math.min(gilStart, start);
        gilEnd = Math.max(gilEnd, end);
        return Math.max(0, end - start);
    }

    private ThreadAgg thread(long id, String name) {
        ThreadAgg t = threads.get(id);
        if (t == null) {
            if (threads.size() >= MAX_THREADS) return null;
            String n = name == null ? "thread " + id : name;
            t = new ThreadAgg(label, id, n, timeline.addLane(n));
            threads.put(id, t);
        } else if (name != null && !name.equals(t.name)) {
            t.name = name; // renamed after start: keep the latest name
        }
        return t;
    }

    // ---- combining and results ----------------------------------------------------------------

    /** A view of several processes together: sums, merged distributions, all threads; no timeline. */
    static ProcessAggregator combine(List<ProcessAggregator> parts) {
        ProcessAggregator c = new ProcessAggregator("combined", true);
        long idBase = 0;
        for (ProcessAggregator p : parts) {
            c.gilSeen |= p.gilSeen;
            if (c.mode == null) c.mode = p.mode;
            else if (p.mode != null && !p.mode.equals(c.mode)) c.mode = "mixed";
            if (c.checkpoints == null) c.checkpoints = p.checkpoints;
            else if (p.checkpoints != null && !p.checkpoints.equals(c.checkpoints)) c.checkpoints = "mixed";
            if (c.switchIntervalNanos < 0) c.switchIntervalNanos = p.switchIntervalNanos;
            c.checkInterval = Math.max(c.checkInterval, p.checkInterval);
            c.agentVersion = c.agentVersion == null ? p.agentVersion : c.agentVersion;
            c.eventSchemaVersion = Math.max(c.eventSchemaVersion, p.eventSchemaVersion);
            c.dispatchesCounted &= p.dispatchesCounted; // a sum with an uncounted part is not a count
            c.attached |= p.attached;
            c.runningAtAttach.addAll(p.runningAtAttach);
            p.stalls.values().forEach(c::stall);
            c.program = c.program == null ? p.program : c.program;
            c.recStart = Math.min(c.recStart, p.recStart);
            c.recEnd = Math.max(c.recEnd, p.recEnd);
            c.events += p.events;
            c.waits.addAll(p.waits);
            c.waitsFirst.addAll(p.waitsFirst);
            c.waitsAfterDrop.addAll(p.waitsAfterDrop);
            c.waitsAfterBlocking.addAll(p.waitsAfterBlocking);
            c.holds.addAll(p.holds);
            c.blocking.addAll(p.blocking);
            c.handoffGap += p.handoffGap;
            c.holdEvents += p.holdEvents; c.forcedDrops += p.forcedDrops; c.dropRequests += p.dropRequests;
            c.holdDispatches += p.holdDispatches; c.holdReacquisitions += p.holdReacquisitions;
            c.maxWaiters = Math.max(c.maxWaiters, p.maxWaiters);
            p.releaseReasons.forEach((k, v) -> c.releaseReasons.merge(k, v, Long::sum));
            for (LockAggregator.Group g : p.blockingMethods.values()) {
                c.blockingMethods.computeIfAbsent(g.key, k -> new LockAggregator.Group(LockKind.THREAD_PARK, k)).absorb(g);
            }
            long maxId = 0;
            for (ThreadAgg t : p.threads.values()) {
                t.process = p.displayLabel();
                c.threads.put(idBase + t.id, t); // keeps its process label and id
                maxId = Math.max(maxId, t.id);
            }
            idBase += maxId + 1_000_000L;
            c.locks.absorb(p.locks, parts.size() > 1 ? p.displayLabel() + ": " : "");
            c.where.absorb(p.where);
            c.recordings.addAll(p.recordings);
        }
        // Statistics totals and GIL spans are per process: sum them.
        c.statSwitches = sumKnown(parts, a -> a.switchesTotal());
        c.statForced = sumKnown(parts, a -> a.forcedTotal());
        c.statDispatches = sumKnown(parts, a -> a.dispatchesTotal());
        c.statReacq = sumKnown(parts, a -> a.reacqTotal());
        for (ProcessAggregator p : parts) {
            c.combinedSpan += p.gilSpan();
            LongHold h = p.contendedHold();
            if (h != null && (c.combinedLongHold == null || h.nanos() > c.combinedLongHold.nanos())) c.combinedLongHold = h;
        }
        return c;
    }

    private static long sumKnown(List<ProcessAggregator> parts, ToLongFunction<ProcessAggregator> f) {
        long s = 0;
        for (ProcessAggregator p : parts) s += f.applyAsLong(p);
        return s;
    }

    private long gilSpan() {
        if (combined) return combinedSpan;
        return gilEnd > gilStart ? gilEnd - gilStart : 0;
    }

    private long switchesTotal() { return statSwitches >= 0 ? statSwitches : holdEvents; }

    private long forcedTotal() { return statForced >= 0 ? statForced : forcedDrops; }

    private long dispatchesTotal() { return statDispatches >= 0 ? statDispatches : holdDispatches; }

    private long reacqTotal() { return statReacq >= 0 ? statReacq : holdReacquisitions; }

    public ProcessSummary finish() {
        List<ThreadSummary> ts = new ArrayList<>();
        long threadTime = 0;
        long[] totalLog2 = new long[LOG2_BUCKETS];
        for (ThreadAgg t : threads.values()) {
            if (!combined) t.process = displayLabel();
            long life = t.last > t.first ? t.last - t.first : 0;
            long excess = t.held + t.waiting + t.blocked - life;
            if (excess > 0 && t.handoffGap > 0 && !combined) { // a gap that overlapped events seen later
                long r = Math.min(excess, t.handoffGap);
                t.waiting -= r;
                t.handoffGap -= r;
                handoffGap -= r;
            }
            threadTime += life;
            long[] log2 = log2Micros(t.waitHist);
            for (int i = 0; i < LOG2_BUCKETS; i++) totalLog2[i] += log2[i];
            String waitedFor = null;
            long most = 0, all = 0;
            for (Map.Entry<String, Long> w : t.waitedFor.entrySet()) {
                all += w.getValue();
                if (w.getValue() > most) { most = w.getValue(); waitedFor = w.getKey(); }
            }
            ts.add(new ThreadSummary(t.process, t.id, t.name, life, t.held, t.waiting, t.blocked, t.holds,
                    t.blockingCalls, t.dispatches, t.reacq, t.forced, t.maxHold,
                    Stats.of(t.waitHist, t.waiting, t.waitMax), log2, waitedFor, all > 0 ? (double) most / all : 0));
        }
        ts.sort(Comparator.comparing(ThreadSummary::process).thenComparingLong(ThreadSummary::id));
        Stats waitsAfterBlockingStats = waitsAfterBlocking.stats();
        long waitTotal = waits.total + handoffGap;
        double convoy = convoyRatio(blocking.histogram.getTotalCount(), waitsAfterBlocking, switchIntervalNanos);
        GilMetrics gm = new GilMetrics(gilSpan(), holds.total, waitTotal, handoffGap, blocking.total, threadTime,
                switchesTotal(), forcedTotal(), dropRequests, dispatchesTotal(), reacqTotal(), maxWaiters, ts.size(),
                Stats.of(waits.histogram, waitTotal, waits.max), holds.stats(), waitsFirst.stats(), waitsAfterDrop.stats(),
                waitsAfterBlockingStats, blocking.stats(), convoy);
        List<NamedStats> methods = new ArrayList<>();
        for (LockAggregator.Group g : blockingMethods.values()) {
            methods.add(new NamedStats(g.key, g.durations.stats()));
        }
        methods.sort(Comparator.comparingLong((NamedStats n) -> n.stats().totalNanos()).reversed());
        AgentConfiguration agent = new AgentConfiguration(mode, switchIntervalNanos, checkInterval, dispatchMethods, agentVersion,
                dispatchesCounted, checkpoints, eventSchemaVersion, attached, List.copyOf(runningAtAttach));
        Timeline.Data all = combined ? null : timeline.data();
        Timeline.Data lanes = combined ? null : threadLanes(all);
        ProcessSummary ps = new ProcessSummary(displayLabel(), pid, program, gilSeen, agent,
                recStart == Long.MAX_VALUE ? 0 : recStart, recEnd == Long.MIN_VALUE ? 0 : recEnd, gm,
                List.copyOf(ts), List.copyOf(methods), Collections.unmodifiableMap(new TreeMap<>(releaseReasons)), totalLog2,
                contendedHold(),
                combined ? null : shownLanes(all), locks.summary(), List.copyOf(stalls.values()), gilSeen ? warmUp(lanes) : null,
                List.copyOf(recordings), events,
                where.where(), combined ? List.of() : interpreters.summaries(), List.of());
        return ps.withFindings(Findings.evaluate(ps));
    }

    String displayLabel() { return pid > 0 && !combined ? "pid " + pid : label; }

    long pid() { return pid; }

    boolean severalPids() { return severalPids; }

    /**
     * The median wait of a thread back from a blocking call, over all returns: those that found the GIL
     * free have no GilWait and waited 0. Per switch interval; NaN without enough returns or an interval.
     */
    static double convoyRatio(long returns, Durations waitsAfter, long intervalNanos) {
        if (intervalNanos <= 0 || returns < GilMetrics.CONVOY_MIN_RETURNS) return Double.NaN;
        long waited = waitsAfter.histogram.getTotalCount();
        long free = Math.max(0, returns - waited);
        double rank = returns / 2.0;
        if (rank <= free) return 0;
        double percentile = Math.min(100, 100 * (rank - free) / waited);
        return (double) Stats.percentile(waitsAfter.histogram, percentile, waitsAfter.max) / intervalNanos;
    }

    static long[] log2Micros(Histogram h) {
        long[] out = new long[LOG2_BUCKETS];
        for (HistogramIterationValue v : h.recordedValues()) {
            long micros = v.getValueIteratedTo() / 1_000;
            int i = micros <= 1 ? 0 : 63 - Long.numberOfLeadingZeros(micros);
            out[Math.min(i, LOG2_BUCKETS - 1)] += v.getCountAtValueIteratedTo();
        }
        return out;
    }
}
