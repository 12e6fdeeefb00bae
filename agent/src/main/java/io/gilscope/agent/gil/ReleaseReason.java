package io.gilscope.agent.gil;

/** Why a thread gives the GIL up: the GilHold event's releaseReason. */
enum ReleaseReason {
    /** A waiter asked for it (modes new and fair). */
    DROP_REQUEST("dropRequest", false),
    /** Mode legacy: checkInterval dispatches with somebody waiting. */
    CHECK_INTERVAL("checkInterval", false),
    /** A release method. */
    BLOCKING("blocking", true),
    /** The frame that took it returned. */
    THREAD_EXIT("threadExit", true),
    /** The frame that took it threw. */
    EXCEPTION("exception", true),
    /** The watchdog took it from a holder blocked outside any release method (onstall=release). */
    STALL("stall", true);

    /** As recorded in the event. */
    final String recorded;
    /** Whether the hold ends here; after a drop it stays open until the thread takes the GIL back. */
    final boolean endsHold;

    ReleaseReason(String recorded, boolean endsHold) {
        this.recorded = recorded;
        this.endsHold = endsHold;
    }
}
