package io.gilscope.reports.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Each rule with exact synthetic events: one case that triggers it and one that does not. */
class FindingsTest {
    static final long T0 = 1_700_000_000_000_000_000L;
    static final long MS = 1_000_000;

    static ProcessAggregator gil(String mode, long interval) {
        ProcessAggregator a = new ProcessAggregator("test");
        a.configuration(1, mode, interval, 100, "X#run", "test", true, "dispatch");
        return a;
    }

    /** {@code threads} CPU-bound threads taking turns for {@code turns} slices of {@code slice} ns. */
    static void cpuBound(ProcessAggregator a, int threads, int turns, long slice) {
        long t = T0;
        for (int th = 1; th < threads; th++) a.gilWait(th, "cpu-" + th, T0, T0 + (long) th * slice, "first", 0);
        for (int i = 0; i < turns; i++) {
            int holder = i % threads;
            a.gilHold(holder, "cpu-" + holder, t, t + slice, 1000, 0, "dropRequest", null, 0);
            if (threads > 1 && i + threads < turns) a.gilWait(holder, "cpu-" + holder, t + slice, t + (long) threads * slice, "afterDrop", 0);
            t += slice;
        }
    }

    static List<String> ids(ProcessAggregator a) {
        return a.finish().findings().stream().map(Finding::id).collect(Collectors.toList());
    }

    @Test
    void cpuBoundContention() {
        ProcessAggregator two = gil("new", 5 * MS);
        cpuBound(two, 2, 100, 5 * MS);
        List<String> f = ids(two);
        assertTrue(f.contains("cpu-bound-contention"), f.toString());
        assertFalse(f.contains("gil-barely-contended"));
        Finding finding = two.finish().findings().stream().filter(x -> x.id().equals("cpu-bound-contention")).findFirst().orElseThrow();
        assertTrue(finding.title().contains("2 threads"), finding.title());

        ProcessAggregator one = gil("new", 5 * MS);
        cpuBound(one, 1, 100, 5 * MS);
        assertFalse(ids(one).contains("cpu-bound-contention"));
    }

    @Test
    void barelyContended() {
        ProcessAggregator one = gil("new", 5 * MS);
        cpuBound(one, 1, 100, 5 * MS);
        assertTrue(ids(one).contains("gil-barely-contended"));
        ProcessAggregator two = gil("new", 5 * MS);
        cpuBound(two, 2, 100, 5 * MS);
        assertFalse(ids(two).contains("gil-barely-contended"));
    }

    static ProcessAggregator io(long waitAfterBlocking) {
        ProcessAggregator a = gil("new", 5 * MS);
        long t = T0;
        for (int i = 0; i < GilMetrics.CONVOY_MIN_RETURNS; i++) {
            a.gilHold(1, "io", t, t + 100_000, 10, 0, "blocking", "socket#recv", 0);
            a.blockingCall(1, "io", t + 100_000, t + 2 * MS, "socket#recv");
            a.gilWait(1, "io", t + 2 * MS, t + 2 * MS + waitAfterBlocking, "afterBlocking", 0);
            t += 2 * MS + waitAfterBlocking;
        }
        return a;
    }

    @Test
    void convoyEffect() {
        assertTrue(ids(io(4 * MS)).contains("convoy-effect"));
        assertFalse(ids(io(100_000)).contains("convoy-effect"));
    }

    @Test
    void longHold() {
        ProcessAggregator a = gil("new", 5 * MS);
        a.gilHold(1, "native", T0, T0 + 200 * MS, 5, 0, "threadExit", null, 0);
        a.gilWait(2, "other", T0 + MS, T0 + 200 * MS, "first", 0);
        a.gilHold(2, "other", T0 + 200 * MS, T0 + 205 * MS, 5, 0, "threadExit", null, 0);
        List<String> f = ids(a);
        assertTrue(f.contains("long-hold"), f.toString());

        ProcessAggregator b = gil("new", 5 * MS);
        cpuBound(b, 2, 40, 5 * MS);
        assertFalse(ids(b).contains("long-hold"));

        ProcessAggregator alone = gil("new", 5 * MS);  // a long hold, but nobody waited meanwhile
        alone.gilHold(1, "main", T0, T0 + 200 * MS, 5, 0, "blocking", "X#join", 0);
        alone.gilWait(2, "other", T0 + 200 * MS, T0 + 205 * MS, "first", 0);
        alone.gilHold(2, "other", T0 + 205 * MS, T0 + 210 * MS, 5, 0, "threadExit", null, 0);
        assertFalse(ids(alone).contains("long-hold"), "no one waited during the long hold");
    }

