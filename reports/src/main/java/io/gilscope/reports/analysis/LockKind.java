package io.gilscope.reports.analysis;

/** The JDK's contention events. */
public enum LockKind {
    MONITOR_ENTER("monitorEnter", EventNames.MONITOR_ENTER, "blocked entering synchronized"),
    /** A monitor enter whose top frame is Object.wait: a wait that timed out or was interrupted, re-entering a held monitor. */
    MONITOR_REENTER("monitorReenter", EventNames.MONITOR_ENTER, "blocked re-entering synchronized after wait()"),
    MONITOR_WAIT("monitorWait", EventNames.MONITOR_WAIT, "Object.wait()"),
    THREAD_PARK("threadPark", EventNames.THREAD_PARK, "parked (java.util.concurrent)");

    public final String id;
    public final String eventName;
    public final String label;

    LockKind(String id, String eventName, String label) {
        this.id = id;
        this.eventName = eventName;
        this.label = label;
    }

    /** Whether threads of this kind waited for a monitor another thread held. */
    public boolean blocksOnMonitor() {
        return this == MONITOR_ENTER || this == MONITOR_REENTER;
    }
}
