package io.gilscope.agent.gil;

import java.util.concurrent.TimeUnit;

/**
 * Mode {@code legacy}: Python 2. While anybody waits, the holder drops the GIL every
 * {@code checkInterval} dispatches and immediately asks for it again; nobody requests drops
 * and nobody waits for a switch, so the dropper usually takes it straight back.
 */
final class LegacyGil extends Gil {
    private static final long REAP_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    LegacyGil(long intervalNanos, int checkInterval) {
        super(intervalNanos, checkInterval);
    }

    @Override
    public String mode() { return "legacy"; }

    @Override
    boolean forcedSwitching() { return false; }

    @Override
    boolean requestsOnTimeout() { return false; }

    @Override
    void enqueue(GilThread t, String reason) { updateBudget(); }

    @Override
    void dequeue(GilThread t) { updateBudget(); }

    @Override
    void updateBudget() {
        GilHooks.budget = waiters > 0 ? 0 : FLUSH_BUDGET;
    }

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
            release(t, CHECK_INTERVAL, null);
            take(t, AFTER_DROP);
        }
    }
}
