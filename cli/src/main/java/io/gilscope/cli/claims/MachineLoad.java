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
    /** Other processes using more cores than this during a run leave its timings unable to judge a claim. */
    static final double BUSY_OTHERS_CORES = 0.3;

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

    /** Why runs cannot judge a claim when other processes used {@code othersCores} cores meanwhile; empty when quiet or unknown. */
    static Optional<String> busyDuringRuns(double othersCores) {
        if (Double.isNaN(othersCores) || othersCores <= BUSY_OTHERS_CORES) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT, "machine busy: other processes used %.1f of %d cores during the runs",
                othersCores, Runtime.getRuntime().availableProcessors()));
    }

    /** The larger of two measurements of other processes' cores, either of which may be unknown (NaN). */
    static double busier(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