    @Test
    void frequentSwitches() {
        ProcessAggregator fast = gil("new", 100_000);
        cpuBound(fast, 2, 4000, 100_000);   // 10 000 hand-offs a second
        assertTrue(ids(fast).contains("frequent-switches"));
        ProcessAggregator slow = gil("new", 5 * MS);
        cpuBound(slow, 2, 100, 5 * MS);     // 200 a second
        assertFalse(ids(slow).contains("frequent-switches"));
    }

    static ProcessAggregator withLocks(long blockedNanos) {
        ProcessAggregator a = new ProcessAggregator("locks");
        a.seen(T0, T0 + 1_000 * MS);
        for (int i = 0; i < 10; i++) {
            a.lock(LockKind.MONITOR_ENTER, "w" + i, T0 + i * 50 * MS, T0 + i * 50 * MS + blockedNanos / 10,
                    "java.lang.Object", "app.Cache.get(String)", () -> "app.Cache.get(String) line: 12\n", null);
        }
        return a;
    }

    @Test
    void hotLock() {
        List<String> hot = ids(withLocks(200 * MS));
        assertTrue(hot.contains("hot-lock"), hot.toString());
        List<String> cold = ids(withLocks(MS));
        assertFalse(cold.contains("hot-lock"));
        assertFalse(cold.contains("no-jdk-contention"));
    }

    @Test
    void waitsForWorkAreNotContention() {
        ProcessAggregator a = new ProcessAggregator("idle");
        a.seen(T0, T0 + 1_000 * MS);
        a.lock(LockKind.THREAD_PARK, "pool-1", T0, T0 + 900 * MS, "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject",
                "java.util.concurrent.LinkedBlockingQueue.take()", null, null);
        a.lock(LockKind.MONITOR_WAIT, "main", T0, T0 + 900 * MS, "java.lang.Object", "app.Main.main(String[])", null, null);
        assertTrue(ids(a).contains("no-jdk-contention"));
        a.lock(LockKind.THREAD_PARK, "w", T0, T0 + 10 * MS, "java.util.concurrent.locks.ReentrantLock$NonfairSync", "app.Cache.put()", null, null);
        assertFalse(ids(a).contains("no-jdk-contention"));
        assertEquals(10.0, Metrics.of(a.finish()).get(Metrics.LOCKS_BLOCKED_MILLIS), 1e-9);
    }

    @Test
    void idleParksAreNotHotLocks() {
        ProcessAggregator a = new ProcessAggregator("idle");
        a.seen(T0, T0 + 1_000 * MS);
        a.lock(LockKind.THREAD_PARK, "pool-1", T0, T0 + 900 * MS, "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject",
                "java.util.concurrent.LinkedBlockingQueue.take()", () -> "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.await() line: 1\n", null);
        assertFalse(ids(a).contains("hot-lock"));
    }

    @Test
    void oneLockSiteGetsOneFinding() {
        ProcessAggregator a = withLocks(200 * MS);
        for (int i = 0; i < 10; i++) {   // the same method also parks on a ReentrantLock
            a.lock(LockKind.THREAD_PARK, "w" + i, T0 + i * 50 * MS, T0 + i * 50 * MS + 20 * MS,
                    "java.util.concurrent.locks.ReentrantLock$NonfairSync", "app.Cache.get(String)", null, null);
        }
        List<Finding> hot = a.finish().findings().stream().filter(f -> f.id().equals("hot-lock")).toList();
        assertEquals(1, hot.size(), hot.toString());
        assertTrue(hot.get(0).detail().contains("by 10 threads"), hot.get(0).detail());
    }

