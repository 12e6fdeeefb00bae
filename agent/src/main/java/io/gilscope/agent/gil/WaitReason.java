package io.gilscope.agent.gil;

/** Why a thread asks for the GIL: the GilWait event's reason. */
enum WaitReason {
    /** The thread's first dispatch frame (or a callback from a release method). */
    FIRST("first"),
    /** It dropped the GIL (on request, or at the check interval) and takes it back. */
    AFTER_DROP("afterDrop"),
    /** It comes back from a blocking call. */
    AFTER_BLOCKING("afterBlocking"),
    /** It runs again after the watchdog took the GIL from it while it was blocked (onstall=release). */
    AFTER_STALL("afterStall");

    /** As recorded in the event. */
    final String recorded;

    WaitReason(String recorded) { this.recorded = recorded; }
}
