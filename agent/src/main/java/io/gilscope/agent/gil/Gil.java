package io.gilscope.agent.gil;

import io.gilscope.agent.jfr.BlockingCallEvent;
import io.gilscope.agent.jfr.GilDropRequestEvent;
import io.gilscope.agent.jfr.GilWaitEvent;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/*
   Notes about the implementation (after CPython's Python/ceval_gil.c):

   - The GIL is one field, `holder` (null when unlocked), whose changes are made
     under a mutex and signalled by a condition (`released`). The mutex is held for
     short periods only, so it is mostly uncontended.

   - The holder runs the interpreter's dispatch loop, which the agent has rewritten
     to count dispatches in a frame-local counter before every switch and to look at
     the GIL (look) every lookInterval dispatches and before every return: Python 2's
     ticker. The fast path is an increment and a compare with a constant; no memory
     read, no allocation, no lock, no ThreadLocal. A look adds the count to the
     thread's totals and reads GilHooks.evalBreaker (CPython's eval_breaker); a drop
     request sets the breaker, so the holder drops at its next look, at most
     lookInterval dispatches later (a few microseconds), which no 5 ms switch
     interval can notice.

   - With option count=false (modes new and fair) frames do not count: they read
     the breaker before every switch (one volatile read and a compare) and look only
     when it is set. The JIT keeps the loop-carried counter in memory in a large
     interpreter loop, so this saves 1-3% of a tight loop; but the look's branch is
     then never taken until the first drop request, so HotSpot compiles it as a trap
     and the first drop request recompiles the dispatch loop (about 0.2 s slower
     there). The ticker's look is taken every lookInterval dispatches from the start.

   - A thread wanting the GIL waits `interval` (5 ms by default) on `released`.
     If that wait times out and no switch happened in the meantime
     (`switchNumber` unchanged), it sets the drop request. Waits are therefore
     about one interval long, but not exactly: a dispatch can take any time.

   - Forced switching (modes new and fair): a holder that drops because of a
     request then waits on `switched` until another thread has taken the GIL,
     so it cannot take it straight back before the waiter is even scheduled.
     Without it (mode legacy, Python 2's check interval) the dropper usually wins
     the race and the waiter goes back to sleep: the multicore "GIL battle".

   - The GIL belongs to a thread, not to a frame. A dispatch frame takes it only
     when its thread does not hold it already (first dispatch, or a callback into
     the interpreter from a release method) and then drops it when it exits,
     normally or by exception. A release method drops it on entry and takes it
     back on exit. So a thread blocked in a release method never holds it.

   - A thread that died holding the GIL without unwinding (its exit hook never ran)
     would block everybody: waiters check `holder.thread.isAlive()` each time they
     wake and take the GIL away from a dead holder.

   - A holder that blocks outside any release method (an interpreter handing work to
     another Java thread with wait/notify) while others wait would hang the program:
     StallWatchdog notices it and says which method to release. With onstall=release it
     also takes the GIL from the blocked holder (releaseStalled); the holder takes it back
     at its next look, as after a drop. Until then it may run up to a look interval of
     dispatches without the GIL (with count=false the breaker stays set, so it looks at
     once): an escape hatch that keeps the program going, not a substitute for release=.

   - Where (Location): with a location hook the events say where in the interpreter's
     own code a thread took, dropped and waited for the GIL, and where the holder was
     when it let the GIL go to a waiter (the blame). The hook is asked at these events
     only, never per dispatch.

   - One GIL per interpreter (Interpreters): each class loader that defines the
     interpreter's dispatch classes is an interpreter with its own Gil, and every event
     says which. The hooks find a thread's GIL from the instrumented method's class.
     GilHooks.evalBreaker is the OR of the GILs' breakers, so a holder may look once
     for another interpreter's request, and finds none for itself.

   - Events: GilWait/GilHold are emitted per hand-off between threads and per
     blocking call. A thread that drops and takes the GIL back with nobody in
     between extends its hold (counted in `reacquisitions`).
*/
public abstract class Gil {
    /** A thread adds its dispatches to the GIL's shared total at the latest every this many. */
    public static final int FLUSH_EVERY = 1 << 16;