    /** 8 threads parked most of a second in a pool's borrow: the pool is named, with the share of their time. */
    @Test
    void threadsWaitingAtOneResourceSiteAreAFinding() {
        ProcessAggregator a = new ProcessAggregator("pool");
        a.seen(T0, T0 + 1_000 * MS);
        for (int i = 0; i < 8; i++) {
            a.lock(LockKind.THREAD_PARK, "worker-" + i, T0, T0 + 800 * MS, "java.util.concurrent.SynchronousQueue$TransferStack",
                    "com.zaxxer.hikari.util.ConcurrentBag.borrow(long, TimeUnit)", null, null);
        }
        Finding f = a.finish().findings().stream().filter(x -> x.id().equals("resource-wait")).findFirst().orElseThrow();
        assertEquals("8 threads waited 80% of the recording at com.zaxxer.hikari.util.ConcurrentBag.borrow(long, TimeUnit)", f.title());

        ProcessAggregator idle = new ProcessAggregator("idle workers");
        idle.seen(T0, T0 + 1_000 * MS);
        for (int i = 0; i < 8; i++) {
            idle.lock(LockKind.THREAD_PARK, "pool-1-thread-" + i, T0, T0 + 900 * MS,
                    "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject", "java.util.concurrent.ThreadPoolExecutor.getTask()", null, null);
        }
        assertFalse(ids(idle).contains("resource-wait"), "idle executor workers are not a resource wait");
    }

    /** A timed-out wait() re-entering a held monitor is a hot lock of its own kind, with advice for that case. */
    @Test
    void reentryAfterWaitIsItsOwnHotLock() {
        ProcessAggregator a = new ProcessAggregator("reentry");
        a.seen(T0, T0 + 1_000 * MS);
        for (int i = 0; i < 4; i++) {
            a.lock(LockKind.MONITOR_REENTER, "w" + i, T0, T0 + 100 * MS, "app.Queue", "app.Queue.poll(long)", null, "producer");
        }
        Finding f = a.finish().findings().stream().filter(x -> x.id().equals("hot-lock")).findFirst().orElseThrow();
        assertEquals("Threads blocked 400 ms on a lock at app.Queue.poll(long)", f.title());
        assertTrue(f.detail().startsWith("4 times (blocked re-entering synchronized after wait()) by 4 threads on app.Queue, mostly while producer held it"),
                f.detail());
        assertTrue(f.detail().contains("wait() there timed out or was interrupted"), f.detail());
        assertEquals(400.0, Metrics.of(a.finish()).get(Metrics.LOCKS_BLOCKED_MILLIS), 1e-9);
    }

    /** Row-lock waits in Object.wait: several threads, none most of the time, but always two waiting at once. */
    @Test
    void manyThreadsWaitingAtOneSiteAtOnceAreAFinding() {
        ProcessAggregator a = new ProcessAggregator("rows");
        a.seen(T0, T0 + 1_000 * MS);
        for (int i = 0; i < 16; i++) {
            a.lock(LockKind.MONITOR_WAIT, "worker-" + i, T0 + i * 50 * MS, T0 + i * 50 * MS + 150 * MS, "org.h2.mvstore.tx.Transaction",
                    "org.h2.mvstore.tx.Transaction.waitForThisToEnd(int, Transaction)", null, null);
        }
        Finding f = a.finish().findings().stream().filter(x -> x.id().equals("resource-wait")).findFirst().orElseThrow();
        assertEquals("16 threads waited 15% of the recording at org.h2.mvstore.tx.Transaction.waitForThisToEnd(int, Transaction)", f.title());
        assertTrue(f.detail().startsWith("2.4 threads were waiting there at any moment on average"), f.detail());
        assertTrue(f.detail().contains("in Object.wait on org.h2.mvstore.tx.Transaction"), f.detail());

        ProcessAggregator brief = new ProcessAggregator("brief");
        brief.seen(T0, T0 + 1_000 * MS);
        for (int i = 0; i < 16; i++) {
            brief.lock(LockKind.MONITOR_WAIT, "worker-" + i, T0 + i * 50 * MS, T0 + i * 50 * MS + 10 * MS, "org.h2.mvstore.tx.Transaction",
                    "org.h2.mvstore.tx.Transaction.waitForThisToEnd(int, Transaction)", null, null);
        }
        assertFalse(ids(brief).contains("resource-wait"), "0.16 threads waiting at once, 1% of their time");
    }

    /** The agent's watchdog saw holders blocked outside release methods: one finding per fix, with the fix. */
    @Test
    void stallsNameTheReleaseMethodThatFixesThem() {
        ProcessAggregator a = new ProcessAggregator("stalls");
        a.seen(T0, T0 + 1_000 * MS);
        String frames = "java.lang.Object.wait(Native Method)\nlua.State.resume(State.java:40)\nlua.Coroutine.resume(Coroutine.java:20)\n";
        a.stall(new Stall("release=lua.Coroutine#resume", "main", "WAITING", frames, 1, 0, 120 * MS));
        a.stall(new Stall("release=lua.Coroutine#resume", "main", "WAITING", frames, 1, 1, 300 * MS));
        List<Finding> stalls = a.finish().findings().stream().filter(f -> f.id().equals("gil-stall")).toList();
        assertEquals(1, stalls.size(), stalls.toString());
        assertEquals("Thread main held the GIL while WAITING outside any release method (2 times)", stalls.get(0).title());
        String d = stalls.get(0).detail();
        assertTrue(d.startsWith("It blocked for 300 ms while other threads waited for the GIL"), d);
        assertTrue(d.contains("java.lang.Object.wait(Native Method) < lua.State.resume(State.java:40)"), d);
        assertTrue(d.contains("release=lua.Coroutine#resume") && d.contains("took the GIL from it 1 time (onstall=release)"), d);
    }

