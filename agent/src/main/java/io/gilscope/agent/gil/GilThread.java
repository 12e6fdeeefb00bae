package io.gilscope.agent.gil;

import io.gilscope.agent.jfr.GilHoldEvent;
import java.util.concurrent.locks.Condition;

/** One interpreter thread's GIL state; touched only by its own thread, or under the GIL's mutex. */
final class GilThread {
    final Thread thread;
    final Gil gil;
    final Condition turn;        // fair mode: signalled when this thread is at the head of the queue

    boolean holding;             // a hold is open (possibly dropped on request, waiting to be taken back)
    boolean running;             // mode off: inside a running period
    GilHoldEvent hold;
    long holdDispatches;
    long holdReacquisitions;
    long pending;                // dispatches not yet added to the GIL's total
    int ticks;                   // mode legacy: dispatches since the last check-interval drop
    boolean stalled;             // under mutex: the watchdog took the GIL from it; it takes it back at its next look

    GilThread(Thread thread, Gil gil) {
        this.thread = thread;
        this.gil = gil;
        this.turn = gil.mutex.newCondition();
    }

    void count(int n) {
        holdDispatches += n;
        pending += n;
        if (pending >= Gil.FLUSH_EVERY) flushPending();
    }

    void flushPending() {
        if (pending != 0) {
            gil.dispatches.add(pending);
            pending = 0;
        }
    }

    void beginHold() {
        holding = true;
        holdDispatches = 0;
        holdReacquisitions = 0;
        GilHoldEvent e = new GilHoldEvent();
        e.begin();
        if (e.isEnabled()) e.takenAt = Location.here();
        e.interpreter = gil.interpreter;
        hold = e;
    }

    /**
     * The thread lets go; a blocking call or an exit ends the hold, a drop leaves it open for a reacquisition.
     * @return where in the interpreter it let go (null without a location hook, or when the watchdog takes the GIL from it)
     */
    String endHold(ReleaseReason reason, String method) {
        flushPending();
        GilHoldEvent e = hold;
        String at = null;
        if (e != null) {
            e.end();
            e.releaseReason = reason.recorded;
            e.blockingMethod = method;
            if (e.isEnabled() && thread == Thread.currentThread()) e.droppedAt = at = Location.here();
        }
        if (reason.endsHold) commitHold();
        return at;
    }

    void commitHold() {
        GilHoldEvent e = hold;
        if (e != null && e.shouldCommit()) {
            e.dispatches = holdDispatches;
            e.reacquisitions = holdReacquisitions;
            e.commit();
        }
        hold = null;
        holding = false;
    }
}