    /** Dispatches a frame runs between two looks at the GIL (mode legacy: fewer, see there). */
    public static final int LOOK_INTERVAL = 1024;

    final ReentrantLock mutex = new ReentrantLock();
    final Condition released = mutex.newCondition();
    final Condition switched = mutex.newCondition();

    volatile GilThread holder;      // written under mutex
    GilThread lastHolder;           // guarded by mutex
    String lastDropAt;              // guarded by mutex: where in the interpreter lastHolder let the GIL go
    long switchNumber;              // guarded by mutex
    volatile long takes;            // written under mutex: every acquisition, so a watcher can tell one hold from the next
    volatile int waiters;           // written under mutex
    volatile boolean dropRequested;
    volatile int breaker;           // this GIL's share of GilHooks.evalBreaker
    /** Which interpreter's GIL this is: 0 for the first, then in the order interpreters started (see Interpreters). */
    volatile int interpreter;
    int stalledThreads;             // guarded by mutex: threads the watchdog took the GIL from, not yet back
    volatile long intervalNanos;
    final int checkInterval;
    private final boolean countsDispatches;

    final LongAdder dispatches = new LongAdder();
    final LongAdder switches = new LongAdder();
    final LongAdder forcedSwitches = new LongAdder();
    final LongAdder reacquisitions = new LongAdder();
    final LongAdder blockingCalls = new LongAdder();

    private final ThreadLocal<GilThread> threads = ThreadLocal.withInitial(() -> new GilThread(Thread.currentThread(), this));

    protected Gil(long intervalNanos, int checkInterval, boolean countsDispatches) {
        if (intervalNanos <= 0) throw new IllegalArgumentException("switch interval must be positive");
        if (checkInterval <= 0) throw new IllegalArgumentException("check interval must be positive");
        this.intervalNanos = intervalNanos;
        this.checkInterval = checkInterval;
        this.countsDispatches = countsDispatches;
    }

    /** @param count count dispatches in modes new and fair (legacy and off always count) */
    public static Gil create(String mode, long intervalNanos, int checkInterval, boolean count) {
        switch (mode) {
            case "new": return new NewGil(intervalNanos, checkInterval, count);
            case "legacy": return new LegacyGil(intervalNanos, checkInterval);
            case "fair": return new FairGil(intervalNanos, checkInterval, count);
            case "off": return new OffGil(intervalNanos, checkInterval);
            default: throw new IllegalArgumentException("unknown GIL mode '" + mode + "' (new, legacy, fair, off)");
        }
    }

    public abstract String mode();

    /** Whether a holder dropping on request waits until another thread has taken the GIL. */
    boolean forcedSwitching() { return true; }

    final GilThread current() { return threads.get(); }

    // ---- the hooks' entry points --------------------------------------------------------

    /** The current thread enters a dispatch frame without holding the GIL. @return whether it took it */
    boolean enter() {
        take(current(), WaitReason.FIRST);
        return true;
    }

    /** The frame that took the GIL in {@link #enter} exits. */
    void exit(Throwable thrown) {
        GilThread t = current();
        if (holder == t) drop(t, thrown == null ? ReleaseReason.THREAD_EXIT : ReleaseReason.EXCEPTION, null);
        else if (t.stalled) settleStall(t);   // the watchdog took it, and the frame that took it is done
    }

    /** Whether the current thread holds the GIL (mode off: is in a running period). */
    boolean holdsOrRuns() {
        GilThread h = holder;
        return h != null && h.thread == Thread.currentThread();
    }

    /**
     * Whether dispatch frames count their dispatches (the agent instruments them with the ticker);
     * if not, they read the breaker before every dispatch and dispatch counts stay 0.
     */
    public final boolean countsDispatches() { return countsDispatches; }

    /**
     * Dispatches a frame runs between two looks at the breaker: 1 without counting; with counting,
     * the agent compiles it into the dispatch method.
     */
    public int lookInterval() { return countsDispatches ? LOOK_INTERVAL : 1; }

