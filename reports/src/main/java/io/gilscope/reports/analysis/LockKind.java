package io.gilscope.reports.analysis;

/** The JDK's contention events. */
public enum LockKind {
    MONITOR_ENTER("monitorEnter", EventNames.MONITOR_ENTER, "blocked entering synchronized"),
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
}
