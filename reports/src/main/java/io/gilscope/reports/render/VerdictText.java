package io.gilscope.reports.render;

import io.gilscope.reports.check.MetricResult;
import io.gilscope.reports.check.Verdict;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** The terminal form of a {@code check} verdict: one line per metric, then one line of totals. */
public final class VerdictText {
    private VerdictText() {}

    public static String render(Verdict v) {
        int width = Math.max(28, v.results().stream().mapToInt(r -> Printable.name(r.metric()).length()).max().orElse(0));
        StringBuilder sb = new StringBuilder();
        String row = "%-" + width + "s %12s %12s %9s %14s  %s%n";
        sb.append(String.format(Locale.ROOT, row, "METRIC", "BASELINE", "CURRENT", "CHANGE", "LIMIT", "RESULT"));
        for (MetricResult r : v.results()) {
            String result = r.status().name() + (r.note().isEmpty() ? "" : " (" + Printable.line(r.note()) + ")");
            sb.append(String.format(Locale.ROOT, row, Printable.name(r.metric()), number(r.baseline()), number(r.current()),
                    change(r), limit(r), result));
        }
        sb.append(totals(v)).append('\n');
        return sb.toString();
    }

    /** "FAIL: 1 of 7 metrics regressed (gil.waitShare); median of 3 runs". */
    public static String totals(Verdict v) {
        long checked = v.results().size() - v.count(MetricResult.Status.SKIP);
        String runs = v.runs() == 1 ? "1 run" : "median of " + v.runs() + " runs";
        if (v.passed()) {
            return String.format(Locale.ROOT, "PASS: %d metrics within budget%s; %s", checked,
                    v.count(MetricResult.Status.SKIP) > 0 ? ", " + v.count(MetricResult.Status.SKIP) + " skipped" : "", runs);
        }
        StringBuilder names = new StringBuilder();
        for (MetricResult r : v.failures()) names.append(names.length() == 0 ? "" : ", ").append(Printable.name(r.metric()));
        return String.format(Locale.ROOT, "FAIL: %d of %d metrics regressed (%s); %s", v.failures().size(), checked, names, runs);
    }

    /** A value in at most 4 significant digits, "-" if unknown. */
    public static String number(double d) {
        if (Double.isNaN(d)) return "-";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == Math.rint(d) && Math.abs(d) < 1e9) return Long.toString((long) d);
        String s = new BigDecimal(d).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        return s.length() > 12 ? String.format(Locale.ROOT, "%.3e", d) : s;
    }

    /** "+12.5%", "-3.0%", "new" when the baseline was 0, "-" when unknown. */
    public static String change(MetricResult r) {
        double c = r.change();
        if (Double.isNaN(c)) return r.baseline() == 0 && !Double.isNaN(r.current()) ? "from 0" : "-";
        String s = String.format(Locale.ROOT, "%+.1f%%", c * 100);
        return s.equals("-0.0%") ? "+0.0%" : s;
    }

    /** "<= 0.15", ">= 1000", or "-". */
    public static String limit(MetricResult r) {
        if (Double.isNaN(r.limit())) return "-";
        return (r.upper() ? "<= " : ">= ") + number(r.limit());
    }
}