    /** A look ({@link GilHooks#look}): {@code count} dispatches ran since the frame's last look. */
    void look(int count) {
        GilThread t = holder;
        if (t == null || t.thread != Thread.currentThread()) {
            GilThread c = current();   // a callback from a release method, a frame that has not taken the GIL,
            c.count(count);            // or a holder the watchdog took it from, running again
            if (c.stalled) {
                settleStall(c);
                take(c, WaitReason.AFTER_STALL);
            }
            return;
        }
        t.count(count);
        if (breaker != 0) check(t, count);
    }

    /**
     * Called at the holder's look when the breaker is set: drop if asked to. {@code count} is the
     * look's; only mode legacy uses it, towards its check interval.
     */
    void check(GilThread t, int count) {
        if (dropRequested) {
            drop(t, ReleaseReason.DROP_REQUEST, null);
            take(t, WaitReason.AFTER_DROP);
        }
    }

    /** Enter a release method. @return a region to pass to {@link #releaseExit}, or null if nothing was released */
    Region releaseEnter(String method) {
        GilThread h = holder;
        if (h == null || h.thread != Thread.currentThread()) return null;
        drop(h, ReleaseReason.BLOCKING, method);
        return region(h, method);
    }

    final Region region(GilThread t, String method) {
        blockingCalls.increment();
        BlockingCallEvent event = new BlockingCallEvent();
        event.begin();
        if (event.isEnabled()) event.at = Location.here();
        event.interpreter = interpreter;
        return new Region(this, t, method, event);
    }

    void releaseExit(Region region) {
        region.event.end();
        if (region.event.shouldCommit()) {
            region.event.method = region.method;
            region.event.commit();
        }
        take(region.thread, WaitReason.AFTER_BLOCKING);
    }

    // ---- take and drop --------------------------------------------------------------------

