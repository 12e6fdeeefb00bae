package io.gilscope.reports.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plain-language rules over a {@link ProcessSummary}, like JDK Mission Control's automated analysis.
 * Each rule states the numbers that triggered it; thresholds are constants here.
 */
public final class Findings {
    private Findings() {}

    static final double CONTENDED_WAIT_SHARE = 0.20;   // a thread (and the process) waits at least this share
    static final double CPU_BOUND_MAX_BLOCKED = 0.20;  // a CPU-bound thread is blocked in calls less than this
    static final double BARELY_CONTENDED = 0.05;
    static final double CONVOY_RATIO = 0.5;            // median wait after blocking vs the switch interval
    static final int LONG_HOLD_INTERVALS = 20;
    static final long LONG_HOLD_MIN_NANOS = 10_000_000;
    static final double FREQUENT_SWITCHES_PER_SECOND = 1_000;
    static final long HOT_LOCK_MIN_NANOS = 20_000_000;
    static final double HOT_LOCK_WALL_SHARE = 0.05;
    static final int HOT_LOCK_MAX_FINDINGS = 3;
    static final int RESOURCE_WAIT_MIN_THREADS = 4;
    static final int STALL_FRAMES = 4;                // top frames named in a stall finding
    static final double WARM_UP_SHARE = 0.10;         // of the interpreter's time run before its loop was optimised
    static final long WARM_UP_MIN_NANOS = 100_000_000;
    static final long NEVER_OPTIMISED_MIN_NANOS = 1_000_000_000;
    static final double RESOURCE_WAIT_SHARE = 0.25;   // of each waiting thread's share of the recording
    static final double RESOURCE_WAIT_AT_ONCE = 1.0;  // or this many threads waiting there at any moment on average

    public static List<Finding> evaluate(ProcessSummary p) {
        List<Finding> out = new ArrayList<>();
        truncated(p, out);
        if (p.agent().eventSchemaVersion() > EventNames.EVENT_SCHEMA_VERSION) {
            out.add(new Finding("event-schema", "warning", "Recorded with a newer event schema",
                    "The agent wrote event schema version " + p.agent().eventSchemaVersion() + "; this gilscope reads version "
                            + EventNames.EVENT_SCHEMA_VERSION + ", so some numbers may be missing: update gilscope."));
        }
        attachedWhileRunning(p, out);
        stalls(p, out);
        warmUp(p, out);
        GilMetrics g = p.gil();
        boolean gil = p.gilPresent();
        boolean locked = gil && !p.agent().lockless();
        if (!p.gilPresent()) {
            out.add(new Finding("no-gil-events", "info", "No gilscope events",
                    "This recording was made without the gilscope agent: only the JDK lock sections apply."));
        } else if (!locked) {
            double parallel = g.spanNanos() > 0 ? (double) g.heldNanos() / g.spanNanos() : 0;
            out.add(new Finding("gil-off", "info", "No GIL (mode off)",
                    String.format(Locale.ROOT, "%d threads ran the interpreter without a lock: on average %.2f of them at once.",
                            g.threads(), parallel)));
        } else {
            cpuBound(p, out);
            convoy(p, out);
            longHold(p, out);
            frequentSwitches(p, out);
            barelyContended(p, out);
        }
        hotLocks(p, out);
        resourceWaits(p, out);
        int virtual = p.locks().virtualThreads();
        if (virtual > 0) {
            out.add(new Finding("virtual-threads-unseen", "warning", "Contention of virtual threads is not recorded",
                    Units.count(virtual) + " virtual thread" + (virtual == 1 ? "" : "s") + " ran (seen in execution samples), but JFR "
                            + "records no monitor or park event of a virtual thread, so their lock contention is missing from every "
                            + "number here: no contention shown is not an all-clear. Run the same code on platform threads, or use "
                            + "a thread dump (jcmd PID Thread.dump_to_file) while it runs, to see where they wait."));
        }
        if (!p.locks().contended() && virtual == 0) {
            long waits = p.locks().total(LockKind.MONITOR_WAIT).count() + p.locks().total(LockKind.THREAD_PARK).count();
            out.add(new Finding("no-jdk-contention", "ok", "No JDK lock contention",
                    "No thread blocked entering synchronized or parked on a java.util.concurrent lock"
                            + (waits > 0 ? " (" + Units.count(waits) + " waits for work or results, e.g. Object.wait, conditions and queues, are listed below)." : ".")));
        }
        return out;
    }

