package io.gilscope.cli.claims;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the machine is quiet enough to measure the claims: they compare threads with one core
 * against threads with every core, so other processes' work changes what they show.
 */
public final class MachineLoad {
    /** A load average above this share of the cores means the timings cannot show the claims. */
    static final double BUSY_SHARE = 0.5;

    private MachineLoad() { }

    /** A one-line warning when the machine is busy, naming the load; empty when quiet or unknown. */
    public static Optional<String> busyWarning() {
        return busyWarning(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    static Optional<String> busyWarning(double loadAverage, int cores) {
        if (loadAverage < 0 || loadAverage <= BUSY_SHARE * cores) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT, "the machine is busy (load %.1f on %d cores): the timings may not show "
                + "the claims; run again when it is quiet", loadAverage, cores));
    }
}