    /** take_gil: wait until the GIL is free (and, in fair mode, this thread's turn), then hold it. */
    final void take(GilThread t, WaitReason reason) {
        GilWaitEvent wait = null;
        boolean interrupted = false;
        mutex.lock();
        try {
            if (mustWait(t)) {
                wait = new GilWaitEvent();
                wait.begin();
                if (wait.isEnabled()) wait.waitedAt = Location.here();
                wait.interpreter = interpreter;
                waiters++;
                enqueue(t, reason);
                try {
                    while (mustStillWait(t)) {
                        long saved = switchNumber;
                        boolean timedOut;
                        try {
                            timedOut = awaitTurn(t) <= 0;
                        } catch (InterruptedException e) {
                            interrupted = true;
                            timedOut = false;
                        }
                        GilThread h = holder;
                        if (h != null && !h.thread.isAlive()) {
                            reapDeadHolder(h);
                        } else if (timedOut && h != null && switchNumber == saved && requestsOnTimeout()) {
                            requestDrop(h);
                        }
                    }
                } finally {
                    waiters--;
                    dequeue(t);
                }
            }
            acquire(t, reason, wait);
        } finally {
            mutex.unlock();
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** drop_gil: give the GIL up; {@code method} names the release method when {@code reason} is blocking. */
    final void drop(GilThread t, ReleaseReason reason, String method) {
        mutex.lock();
        try {
            if (holder != t) throw new IllegalStateException("drop_gil: GIL is not held by " + t.thread.getName());
            holder = null;
            lastDropAt = t.endHold(reason, method);
            signalNext();
            if (reason == ReleaseReason.DROP_REQUEST && forcedSwitching() && waiters > 0) {
                forcedSwitches.increment();
                long deadline = System.nanoTime() + Math.max(TimeUnit.MILLISECONDS.toNanos(50), 10 * intervalNanos);
                while (lastHolder == t && waiters > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) break;
                    switched.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(1)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            mutex.unlock();
        }
    }

    /** Under mutex: the GIL is ours now. */
    private void acquire(GilThread t, WaitReason reason, GilWaitEvent wait) {
        GilThread prev = lastHolder;
        holder = t;
        takes++;
        if (prev != t) {
            lastHolder = t;
            switchNumber++;
            if (prev != null) switches.increment();
        }
        if (dropRequested) dropRequested = false;
        updateBreaker();
        switched.signalAll();
        if (t.holding && prev == t) {
            t.holdReacquisitions++;
            reacquisitions.increment();
            return;
        }
        if (t.holding) t.commitHold();
        if (wait != null) {
            wait.end();
            if (wait.shouldCommit()) {
                wait.reason = reason.recorded;
                wait.previousHolder = prev == null ? null : prev.thread;
                wait.holderAt = prev == null || prev == t ? null : lastDropAt;
                wait.commit();
            }
        }
        t.beginHold();
    }

    /** SET_GIL_DROP_REQUEST. */
    final void requestDrop(GilThread h) {
        dropRequested = true;
        setBreaker(true);
        GilDropRequestEvent e = new GilDropRequestEvent();
        if (e.shouldCommit()) {
            e.holder = h.thread;
            e.interpreter = interpreter;
            e.commit();
        }
    }

    /**
     * onstall=release: take the GIL from {@code h}, blocked outside any release method while others
     * wait, as if it had called one. @return whether it still held the GIL and it was taken
     */
    public final boolean releaseStalled(Thread h) {
        mutex.lock();
        try {
            GilThread t = holder;
            if (t == null || t.thread != h || waiters == 0) return false;
            holder = null;
            lastDropAt = t.endHold(ReleaseReason.STALL, null);
            t.stalled = true;
            stalledThreads++;
            updateBreaker();
            signalNext();
            return true;
        } finally {
            mutex.unlock();
        }
    }

    /** The thread the watchdog took the GIL from runs again (or leaves): it owes nothing any more. */
    private void settleStall(GilThread t) {
        mutex.lock();
        try {
            if (t.stalled) {
                t.stalled = false;
                stalledThreads--;
                updateBreaker();
            }
        } finally {
            mutex.unlock();
        }
    }

    /** Under mutex: the holder died without unwinding; nobody else can ever drop for it. */
    private void reapDeadHolder(GilThread h) {
        holder = null;
        h.holding = false;
        h.hold = null;
        signalNext();
    }

    /**
     * Under mutex (or single-threaded): COMPUTE_EVAL_BREAKER. Frames that do not count look only when
     * it is set, so it stays set while a thread the watchdog took the GIL from has not taken it back.
     */
    void updateBreaker() {
        setBreaker(dropRequested || stalledThreads > 0 && !countsDispatches);
    }

    final void setBreaker(boolean on) {
        breaker = on ? 1 : 0;
        Interpreters.refreshBreaker();
    }

    // ---- mode-specific waiting (overridden by fair and legacy) ---------------------------

    boolean mustWait(GilThread t) { return holder != null; }

    boolean mustStillWait(GilThread t) { return holder != null; }

    void enqueue(GilThread t, WaitReason reason) {}

    void dequeue(GilThread t) {}

    boolean requestsOnTimeout() { return true; }

    long awaitTurn(GilThread t) throws InterruptedException {
        return released.awaitNanos(intervalNanos);
    }

    void signalNext() { released.signal(); }

    // ---- status --------------------------------------------------------------------------

    public long dispatches() { return dispatches.sum(); }

    public long switches() { return switches.sum(); }

    public long forcedSwitches() { return forcedSwitches.sum(); }

    public long reacquisitions() { return reacquisitions.sum(); }

    public long blockingCalls() { return blockingCalls.sum(); }

    public int waiters() { return waiters; }

    /** How many times the GIL was taken: changes whenever the holder takes it anew, even the same thread. */
    public long takes() { return takes; }

    public Thread holderThread() {
        GilThread h = holder;
        return h == null ? null : h.thread;
    }

    public long intervalNanos() { return intervalNanos; }

    public void setIntervalNanos(long nanos) {
        if (nanos <= 0) throw new IllegalArgumentException("switch interval must be positive");
        intervalNanos = nanos;
    }

    public int checkInterval() { return checkInterval; }

    /** Which interpreter's GIL this is (see Interpreters). */
    public int interpreter() { return interpreter; }

    /** A release region: who released which GIL, in which method, since when. */
    static final class Region {
        final Gil gil;
        final GilThread thread;
        final String method;
        final BlockingCallEvent event;

        Region(Gil gil, GilThread thread, String method, BlockingCallEvent event) {
            this.gil = gil;
            this.thread = thread;
            this.method = method;
            this.event = event;
        }
    }
}