    static void truncated(ProcessSummary p, List<Finding> out) {
        for (RecordingInfo r : p.recordings()) {
            if (!r.complete()) out.add(new Finding("truncated", "warning", "Recording incomplete", r.file() + ": " + r.problem()));
        }
    }

    static void cpuBound(ProcessSummary p, List<Finding> out) {
        int n = 0;
        long wait = 0, life = 0;
        for (ThreadSummary t : p.threads()) {
            if (t.lifetimeNanos() > 0 && t.waitShare() >= CONTENDED_WAIT_SHARE && t.blockedShare() < CPU_BOUND_MAX_BLOCKED) {
                n++;
                wait += t.waitNanos();
                life += t.lifetimeNanos();
            }
        }
        if (n >= 2) {
            out.add(new Finding("cpu-bound-contention", "warning",
                    "CPU-bound threads contend for the GIL (" + n + " threads, " + Units.percent((double) wait / life)
                            + " of their time waiting)" + heldMostlyIn(p.where()),
                    "Only one thread runs at a time, so more threads do not make this faster: use processes "
                            + "(multiprocessing, ProcessPoolExecutor) or code that releases the GIL." + blamedMost(p.where())));
        }
    }

    /** ", held mostly in f (file:line), 98 % of the held time", from the location hook's stacks; "" without them. */
    static String heldMostlyIn(Where w) {
        if (w.heldAt().isEmpty()) return "";
        long all = w.heldAt().stream().mapToLong(s -> s.stats().totalNanos()).sum();
        NamedStats top = w.heldAt().get(0);
        return all <= 0 ? "" : ", held mostly in " + top.name() + ", " + Units.percent((double) top.stats().totalNanos() / all) + " of the held time";
    }

    /** " Most waiting: in f (file:line) while the holder ran g (file:line), 1.2 s.", or "" without the location hook's stacks. */
    static String blamedMost(Where w) {
        if (w.blame().isEmpty()) return "";
        NamedStats top = w.blame().get(0);
        String[] pair = top.name().split(Where.BLAMED, 2);
        return " Most waiting: in " + pair[0] + " while the holder ran " + (pair.length > 1 ? pair[1] : "(unknown)")
                + ", " + Units.duration(top.stats().totalNanos()) + " in all.";
    }

    /** Frames running when the agent was attached kept their code: they ran without the GIL until they returned. */
    static void attachedWhileRunning(ProcessSummary p, List<Finding> out) {
        List<String> running = p.agent().runningAtAttach();
        if (running.isEmpty()) return;
        out.add(new Finding("attached-while-running", "warning",
                "Attached while " + running.size() + (running.size() == 1 ? " thread was" : " threads were") + " running interpreter frames",
                "The agent was attached while " + String.join(", ", running) + (running.size() == 1 ? " was" : " were")
                        + " inside the dispatch method. A frame already running keeps its code (a JVM rule), so those frames ran "
                        + "without the GIL until they returned, and their time is missing from the GIL numbers: a module-level loop "
                        + "stays outside until the program ends. They also ran 4-19x slower meanwhile: the JVM never compiles the "
                        + "old code of a replaced method again, so they went on in its bytecode interpreter. Start the program under "
                        + "the agent (gilscope run, -javaagent) to see all of it at full speed."));
    }

    /** Holders that blocked outside any release method while others waited: the hangs the agent's watchdog saw. */
    static void stalls(ProcessSummary p, List<Finding> out) {
        for (Stall s : p.stalls().subList(0, Math.min(HOT_LOCK_MAX_FINDINGS, p.stalls().size()))) {
            out.add(new Finding("gil-stall", "warning",
                    "Thread " + s.thread() + " held the GIL while " + s.state() + " outside any release method"
                            + (s.count() == 1 ? "" : " (" + Units.count(s.count()) + " times)"),
                    "It blocked for " + Units.duration(s.longestNanos()) + " while other threads waited for the GIL, which they could "
                            + "not get; if it waits for one of them, the program hangs. It blocked in "
                            + String.join(" < ", s.frames() == null ? List.of() : s.frames().lines().limit(STALL_FRAMES).toList()) + ". "
                            + (s.fix().isEmpty() ? "No method outside the JDK was found to release there."
                            : "Name the method that blocks as a release method: " + s.fix() + ".")
                            + (s.released() > 0 ? " The watchdog took the GIL from it " + Units.count(s.released()) + (s.released() == 1 ? " time" : " times")
                            + " (onstall=release) so that the program went on." : " Meanwhile onstall=release lets the program go on.")));
        }
    }

