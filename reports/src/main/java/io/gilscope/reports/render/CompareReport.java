package io.gilscope.reports.render;

import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.analysis.NamedStats;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.analysis.Timeline;
import io.gilscope.reports.analysis.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Two runs side by side with the change of every headline metric. */
public final class CompareReport {
    private CompareReport() {}

    /** Metrics where a larger value is better; the rest (waits, contention) are better smaller. */
    static final Set<String> HIGHER_IS_BETTER = Set.of(Metrics.GIL_UTILISATION, Metrics.GIL_DISPATCHES_PER_SECOND);
    /** Neutral: describe the run rather than judge it. */
    static final Set<String> NEUTRAL = Set.of(Metrics.WALL_SECONDS, Metrics.GIL_PRESENT, Metrics.GIL_LOCKED, Metrics.GIL_SPAN_SECONDS,
            Metrics.GIL_THREADS, Metrics.GIL_HELD_SECONDS, Metrics.GIL_BLOCKED_SECONDS, Metrics.GIL_BLOCKED_SHARE,
            Metrics.GIL_HOLD_P50, Metrics.GIL_HOLD_P99, Metrics.GIL_HOLD_MAX);

    /** What the page opens with: how long, how parallel, how much waiting. */
    static final List<String> HEADLINE = List.of(Metrics.WALL_SECONDS, Metrics.GIL_SPAN_SECONDS, Metrics.GIL_UTILISATION,
            Metrics.GIL_WAIT_SHARE, Metrics.GIL_WAIT_P50, Metrics.GIL_SWITCHES_PER_SECOND, Metrics.LOCKS_BLOCKED_MILLIS);

    static boolean neutral(String metric) {
        // Object.wait and parks include threads waiting for work or results, not only contention.
        return NEUTRAL.contains(metric) || metric.startsWith("locks.monitorWait.") || metric.startsWith("locks.threadPark.");
    }

    /** One row per metric: name, A, B, change. */
    public record Row(String metric, double a, double b) {
        public double change() { return b - a; }

        public double relative() { return a == 0 ? (b == 0 ? 0 : Double.POSITIVE_INFINITY) : (b - a) / Math.abs(a); }

        /** "better", "worse" or "" (no change or neutral metric). */
        public String verdict() {
            if (neutral(metric) || Double.isNaN(a) || Double.isNaN(b) || Math.abs(relative()) < 0.05) return "";
            boolean up = b > a;
            return up == HIGHER_IS_BETTER.contains(metric) ? "better" : "worse";
        }
    }

    /** Every metric, NaN on a side that lacks it. */
    public static List<Row> rows(Summary a, Summary b) {
        Map<String, Double> ma = a.metrics(), mb = b.metrics();
        List<Row> rows = new ArrayList<>();
        for (String k : Metrics.names()) rows.add(new Row(k, ma.getOrDefault(k, Double.NaN), mb.getOrDefault(k, Double.NaN)));
        return rows;
    }

