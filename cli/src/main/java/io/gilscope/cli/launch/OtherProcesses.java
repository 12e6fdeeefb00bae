package io.gilscope.cli.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many cores other processes kept busy while a child ran: the machine's busy time (Linux
 * {@code /proc/stat}) less this JVM's own and that of the children it has waited for
 * ({@code /proc/self/stat}), over the wall time. Claims that compare one core with two cannot be
 * judged when others took part of the second. NaN where /proc cannot be read.
 */
final class OtherProcesses {
    /** Clock ticks per second in /proc (USER_HZ, 100 on every Linux gilscope runs on). */
    private static final double TICKS_PER_SECOND = 100;

    private final long machineTicks;
    private final long ownTicks;
    private final long startNanos;

    private OtherProcesses(long machineTicks, long ownTicks, long startNanos) {
        this.machineTicks = machineTicks;
        this.ownTicks = ownTicks;
        this.startNanos = startNanos;
    }

    static OtherProcesses start() {
        return new OtherProcesses(machineBusyTicks(), ownTicks(), System.nanoTime());
    }

    /** Cores the other processes used on average since {@link #start()}; call after the child was waited for. */
    double cores() {
        long machine = machineBusyTicks();
        long own = ownTicks();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (machine < 0 || own < 0 || machineTicks < 0 || ownTicks < 0 || seconds <= 0) return Double.NaN;
        return Math.max(0, (machine - machineTicks) - (own - ownTicks)) / TICKS_PER_SECOND / seconds;
    }

    /** user + nice + system + irq + softirq + steal over all CPUs, or -1. */
    private static long machineBusyTicks() {
        String[] f = firstLineFields(Path.of("/proc/stat"));
        if (f == null || f.length < 9) return -1;
        return sum(f, 1, 2, 3, 6, 7, 8);
    }

    /** utime + stime + cutime + cstime of this JVM (after the command's name, which may hold spaces), or -1. */
    private static long ownTicks() {
        String[] f = firstLineFields(Path.of("/proc/self/stat"));
        if (f == null) return -1;
        int end = -1;
        for (int i = 0; i < f.length; i++) if (f[i].endsWith(")")) end = i;
        if (end < 0 || f.length < end + 16) return -1;
        return sum(f, end + 12, end + 13, end + 14, end + 15);
    }

    private static long sum(String[] fields, int... indices) {
        long ticks = 0;
        try {
            for (int i : indices) ticks += Long.parseLong(fields[i]);
        } catch (NumberFormatException e) {
            return -1;
        }
        return ticks;
    }

    private static String[] firstLineFields(Path file) {
        try {
            String text = Files.readString(file);
            return text.lines().findFirst().map(l -> l.trim().split("\\s+")).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