    /**
     * A first phase that ran before the JIT optimised the dispatch method: timed once, it is slower than
     * the same code later, and threads started afterwards look faster than they are (issue 17's three of
     * four interpreters).
     */
    static void warmUp(ProcessSummary p, List<Finding> out) {
        WarmUp w = p.warmUp();
        if (w == null) return;
        if (w.compiled() && w.shareBefore() >= WARM_UP_SHARE && w.heldBeforeNanos() >= WARM_UP_MIN_NANOS) {
            out.add(new Finding("jit-warm-up", "warning",
                    Units.percent(w.shareBefore()) + " of the interpreter's time ran before its dispatch loop was optimised",
                    "The JIT's C2 compiler finished " + w.method() + " " + Units.duration(w.compiledAtNanos() - p.recordingStartNanos())
                            + " into the recording, after " + Units.duration(w.heldBeforeNanos()) + " of interpreter time in the JVM's "
                            + "slower tiers. A phase timed then (say a sequential run before a threaded one) is slower than the same "
                            + "code later, which makes what follows look faster, threads under the GIL included: run the phases twice "
                            + "in one JVM and time the second (demo-app: --repeat N)."));
        } else if (!w.compiled() && w.heldNanos() >= NEVER_OPTIMISED_MIN_NANOS) {
            out.add(new Finding("jit-warm-up", "warning", "The dispatch loop was never optimised while recorded",
                    "No C2 compilation of " + w.method() + " ended in the recording, so its " + Units.duration(w.heldNanos())
                            + " of interpreter time ran in the JVM's slower tiers: timings here are not those of warm code. A "
                            + "method over 8000 bytes of bytecode is never compiled (-XX:-DontCompileHugeMethods changes that)."));
        }
    }

    static void convoy(ProcessSummary p, List<Finding> out) {
        Stats w = p.gil().waitsAfterBlocking();
        double ratio = p.gil().convoyRatio();
        if (!Double.isNaN(ratio) && ratio >= CONVOY_RATIO) {
            out.add(new Finding("convoy-effect", "warning",
                    "I/O-returning threads wait about one switch interval each time (convoy effect)",
                    "Median wait after a blocking call " + Units.duration(Math.round(ratio * p.agent().switchIntervalNanos()))
                            + " against a switch interval of " + Units.duration(p.agent().switchIntervalNanos()) + " ("
                            + Units.count(p.gil().blockingCalls().count()) + " returns, " + Units.count(w.count())
                            + " of them waited): try mode=fair or a shorter interval."));
        }
    }

    static void longHold(ProcessSummary p, List<Finding> out) {
        LongHold h = p.longestContendedHold();
        if (p.agent().switchIntervalNanos() <= 0 || h == null) return;
        long limit = Math.max(LONG_HOLD_MIN_NANOS, LONG_HOLD_INTERVALS * p.agent().switchIntervalNanos());
        if (h.nanos() >= limit) {
            out.add(new Finding("long-hold", "warning",
                    "Thread " + h.thread() + " held the GIL for " + Units.duration(h.nanos()) + " at once while others waited",
                    "That is " + Math.round((double) h.nanos() / p.agent().switchIntervalNanos())
                            + " switch intervals; other threads waited " + Units.duration(h.othersWaitingNanos())
                            + " meanwhile"
                            + (h.reacquisitions() > 0
                            ? ". It dropped the GIL " + h.reacquisitions() + " times but took it back before a waiter woke up: "
                                    + "the waiting threads did not get a CPU in time (a busy machine or more threads than cores); try mode=fair."
                            : ": a long operation that neither checks for drop requests nor releases the GIL; "
                                    + "mark it @ReleasesGil or add it with release=Class#method.")));
        }
    }

    static void frequentSwitches(ProcessSummary p, List<Finding> out) {
        double rate = p.gil().switchesPerSecond();
        if (rate >= FREQUENT_SWITCHES_PER_SECOND) {
            out.add(new Finding("frequent-switches", "info",
                    "The GIL changes hands " + Units.rate(rate),
                    "Each hand-off wakes a thread and moves caches between cores; a longer switch interval"
                            + ("legacy".equals(p.agent().mode()) ? " (or a larger checkinterval)" : "") + " cuts that overhead."));
        }
    }

