package io.gilscope.agent;

import io.gilscope.agent.gil.Gil;
import io.gilscope.agent.jfr.GilStallEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Notices a GIL holder that blocks outside any release method while other threads wait for the GIL,
 * which would otherwise hang the program without a word: JVM interpreters hand work between Java
 * threads (coroutines, fibers, joins) with wait/notify or queues, and a holder that waits there for a
 * thread that needs the GIL waits forever.
 *
 * <p>Every tick it looks at the holder's thread state. A holder WAITING, TIMED_WAITING or BLOCKED at
 * every tick for {@link #stallAfterNanos} while threads wait is stalled: it says so once per place (the
 * thread, the frames where it blocks, the release= option that fixes it), records a GilStall event for
 * every stall and, with onstall=release, takes the GIL from the holder until it runs again. A tick is
 * a few volatile reads and one thread-state read; the stack is read only for a stall.
 */
final class StallWatchdog implements Runnable {
    static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    static final long MIN_STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final int STALL_INTERVALS = 20;
    static final int FRAMES_SHOWN = 8;

    private final Gil gil;
    private final boolean release;
    private final StallAdvisor advisor;
    private final Set<String> told = new HashSet<>();

    private StallWatchdog(Gil gil, boolean release, StallAdvisor advisor) {
        this.gil = gil;
        this.release = release;
        this.advisor = advisor;
    }

    static void start(Gil gil, boolean release, StallAdvisor advisor) {
        Thread t = new Thread(new StallWatchdog(gil, release, advisor), "gilscope watchdog");
        t.setDaemon(true);
        t.start();
    }

    /** Several switch intervals, and never less than 100 ms: a holder may block briefly on the JVM's own locks. */
    long stallAfterNanos() {
        return Math.max(MIN_STALL_NANOS, STALL_INTERVALS * gil.intervalNanos());
    }

    @Override
    public void run() {
        Thread suspect = null;
        long suspectTake = -1;
        long since = 0;
        boolean acted = false;
        for (;;) {
            // sleep, not parkNanos: every park of 1 ms or more is a jdk.ThreadPark event in gilscope.jfc,
            // and the watchdog's own 100 a second filled recordings and their timelines
            try {
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(TICK_NANOS));
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            long take = gil.takes();
            Thread holder = gil.holderThread();
            Thread.State state = holder == null ? null : holder.getState();
            boolean blocked = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED;
            // A hold, not a thread, stalls: a holder the GIL was taken from may take it back and block again
            // between two ticks, and that is a new stall.
            if (!blocked || gil.waiters() == 0 || holder != suspect || take != suspectTake) {
                suspect = blocked && gil.waiters() > 0 ? holder : null;
                suspectTake = take;
                since = now;
                acted = false;
            } else if (!acted && now - since >= stallAfterNanos()) {
                acted = true;
                stalled(holder, state, now - since);
            }
        }
    }

    private void stalled(Thread holder, Thread.State state, long nanos) {
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(new long[] {holder.getId()}, true, false)[0];
        if (info == null) return;   // it ended meanwhile
        StackTraceElement[] frames = info.getStackTrace();
        StallAdvisor.Fix fix = advisor.releaseFor(frames, Arrays.stream(info.getLockedMonitors()).mapToInt(MonitorInfo::getLockedStackDepth).toArray());
        int waiters = gil.waiters();
        // Said before the GIL is taken from it: once released, the program may finish and exit before a later print.
        if (told.add(fix != null ? fix.method() : frames.length > 0 ? frames[0].toString() : holder.getName())) tell(holder, state, nanos, waiters, frames, fix);
        boolean released = release && gil.releaseStalled(holder);
        GilStallEvent e = new GilStallEvent();
        if (e.shouldCommit()) {
            e.holder = holder;
            e.state = state.name();
            e.stalledFor = nanos;
            e.waiters = waiters;
            e.frames = frames(frames, "");
            e.fix = fix == null ? "" : "release=" + fix.method();
            e.released = released;
            e.commit();
        }
    }

    /** One message per place, on stderr: the program's own output stays clean. */
    private void tell(Thread holder, Thread.State state, long nanos, int waiters, StackTraceElement[] frames, StallAdvisor.Fix fix) {
        StringBuilder sb = new StringBuilder();
        sb.append("gilscope: stall: thread \"").append(printable(holder.getName())).append("\" holds the GIL but has been ")
                .append(state).append(" for ").append(TimeUnit.NANOSECONDS.toMillis(nanos)).append(" ms outside any release method, while ")
                .append(waiters).append(waiters == 1 ? " thread waits" : " threads wait").append(" for the GIL, at:\n");
        sb.append(frames(frames, "gilscope:     at "));
        sb.append("gilscope: stall: ").append(fix == null ? "no method outside the JDK to name with release= was found in these frames"
                : "name the method that blocks as a release method: release=" + fix.method()
                        + (fix.insideMonitorOf() == null ? "" : " (it runs inside the monitor of " + fix.insideMonitorOf()
                        + ", which is still held when it takes the GIL back: safe unless a thread holding the GIL enters that monitor meanwhile)"));
        sb.append(!release ? "; until then onstall=release lets the program go on (said once per place)"
                : "; meanwhile the GIL was taken from it (onstall=release), and it takes it back at its next look at the GIL"
                        + (gil.countsDispatches() ? " (up to " + gil.lookInterval() + " dispatches after it wakes up, without the GIL; count=false makes it look at once)" : "")
                        + "; said once per place");
        System.err.println(sb);
    }

    private static String frames(StackTraceElement[] frames, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(frames.length, FRAMES_SHOWN); i++) sb.append(prefix).append(printable(frame(frames[i]))).append('\n');
        if (frames.length > FRAMES_SHOWN) sb.append(prefix).append("...\n");
        return sb.toString();
    }

    /** As in a stack trace, without the module and class loader names: pkg.Class.method(File.java:12). */
    static String frame(StackTraceElement f) {
        String where = f.isNativeMethod() ? "Native Method"
                : f.getFileName() == null ? "Unknown Source" : f.getLineNumber() > 0 ? f.getFileName() + ":" + f.getLineNumber() : f.getFileName();
        return f.getClassName() + "." + f.getMethodName() + "(" + where + ")";
    }

    /** Thread names come from the program: no control characters on the terminal. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? "?" : Character.toString(c)));
        return sb.toString();
    }
}