    /** Half the interpreter's time ran before C2 finished the dispatch method: a warm-up note; early or never, as it says. */
    @Test
    void aFirstPhaseBeforeTheDispatchLoopWasOptimisedIsNoted() {
        ProcessAggregator late = gil("new", 5 * MS);
        cpuBound(late, 2, 200, 5 * MS);   // 1 s of holds
        late.compiled("X#run", 3, T0 + 100 * MS);   // C1 does not count
        late.compiled("X#run", 4, T0 + 500 * MS);
        late.compiled("X#run", 4, T0 + 900 * MS);   // a recompilation later does not either
        Finding f = late.finish().findings().stream().filter(x -> x.id().equals("jit-warm-up")).findFirst().orElseThrow();
        assertEquals("50% of the interpreter's time ran before its dispatch loop was optimised", f.title());
        assertTrue(f.detail().startsWith("The JIT's C2 compiler finished X#run 500 ms into the recording, after 500 ms"), f.detail());

        ProcessAggregator early = gil("new", 5 * MS);
        cpuBound(early, 2, 200, 5 * MS);
        early.compiled("X#run", 4, T0 + 50 * MS);
        assertFalse(ids(early).contains("jit-warm-up"));

        ProcessAggregator never = gil("new", 5 * MS);
        cpuBound(never, 2, 200, 5 * MS);
        never.compiled("Other#method", 4, T0 + 50 * MS);
        Finding n = never.finish().findings().stream().filter(x -> x.id().equals("jit-warm-up")).findFirst().orElseThrow();
        assertEquals("The dispatch loop was never optimised while recorded", n.title());

        ProcessAggregator unknown = gil("new", 5 * MS);   // a recording without jdk.Compilation events says nothing
        cpuBound(unknown, 2, 200, 5 * MS);
        assertFalse(ids(unknown).contains("jit-warm-up"));
    }

    @Test
    void noJdkContention() {
        ProcessAggregator quiet = gil("new", 5 * MS);
        cpuBound(quiet, 1, 10, 5 * MS);
        assertTrue(ids(quiet).contains("no-jdk-contention"));
        assertFalse(ids(withLocks(MS)).contains("no-jdk-contention"));
    }

    @Test
    void noGilEvents() {
        assertTrue(ids(withLocks(MS)).contains("no-gil-events"));
        ProcessAggregator g = gil("new", 5 * MS);
        cpuBound(g, 1, 10, 5 * MS);
        assertFalse(ids(g).contains("no-gil-events"));
    }

    @Test
    void gilOff() {
        ProcessAggregator off = gil("off", 5 * MS);
        off.gilHold(1, "a", T0, T0 + 100 * MS, 1, 0, "threadExit", null, 0);
        off.gilHold(2, "b", T0, T0 + 100 * MS, 1, 0, "threadExit", null, 0);
        List<String> f = ids(off);
        assertTrue(f.contains("gil-off"));
        assertFalse(f.contains("gil-barely-contended"), "no GIL rules without a GIL");
        assertEquals(2.0, off.finish().gil().utilisation(), 0.01, "parallelism");
        ProcessAggregator on = gil("new", 5 * MS);
        cpuBound(on, 1, 10, 5 * MS);
        assertFalse(ids(on).contains("gil-off"));
    }

    @Test
    void truncated() {
        ProcessAggregator cut = gil("new", 5 * MS);
        cut.recording(new RecordingInfo("x.jfr", 1000, 2, 1, 400, 0, 10, "truncated: the last 400 bytes are lost"));
        assertTrue(ids(cut).contains("truncated"));
        ProcessAggregator whole = gil("new", 5 * MS);
        whole.recording(new RecordingInfo("x.jfr", 1000, 1, 1, 0, 0, 10, null));
        assertFalse(ids(whole).contains("truncated"));
    }

