package io.gilscope.reports.analysis;

/** JFR event and field names the analysis reads (the contract in docs/events.md, schema version 1). */
public final class EventNames {
    private EventNames() {}

    public static final String GIL_WAIT = "gilscope.GilWait";
    public static final String GIL_HOLD = "gilscope.GilHold";
    public static final String GIL_DROP_REQUEST = "gilscope.GilDropRequest";
    public static final String BLOCKING_CALL = "gilscope.BlockingCall";
    public static final String GIL_STATISTICS = "gilscope.GilStatistics";
    public static final String GIL_CONFIGURATION = "gilscope.GilConfiguration";
    public static final String AGENT_ATTACHED = "gilscope.AgentAttached";
    public static final String GIL_STALL = "gilscope.GilStall";

    public static final String MONITOR_ENTER = "jdk.JavaMonitorEnter";
    public static final String MONITOR_WAIT = "jdk.JavaMonitorWait";
    public static final String THREAD_PARK = "jdk.ThreadPark";
    public static final String JVM_INFORMATION = "jdk.JVMInformation";
    public static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    public static final String COMPILATION = "jdk.Compilation";

    /** The newest gilscope event schema this reader understands. */
    public static final int EVENT_SCHEMA_VERSION = 1;
}
