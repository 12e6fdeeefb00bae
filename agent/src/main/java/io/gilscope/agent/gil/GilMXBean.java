package io.gilscope.agent.gil;

/** The GIL as seen from JMX ({@code io.gilscope:type=Gil}), JConsole, JMC and demo-app's {@code sys} module. */
public interface GilMXBean {
    String OBJECT_NAME = "io.gilscope:type=Gil";

    String getMode();

    double getSwitchIntervalSeconds();

    void setSwitchIntervalSeconds(double seconds);

    int getCheckInterval();

    /** -1 when dispatches are not counted. */
    long getDispatches();

    /** False only with agent option {@code count=false} in modes new and fair. */
    boolean isDispatchesCounted();

    long getSwitches();

    long getForcedSwitches();

    long getReacquisitions();

    long getBlockingCalls();

    String getHolder();

    int getWaiters();
}