    static void barelyContended(ProcessSummary p, List<Finding> out) {
        GilMetrics g = p.gil();
        if (g.threads() > 0 && g.threadTimeNanos() > 0 && g.waitShare() < BARELY_CONTENDED) {
            out.add(new Finding("gil-barely-contended", "ok",
                    "GIL barely contended (" + Units.percent(g.waitShare()) + " of thread time waiting)",
                    "Threads are fine here: they spend their time running or in blocking calls, not waiting for the GIL."));
        }
    }

    /**
     * Sites where threads blocked on a lock (monitor or lock class) for long: one finding per site, the
     * longest first. Waits for work (conditions, queues, Object.wait) are {@link #resourceWaits}'.
     */
    static void hotLocks(ProcessSummary p, List<Finding> out) {
        long limit = Math.max(HOT_LOCK_MIN_NANOS, (long) (p.wallNanos() * HOT_LOCK_WALL_SHARE));
        Set<String> named = new HashSet<>();
        for (LockGroup g : p.locks().bySite()) {
            if (named.size() >= HOT_LOCK_MAX_FINDINGS || g.stats().totalNanos() < limit) break;
            if (!g.contention() || !named.add(g.key())) continue;
            out.add(new Finding("hot-lock", "warning",
                    "Threads blocked " + Units.duration(g.stats().totalNanos()) + " on a lock at " + g.key(),
                    Units.count(g.stats().count()) + (g.stats().count() == 1 ? " time (" : " times (") + g.kind().label + ") by "
                            + threads(g) + (g.on() == null ? "" : " on " + g.on())
                            + (g.blockedBy() == null ? "" : ", mostly while " + g.blockedBy() + " held it") + ", average "
                            + Units.duration(g.stats().meanNanos()) + ", max " + Units.duration(g.stats().maxNanos())
                            + (g.kind() == LockKind.MONITOR_REENTER
                            ? ": their wait() there timed out or was interrupted while another thread held the monitor, so they "
                                    + "queued to get it back; the holder keeps it too long (work done inside synchronized after notify) "
                                    + "or the timeout is shorter than the waits it guards."
                            : ": hold the lock for less time, split it, or use a concurrent structure.")));
        }
    }

    /**
     * Sites where several threads spent a large share of the recording parked on a queue or condition,
     * or in Object.wait, outside the JDK's own code, or where on average at least one thread was waiting: an exhausted pool (connections, pooled objects,
     * permits) looks like this, as do row locks and conditions that gate the work. Idle executor workers
     * are filed at java.util.concurrent sites and Thread.join at its caller's; both are left out, the
     * first by site and the second because few threads join.
     */
    static void resourceWaits(ProcessSummary p, List<Finding> out) {
        long wall = p.wallNanos();
        int n = 0;
        for (LockGroup g : p.locks().bySite()) {
            if (n >= HOT_LOCK_MAX_FINDINGS || wall <= 0) break;
            if (g.contention() || g.key().startsWith("java.")) continue;
            double atOnce = (double) g.stats().totalNanos() / wall;
            double share = atOnce / Math.max(1, g.threads());
            if (g.threads() < RESOURCE_WAIT_MIN_THREADS || share < RESOURCE_WAIT_SHARE && atOnce < RESOURCE_WAIT_AT_ONCE) continue;
            n++;
            out.add(new Finding("resource-wait", "warning",
                    threads(g) + " waited " + Units.percent(share) + " of the recording at " + g.key(),
                    String.format(Locale.ROOT, "%.1f threads were waiting there at any moment on average: ", atOnce)
                            + Units.duration(g.stats().totalNanos()) + " in " + Units.count(g.stats().count()) + " waits (average "
                            + Units.duration(g.stats().meanNanos()) + ", max " + Units.duration(g.stats().maxNanos())
                            + ") " + (g.kind() == LockKind.MONITOR_WAIT ? "in Object.wait" : "parked") + (g.on() == null ? "" : " on " + g.on())
                            + ". If it hands out pooled resources (connections, objects, permits), the pool is too small for the "
                            + "threads using it or its holders keep them too long; if it waits for rows or events, that is what "
                            + "holds them up."));
        }
    }

    private static String threads(LockGroup g) {
        return g.threads() == 1 ? "1 thread" : Units.count(g.threads()) + " threads";
    }
}