    @Test
    void perThreadTimeAddsUp() {
        ProcessAggregator a = gil("new", 5 * MS);
        cpuBound(a, 3, 300, 5 * MS);
        for (ThreadSummary t : a.finish().threads()) {
            assertEquals(t.lifetimeNanos(), t.heldNanos() + t.waitNanos() + t.blockedNanos(), t.lifetimeNanos() * 0.05, t.name());
        }
    }

    @Test
    void newerEventSchema() {
        ProcessAggregator newer = new ProcessAggregator("newer");
        newer.configuration(2, "new", 5 * MS, 100, null, "future", true, null);
        assertTrue(ids(newer).contains("event-schema"));
        assertFalse(ids(gil("new", 5 * MS)).contains("event-schema"));
    }

    @Test
    void handOffGapAfterAForcedDropCountsAsWaiting() {
        ProcessAggregator a = gil("new", 5 * MS);
        a.gilHold(1, "t", T0, T0 + 5 * MS, 1, 0, "dropRequest", null, 0);
        a.gilWait(1, "t", T0 + 8 * MS, T0 + 10 * MS, "afterDrop", 0);          // 3 ms gap: waiting for the hand-off
        a.gilHold(1, "t", T0 + 10 * MS, T0 + 12 * MS, 1, 0, "blocking", "X#io", 0);
        a.blockingCall(1, "t", T0 + 12 * MS, T0 + 20 * MS, "X#io");
        a.gilWait(1, "t", T0 + 21 * MS, T0 + 22 * MS, "afterBlocking", 0);     // 1 ms gap after a call: not a hand-off
        a.gilHold(1, "t", T0 + 22 * MS, T0 + 23 * MS, 1, 0, "threadExit", null, 0);
        ProcessSummary p = a.finish();
        ThreadSummary t = p.threads().get(0);
        assertEquals(6 * MS, t.waitNanos(), "2 ms + 1 ms waits + 3 ms hand-off gap");
        assertEquals(3 * MS, p.gil().handoffGapNanos());
        assertEquals(2, t.waits().count(), "percentiles are of the GilWait events");
        assertEquals(MS, t.otherNanos());
    }

    @Test
    void outOfOrderEventsNeverCountMoreThanTheLifetime() {
        ProcessAggregator a = gil("legacy", 5 * MS);
        // In time: hold 0-5, wait 5-10, hold 10-15 (drop), wait 20-25, hold 25-30; but the file delivers
        // the first hold last, so a naive gap from it would double-count 15 ms.
        a.gilWait(1, "t", T0 + 5 * MS, T0 + 10 * MS, "afterDrop", 0);
        a.gilHold(1, "t", T0 + 10 * MS, T0 + 15 * MS, 1, 0, "checkInterval", null, 0);
        a.gilWait(1, "t", T0 + 20 * MS, T0 + 25 * MS, "afterDrop", 0);
        a.gilHold(1, "t", T0 + 25 * MS, T0 + 30 * MS, 1, 0, "threadExit", null, 0);
        a.gilHold(1, "t", T0, T0 + 5 * MS, 1, 0, "checkInterval", null, 0);
        ThreadSummary t = a.finish().threads().get(0);
        assertEquals(30 * MS, t.lifetimeNanos());
        assertEquals(15 * MS, t.heldNanos());
        assertEquals(15 * MS, t.waitNanos(), "two 5 ms waits and the 5 ms hand-off gap at 15-20 ms");
        assertTrue(t.heldNanos() + t.waitNanos() + t.blockedNanos() <= t.lifetimeNanos());
    }

    @Test
    void attachedWhileFramesRanNamesTheThreads() {
        ProcessAggregator a = gil("new", 5 * MS);
        cpuBound(a, 2, 10, 5 * MS);
        a.attached("MainThread,Thread-1 (spin)");
        List<Finding> f = a.finish().findings();
        Finding attached = f.stream().filter(x -> x.id().equals("attached-while-running")).findFirst().orElseThrow();
        assertTrue(attached.title().startsWith("Attached while 2 threads were running"), attached.title());
        assertTrue(attached.detail().contains("MainThread, Thread-1 (spin) were inside the dispatch method"), attached.detail());

        ProcessAggregator quiet = gil("new", 5 * MS);
        cpuBound(quiet, 2, 10, 5 * MS);
        quiet.attached("");
        assertFalse(ids(quiet).contains("attached-while-running"), "attached between frames: nothing to say");
    }
}
