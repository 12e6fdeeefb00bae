package io.gilscope.reports.analysis;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stable, flat metric names of a summary (the JSON {@code metrics} object, what {@code check} compares).
 * Units are in the names: {@code Seconds}, {@code Millis}, {@code PerSecond}; {@code Share}s and
 * {@code utilisation} are ratios 0..1 (utilisation can exceed 1 in mode off). See reports/README.md, "JSON summary".
 */
public final class Metrics {
    private Metrics() {}

    public static final String WALL_SECONDS = "recording.wallSeconds";
    public static final String GIL_PRESENT = "gil.present";
    /** 1 when the agent ran a lock (modes new, legacy, fair), 0 in mode off; left out without gilscope events or a single mode. */
    public static final String GIL_LOCKED = "gil.locked";
    public static final String GIL_SPAN_SECONDS = "gil.spanSeconds";
    public static final String GIL_THREADS = "gil.threads";
    public static final String GIL_INTERPRETERS = "gil.interpreters";
    public static final String GIL_UTILISATION = "gil.utilisation";
    public static final String GIL_WAIT_SHARE = "gil.waitShare";
    public static final String GIL_BLOCKED_SHARE = "gil.blockedShare";
    public static final String GIL_HELD_SECONDS = "gil.heldSeconds";
    public static final String GIL_WAIT_SECONDS = "gil.waitSeconds";
    public static final String GIL_BLOCKED_SECONDS = "gil.blockedSeconds";
    public static final String GIL_HANDOFF_GAP_SECONDS = "gil.handoffGapSeconds";
    public static final String GIL_SWITCHES_PER_SECOND = "gil.switchesPerSecond";
    public static final String GIL_FORCED_SWITCHES_PER_SECOND = "gil.forcedSwitchesPerSecond";
    public static final String GIL_DROP_REQUESTS_PER_SECOND = "gil.dropRequestsPerSecond";
    public static final String GIL_DISPATCHES_PER_SECOND = "gil.dispatchesPerSecond";
    public static final String GIL_WAIT_COUNT = "gil.wait.count";
    public static final String GIL_WAIT_MEAN = "gil.wait.meanMillis";
    public static final String GIL_WAIT_P50 = "gil.wait.p50Millis";
    public static final String GIL_WAIT_P99 = "gil.wait.p99Millis";
    public static final String GIL_WAIT_MAX = "gil.wait.maxMillis";
    public static final String GIL_HOLD_P50 = "gil.hold.p50Millis";
    public static final String GIL_HOLD_P99 = "gil.hold.p99Millis";
    public static final String GIL_HOLD_MAX = "gil.hold.maxMillis";
    public static final String GIL_WAIT_AFTER_BLOCKING_P50 = "gil.waitAfterBlocking.p50Millis";
    public static final String GIL_CONVOY_RATIO = "gil.convoyRatio";
    public static final String LOCKS_BLOCKED_MILLIS = "locks.blockedMillis";
    public static final String LOCKS_PARKED_ON_LOCKS_MILLIS = "locks.parkedOnLocksMillis";
    /** 1 when the recording has interpreter stacks (the agent's location hook), else 0: per-function metrics need them. */
    public static final String WHERE_STACKS = "where.stacks";
    private static final Pattern PER_FUNCTION = Pattern.compile("where\\.(waitShare|heldShare)\\[.+\\]");

    /** Share of the interpreter threads' time spent waiting for the GIL in waits begun in {@code function} ("name (file)"). */
    public static String waitShareIn(String function) { return "where.waitShare[" + function + "]"; }

    /** Share of the GIL's held time let go in {@code function} ("name (file)"). */
    public static String heldShareIn(String function) { return "where.heldShare[" + function + "]"; }

    /**
     * A per-function metric (where.waitShare[f], where.heldShare[f]): a run lists the functions it saw,
     * so in a run with interpreter stacks ({@link #WHERE_STACKS}) one it does not list is 0.
     */
    public static boolean perFunction(String metric) { return PER_FUNCTION.matcher(metric).matches(); }

