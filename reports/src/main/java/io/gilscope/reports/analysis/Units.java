package io.gilscope.reports.analysis;

import java.util.Locale;

/** Human-readable numbers for reports and findings. */
public final class Units {
    private Units() {}

    /** A duration in ns as "850 ns", "12.3 µs", "4.56 ms", "2.35 s". */
    public static String duration(long nanos) {
        double n = nanos;
        if (nanos < 1_000) return nanos + " ns";
        if (nanos < 1_000_000) return fmt(n / 1e3) + " µs";
        if (nanos < 1_000_000_000) return fmt(n / 1e6) + " ms";
        return fmt(n / 1e9) + " s";
    }

    public static String percent(double ratio) {
        if (Double.isNaN(ratio)) return "n/a";
        return String.format(Locale.ROOT, ratio < 0.1 && ratio > 0 ? "%.1f%%" : "%.0f%%", ratio * 100);
    }

    public static String rate(double perSecond) {
        if (Double.isNaN(perSecond)) return "n/a";
        return String.format(Locale.ROOT, perSecond >= 100 ? "%,.0f/s" : "%.1f/s", perSecond);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String millis(long nanos) {
        return fmt(nanos / 1e6) + " ms";
    }

    static String fmt(double v) {
        if (v >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (v >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