    public static String render(Summary a, Summary b, String title) {
        Map<String, Object> m = HtmlReport.page(title, a, b);
        m.put("nameA", a.title());
        m.put("nameB", b.title());
        Map<String, Double> ma = a.metrics(), mb = b.metrics();
        List<Map<String, Object>> rows = new ArrayList<>(), headline = new ArrayList<>();
        for (Row r : rows(a, b)) {
            Map<String, Object> row = new HashMap<>();
            row.put("metric", r.metric());
            row.put("a", cell(ma, r.metric()));
            row.put("b", cell(mb, r.metric()));
            row.put("change", Double.isNaN(r.a()) || Double.isNaN(r.b()) ? "" : (r.change() >= 0 ? "+" : "") + num(r.change()));
            double rel = r.relative();
            row.put("relative", Double.isNaN(rel) ? "" : Double.isInfinite(rel) ? "new" : String.format(Locale.ROOT, "%+.0f%%", rel * 100));
            row.put("verdict", r.verdict());
            rows.add(row);
            if (HEADLINE.contains(r.metric())) headline.add(row);
        }
        m.put("rows", rows);
        m.put("headline", headline);
        List<Map<String, Object>> held = byPlace(a.combined().where().heldAt(), b.combined().where().heldAt(), false);
        List<Map<String, Object>> waited = byPlace(a.combined().where().waitedAt(), b.combined().where().waitedAt(), true);
        m.put("heldByPlace", held);
        m.put("waitedByPlace", waited);
        m.put("hasHeld", !held.isEmpty());
        m.put("hasWaited", !waited.isEmpty());
        m.put("hasPlaces", !held.isEmpty() || !waited.isEmpty());
        m.put("metricCount", rows.size());
        // Both timelines on one time axis: the longer run's.
        Json data = new Json(false).beginObject().field("axisNanos", Math.max(timelineNanos(a), timelineNanos(b)));
        m.put("sectionA", HtmlReport.section("a", "A: " + a.title(), a.combined(), a.processes().size() > 1, data));
        m.put("sectionB", HtmlReport.section("b", "B: " + b.title(), b.combined(), b.processes().size() > 1, data));
        data.endObject();
        m.put("dataJson", data.toString());
        return Templates.reportTemplate("compare.mustache", m);
    }

    /**
     * Time per place in the interpreter's code (the location hook's stacks), A against B, largest change
     * first; a place either run does not list has 0 there. More waiting is worse; held time is neither.
     */
    static List<Map<String, Object>> byPlace(List<NamedStats> a, List<NamedStats> b, boolean lowerIsBetter) {
        Map<String, long[]> nanos = new LinkedHashMap<>();
        for (NamedStats s : a) nanos.computeIfAbsent(s.name(), k -> new long[2])[0] = s.stats().totalNanos();
        for (NamedStats s : b) nanos.computeIfAbsent(s.name(), k -> new long[2])[1] = s.stats().totalNanos();
        List<Map.Entry<String, long[]>> places = new ArrayList<>(nanos.entrySet());
        places.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> Math.abs(e.getValue()[1] - e.getValue()[0])).reversed()
                .thenComparing(Map.Entry::getKey));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : places) {
            long va = e.getValue()[0], vb = e.getValue()[1], change = vb - va;
            double rel = va == 0 ? Double.POSITIVE_INFINITY : (double) change / va;
            Map<String, Object> row = new HashMap<>();
            row.put("place", e.getKey());
            row.put("a", Units.duration(va));
            row.put("b", Units.duration(vb));
            row.put("change", (change >= 0 ? "+" : "-") + Units.duration(Math.abs(change)));
            row.put("changeV", change);
            row.put("relative", va == 0 ? "new" : String.format(Locale.ROOT, "%+.0f%%", rel * 100));
            row.put("verdict", !lowerIsBetter || Math.abs(rel) < 0.05 ? "" : change > 0 ? "worse" : "better");
            rows.add(row);
        }
        return rows;
    }

    private static long timelineNanos(Summary s) {
        Timeline.Data t = s.combined().timeline();
        return t == null ? 0 : t.buckets() * t.widthNanos();
    }

    /** A run's value, or "not counted" where it has none (only dispatch rates can be missing: {@link Metrics#whyMissing}). */
    private static String cell(Map<String, Double> m, String metric) {
        return m.containsKey(metric) ? num(m.get(metric)) : Metrics.NOT_COUNTED;
    }

    static String num(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (v == Math.rint(v) && Math.abs(v) < 1e12) return String.format(Locale.ROOT, "%,d", (long) v);
        double a = Math.abs(v);
        if (a >= 100) return String.format(Locale.ROOT, "%,.1f", v);
        if (a >= 1) return String.format(Locale.ROOT, "%.3f", v);
        return String.format(Locale.ROOT, "%.4f", v);
    }

}