    /**
     * A run's metrics with the per-function ones among {@code wanted} that it does not list set to 0 when
     * it has interpreter stacks: it took none of that time there. Without stacks they stay missing.
     */
    public static Map<String, Double> withUnlistedFunctions(Map<String, Double> run, Collection<String> wanted) {
        if (!Double.valueOf(1.0).equals(run.get(WHERE_STACKS))) return run;
        Map<String, Double> filled = new LinkedHashMap<>(run);
        for (String m : wanted) if (perFunction(m)) filled.putIfAbsent(m, 0.0);
        return filled;
    }

    /** Shown instead of dispatch numbers when {@link AgentConfiguration#dispatchesCounted()} is false. */
    public static final String NOT_COUNTED = "not counted";
    /** The hint that goes with {@link #NOT_COUNTED}. */
    public static final String HOW_TO_COUNT = "the agent ran with count=false or checkpoints=backedge";

    /** How a recording made with checkpoints=backedge says where holders looked for drop requests. */
    public static final String BACK_EDGES = "drop requests seen at backward jumps, calls and returns only (checkpoints=backedge, as CPython 3.10+)";

    /** What the convoy indicator is made of, or why there is none. */
    public static String convoyNote(GilMetrics g) {
        long returns = g.blockingCalls().count();
        if (returns == 0) return "no blocking call returned";
        if (returns < GilMetrics.CONVOY_MIN_RETURNS) {
            return "only " + returns + " blocking calls returned; the indicator needs " + GilMetrics.CONVOY_MIN_RETURNS;
        }
        if (Double.isNaN(g.convoyRatio())) return "switch interval unknown";
        return "median wait of a thread back from a blocking call / switch interval (" + Units.count(returns) + " returns, "
                + Units.count(g.waitsAfterBlocking().count()) + " of them waited)";
    }

    /** Fewer samples than these leave a median, or a 99th percentile, out of a run's metrics (NaN). */
    public static final int MIN_SAMPLES_P50 = 20, MIN_SAMPLES_P99 = 100;

    /**
     * Why {@link #of} may lack a metric (leave it out, or NaN), for messages; null for those it always has.
     */
    public static String whyMissing(String metric) {
        return switch (metric) {
            case GIL_DISPATCHES_PER_SECOND -> "dispatches " + NOT_COUNTED + "; " + HOW_TO_COUNT;
            case GIL_WAIT_P50, GIL_HOLD_P50 -> "fewer than " + MIN_SAMPLES_P50 + " samples in a run";
            case GIL_WAIT_P99, GIL_HOLD_P99 -> "fewer than " + MIN_SAMPLES_P99 + " samples in a run";
            case GIL_CONVOY_RATIO -> "fewer than " + GilMetrics.CONVOY_MIN_RETURNS + " returns from blocking calls in a run";
            default -> null;
        };
    }

    /** A percentile, or NaN when too few samples back it. */
    private static double percentile(Stats s, long nanos, int minSamples) {
        return s.count() >= minSamples ? ms(nanos) : Double.NaN;
    }

    /** Per lock kind: {@code locks.monitorEnter.count}, {@code .totalMillis}, {@code .p90Millis}, {@code .maxMillis}. */
    public static String lock(LockKind kind, String stat) {
        return "locks." + kind.id + "." + stat;
    }

    private static final List<String> NAMES = List.copyOf(of(new ProcessAggregator("names").finish()).keySet());

    /** Every metric name, in JSON order (for validating budgets and baselines), those {@link #of} may leave out too. */
    public static List<String> names() {
        return NAMES;
    }

