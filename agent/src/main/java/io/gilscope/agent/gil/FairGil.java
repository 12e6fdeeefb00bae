package io.gilscope.agent.gil;

import java.util.ArrayDeque;

/**
 * Mode {@code fair}: waiters queue FIFO and each hand-off (still at most one per interval) goes to
 * the head of the queue. A thread coming back from a blocking call goes to the front and asks for
 * the GIL at once, the fix proposed for the convoy effect (bpo-7946): an I/O thread no longer waits
 * a whole interval behind CPU-bound threads after every call.
 */
final class FairGil extends Gil {
    private final ArrayDeque<GilThread> queue = new ArrayDeque<>();   // guarded by mutex

    FairGil(long intervalNanos, int checkInterval, boolean countsDispatches) {
        super(intervalNanos, checkInterval, countsDispatches);
    }

    @Override
    public String mode() { return "fair"; }

    @Override
    boolean mustWait(GilThread t) { return holder != null || !queue.isEmpty(); }

    @Override
    boolean mustStillWait(GilThread t) { return holder != null || queue.peekFirst() != t; }

    @Override
    void enqueue(GilThread t, WaitReason reason) {
        if (reason == WaitReason.AFTER_BLOCKING) {
            queue.addFirst(t);
            GilThread h = holder;
            if (h != null) requestDrop(h);
        } else {
            queue.addLast(t);
        }
    }

    @Override
    void dequeue(GilThread t) {
        queue.remove(t);
        GilThread next = queue.peekFirst();
        if (next != null && holder == null) next.turn.signal();
    }

    @Override
    long awaitTurn(GilThread t) throws InterruptedException {
        return t.turn.awaitNanos(intervalNanos);
    }

    @Override
    void signalNext() {
        GilThread next = queue.peekFirst();
        if (next != null) next.turn.signal();
    }
}
