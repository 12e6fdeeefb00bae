package io.gilscope.agent.gil;

import java.util.concurrent.TimeUnit;

/**
 * Mode {@code legacy}: Python 2. While anybody waits, the holder drops the GIL every
 * {@code checkInterval} dispatches and immediately asks for it again; nobody requests drops
 * and nobody waits for a switch, so the dropper usually takes it straight back. (Python 2 also
 * dropped every 100 ticks with nobody waiting; that cannot change who runs, so here the
 * breaker, and with it the check, is set only while a thread waits.) Frames look at the GIL at
 * least every check interval, so that a drop falls on it exactly.
 */
final class LegacyGil extends Gil {
    private static final long REAP_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long BATTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private boolean contended;     // guarded by mutex
    private long lastWaiter;       // guarded by mutex: when a waiter was last seen

    LegacyGil(long intervalNanos, int checkInterval) {
        super(intervalNanos, checkInterval, true);
    }

    @Override
    public String mode() { return "legacy"; }

    @Override
    boolean forcedSwitching() { return false; }

    @Override
    boolean requestsOnTimeout() { return false; }

    @Override
    void enqueue(GilThread t, WaitReason reason) { updateBreaker(); }

    @Override
    void dequeue(GilThread t) { updateBreaker(); }

    /**
     * Under mutex. The holder checks every dispatch while anybody waits, and for BATTLE_NANOS after
     * that: a thread that lost the race is often not even scheduled yet (let alone registered as a
     * waiter) when the winner starts running, and Python 2 kept dropping every 100 ticks regardless.
     */
    @Override
    void updateBreaker() {
        long now = System.nanoTime();
        if (waiters > 0) {
            contended = true;
            lastWaiter = now;
        }
        boolean battle = contended && now - lastWaiter < BATTLE_NANOS;
        setBreaker(battle || dropRequested);
    }

    @Override
    public int lookInterval() { return Math.min(checkInterval, LOOK_INTERVAL); }

    @Override
    long awaitTurn(GilThread t) throws InterruptedException {
        released.awaitNanos(REAP_NANOS);
        return 1;
    }

    @Override
    void check(GilThread t, int count) {
        t.ticks += count;
        if (t.ticks >= checkInterval) {
            t.ticks = 0;
            drop(t, ReleaseReason.CHECK_INTERVAL, null);
            take(t, WaitReason.AFTER_DROP);   // acquire() recomputes the breaker: the battle window ends here
        }
    }
}