    public static Map<String, Double> of(ProcessSummary p) {
        Map<String, Double> m = new LinkedHashMap<>();
        GilMetrics g = p.gil();
        boolean gil = p.gilPresent();
        m.put(WALL_SECONDS, p.wallNanos() / 1e9);
        m.put(GIL_PRESENT, gil ? 1.0 : 0.0);
        String mode = p.agent().mode();
        m.put(GIL_LOCKED, !gil || mode == null || mode.equals("mixed") ? Double.NaN : p.agent().lockless() ? 0.0 : 1.0);
        m.put(GIL_SPAN_SECONDS, g.spanNanos() / 1e9);
        m.put(GIL_THREADS, (double) g.threads());
        m.put(GIL_INTERPRETERS, gil ? Math.max(1.0, p.interpreters().size()) : 0.0);
        m.put(GIL_UTILISATION, g.utilisation());
        m.put(GIL_WAIT_SHARE, g.waitShare());
        m.put(GIL_BLOCKED_SHARE, g.blockedShare());
        m.put(GIL_HELD_SECONDS, g.heldNanos() / 1e9);
        m.put(GIL_WAIT_SECONDS, g.waitNanos() / 1e9);
        m.put(GIL_BLOCKED_SECONDS, g.blockedNanos() / 1e9);
        m.put(GIL_HANDOFF_GAP_SECONDS, g.handoffGapNanos() / 1e9);
        m.put(GIL_SWITCHES_PER_SECOND, g.switchesPerSecond());
        m.put(GIL_FORCED_SWITCHES_PER_SECOND, g.forcedSwitchesPerSecond());
        m.put(GIL_DROP_REQUESTS_PER_SECOND, g.perSecond(g.dropRequests()));
        if (p.agent().dispatchesCounted()) m.put(GIL_DISPATCHES_PER_SECOND, g.perSecond(g.dispatches()));
        m.put(GIL_WAIT_COUNT, (double) g.waits().count());
        m.put(GIL_WAIT_MEAN, ms(g.waits().meanNanos()));
        m.put(GIL_WAIT_P50, percentile(g.waits(), g.waits().p50Nanos(), MIN_SAMPLES_P50));
        m.put(GIL_WAIT_P99, percentile(g.waits(), g.waits().p99Nanos(), MIN_SAMPLES_P99));
        m.put(GIL_WAIT_MAX, ms(g.waits().maxNanos()));
        m.put(GIL_HOLD_P50, percentile(g.holds(), g.holds().p50Nanos(), MIN_SAMPLES_P50));
        m.put(GIL_HOLD_P99, percentile(g.holds(), g.holds().p99Nanos(), MIN_SAMPLES_P99));
        m.put(GIL_HOLD_MAX, ms(g.holds().maxNanos()));
        m.put(GIL_WAIT_AFTER_BLOCKING_P50, ms(g.waitsAfterBlocking().p50Nanos()));
        m.put(GIL_CONVOY_RATIO, g.convoyRatio());
        LockSummary l = p.locks();
        m.put(LOCKS_BLOCKED_MILLIS, ms(l.total(LockKind.MONITOR_ENTER).totalNanos() + l.total(LockKind.MONITOR_REENTER).totalNanos()
                + l.parkedOnLocks().totalNanos()));
        m.put(LOCKS_PARKED_ON_LOCKS_MILLIS, ms(l.parkedOnLocks().totalNanos()));
        for (LockKind k : LockKind.values()) {
            Stats s = l.total(k);
            m.put(lock(k, "count"), (double) s.count());
            m.put(lock(k, "totalMillis"), ms(s.totalNanos()));
            m.put(lock(k, "p90Millis"), ms(s.p90Nanos()));
            m.put(lock(k, "maxMillis"), ms(s.maxNanos()));
        }
        Where w = p.where();
        m.put(WHERE_STACKS, w.present() ? 1.0 : 0.0);
        for (NamedStats f : w.waitedIn()) {
            m.put(waitShareIn(f.name()), g.threadTimeNanos() <= 0 ? 0 : (double) f.stats().totalNanos() / g.threadTimeNanos());
        }
        for (NamedStats f : w.heldIn()) m.put(heldShareIn(f.name()), g.heldNanos() <= 0 ? 0 : (double) f.stats().totalNanos() / g.heldNanos());
        return m;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
