package io.gilscope.agent.gil;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/** The {@link GilMXBean} of one {@link Gil}. */
public final class GilStatus implements GilMXBean {
    private final Gil gil;

    public GilStatus(Gil gil) { this.gil = gil; }

    /** Registers the MXBean on the platform MBean server; a second registration is ignored. */
    public static void register(Gil gil) throws Exception {
        ObjectName name = new ObjectName(OBJECT_NAME);
        var server = ManagementFactory.getPlatformMBeanServer();
        if (!server.isRegistered(name)) server.registerMBean(new GilStatus(gil), name);
    }

    @Override public String getMode() { return gil.mode(); }

    @Override public double getSwitchIntervalSeconds() { return gil.intervalNanos() / 1e9; }

    @Override
    public void setSwitchIntervalSeconds(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) throw new IllegalArgumentException("switch interval must be > 0");
        gil.setIntervalNanos(Math.max(1L, Math.round(seconds * 1e9)));
    }

    @Override public int getCheckInterval() { return gil.checkInterval(); }

    /**
     * Totals so far: a running thread adds its count at least every Gil.FLUSH_EVERY dispatches;
     * -1 when dispatches are not counted.
     */
    @Override
    public long getDispatches() { return gil.countsDispatches() ? gil.dispatches() : -1; }

    @Override public boolean isDispatchesCounted() { return gil.countsDispatches(); }

    @Override public long getSwitches() { return gil.switches(); }

    @Override public long getForcedSwitches() { return gil.forcedSwitches(); }

    @Override public long getReacquisitions() { return gil.reacquisitions(); }

    @Override public long getBlockingCalls() { return gil.blockingCalls(); }

    @Override
    public String getHolder() {
        Thread t = gil.holderThread();
        return t == null ? "" : t.getName();
    }

    @Override public int getWaiters() { return gil.waiters(); }
}
