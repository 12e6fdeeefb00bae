package io.gilscope.reports.render;

import io.gilscope.reports.analysis.Finding;
import io.gilscope.reports.analysis.Flame;
import io.gilscope.reports.analysis.GilMetrics;
import io.gilscope.reports.analysis.LockGroup;
import io.gilscope.reports.analysis.LockKind;
import io.gilscope.reports.analysis.LockSummary;
import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.analysis.NamedStats;
import io.gilscope.reports.analysis.ProcessSummary;
import io.gilscope.reports.analysis.RecordingInfo;
import io.gilscope.reports.analysis.Stats;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.analysis.ThreadSummary;
import io.gilscope.reports.analysis.Timeline;
import io.gilscope.reports.analysis.Units;
import io.gilscope.reports.analysis.Where;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The self-contained HTML report: Mustache templates (auto-escaping) in {@code src/main/resources},
 * with uPlot's JS and CSS inlined from its webjar and the chart data as escaped JSON. Reads only the
 * {@link Summary}.
 */
public final class HtmlReport {
    private HtmlReport() {}

    static final int MAX_LOCK_ROWS = 50;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public static String render(Summary s) {
        Map<String, Object> model = page(s.title(), s);
        List<Map<String, Object>> sections = new ArrayList<>();
        Json data = new Json(false).beginObject();
        boolean several = s.processes().size() > 1;
        if (several) sections.add(section("c", "Combined: " + s.processes().size() + " processes", s.combined(), true, data));
        for (int i = 0; i < s.processes().size(); i++) {
            ProcessSummary p = s.processes().get(i);
            String heading = several ? "Process " + (i + 1) + ": " + p.label() : "Process " + p.label();
            sections.add(section("p" + i, heading, p, false, data));
        }
        data.endObject();
        model.put("sections", sections);
        model.put("hasNav", several);
        model.put("nav", sections);
        model.put("dataJson", data.toString());
        return Templates.reportTemplate("report.mustache", model);
    }

    /** Model parts shared with the compare page. */
    static Map<String, Object> page(String title, Summary... summaries) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("generated", TIME.format(Instant.now()));
        int files = 0;
        List<String> problems = new ArrayList<>();
        for (Summary s : summaries) {
            for (ProcessSummary p : s.processes()) {
                for (RecordingInfo r : p.recordings()) {
                    files++;
                    if (!r.complete()) problems.add(r.file() + ": " + r.problem());
                }
            }
        }
        m.put("recordingsText", files == 1 ? "1 recording" : files + " recordings");
        m.put("problems", problems);
        m.put("css", Templates.css());
        m.put("appJs", Templates.appJs());
        m.put("uplotCss", Templates.uplotCss());
        m.put("uplotJs", Templates.uplotJs());
        return m;
    }

    static Map<String, Object> section(String key, String heading, ProcessSummary p, boolean combined, Json data) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", key);
        m.put("anchor", "section-" + key);
        m.put("heading", heading);
        m.put("facts", facts(p, combined));
        m.put("findings", findings(p.findings()));
        if (p.gilPresent()) {
            Map<String, Object> gil = new HashMap<>();
            gil.put("cards", cards(p));
            gil.put("threads", threads(p));
            gil.put("showProcess", combined);
            gil.put("key", key);
            // Mode off has no lock: a thread's "hold" is a period it ran, and several run at once.
            boolean off = p.agent().lockless();
            gil.put("heldWord", off ? "Running" : "Held");
            gil.put("heldText", heldText(p));
            gil.put("longestHoldWord", off ? "Longest run" : "Longest hold");
            gil.put("hasTimeline", p.timeline() != null && p.timeline().buckets() > 0);
            if (p.timeline() != null) {
                gil.put("bucketText", Units.duration(p.timeline().widthNanos()));
                gil.put("severalGils", p.timeline().gilLanes() > 0);
                int missing = p.threads().size() - (p.timeline().names().size() - p.timeline().gilLanes());
                if (missing > 0) gil.put("timelineNote", missing + " more threads are in the table but not drawn (the timeline keeps "
                        + p.timeline().names().size() + " lanes).");
            }
            List<Map<String, Object>> bm = new ArrayList<>();
            for (NamedStats n : p.blockingMethods()) {
                if (bm.size() >= MAX_LOCK_ROWS) break;
                Map<String, Object> r = statCells(n.stats());
                r.put("name", n.name());
                bm.add(r);
            }
            gil.put("blockingMethods", bm);
            gil.put("hasBlockingMethods", !bm.isEmpty());
            gil.put("where", where(p.where()));
            m.put("gil", gil);
        }
        m.put("locks", p.locks().any() ? locks(p.locks()) : null);
        data.name(key).beginObject();
        timelineData(data, p.timeline(), heldText(p));
        histData(data, p, combined);
        flameData(data, "heldFlame", p.where().heldFlame());
        flameData(data, "waitFlame", p.where().waitFlame());
        flameData(data, "heldByThread", p.where().heldByThread());
        flameData(data, "waitByThread", p.where().waitByThread());
        data.endObject();
        return m;
    }

    /** Tables of places in the interpreter's code (from the location hook's stacks), or null without them. */
    private static Map<String, Object> where(Where w) {
        if (!w.present()) return null;
        Map<String, Object> m = new HashMap<>();
        List<Map<String, String>> flames = new ArrayList<>();
        if (w.heldFlame() != null) flames.add(Map.of("heading", "Where the GIL is held", "flame", "heldFlame", "byThread", "heldByThread",
                "hint", "each hold by the holder's stack when it let the GIL go, outermost frame at the top; click a frame to zoom, "
                        + "click the top bar to zoom out; 'by thread' puts each thread on top"));
        if (w.waitFlame() != null) flames.add(Map.of("heading", "Where threads wait", "flame", "waitFlame", "byThread", "waitByThread",
                "hint", "each wait by the waiting thread's stack when it began to wait"));
        m.put("flames", flames);
        List<Map<String, Object>> tables = new ArrayList<>();
        table(tables, "Where the GIL was held", "the holder's innermost frame when it let the GIL go", "Held at", w.heldAt());
        table(tables, "What threads waited for", "where a thread began to wait ← where the holder was when it let the GIL go to it",
                "Waited at ← holder at", w.blame());
        table(tables, "Where blocking calls were made", "the frame that called a release method (the GIL was released meanwhile)",
                "Called at", w.blocking());
        m.put("tables", tables);
        return m;
    }

    private static void table(List<Map<String, Object>> tables, String heading, String hint, String column, List<NamedStats> places) {
        if (places.isEmpty()) return;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NamedStats n : places) {
            Map<String, Object> r = statCells(n.stats());
            r.put("name", n.name());
            rows.add(r);
        }
        tables.add(Map.of("heading", heading, "hint", hint, "column", column, "rows", rows));
    }

    /** What a thread's GilHold events mean: in mode off they are periods it ran, not holds of a lock. */
    private static String heldText(ProcessSummary p) {
        return p.agent().lockless() ? "running (mode off: no GIL)" : "holding the GIL";
    }

    static List<Map<String, String>> facts(ProcessSummary p, boolean combined) {
        List<Map<String, String>> f = new ArrayList<>();
        if (p.program() != null) fact(f, "Program", p.program());
        if (p.pid() > 0 && !combined) fact(f, "PID", String.valueOf(p.pid()));
        fact(f, "GIL", p.gilPresent() ? "mode " + (p.agent().mode() == null ? "unknown" : p.agent().mode()) : "no gilscope events (recorded without the agent)");
        if (p.agent().switchIntervalNanos() > 0 && !p.agent().lockless()) fact(f, "Switch interval", Units.duration(p.agent().switchIntervalNanos()));
        if (p.agent().checkInterval() > 0 && "legacy".equals(p.agent().mode())) fact(f, "Check interval", p.agent().checkInterval() + " dispatches");
        if (p.agent().backEdgeCheckpoints()) fact(f, "Check points", Metrics.BACK_EDGES);
        fact(f, "Recording", Units.duration(p.wallNanos()) + (p.recordingStartNanos() > 0 ? " from " + TIME.format(Instant.ofEpochSecond(0, p.recordingStartNanos())) : ""));
        if (p.gilPresent()) fact(f, "Interpreter active", Units.duration(p.gil().spanNanos()));
        fact(f, "Events", Units.count(p.events()));
        if (!combined) {
            for (RecordingInfo r : p.recordings()) fact(f, "File", r.file() + (r.complete() ? "" : " (incomplete)"));
        }
        if (p.agent().agentVersion() != null) fact(f, "Agent", p.agent().agentVersion());
        return f;
    }

    private static void fact(List<Map<String, String>> f, String name, String value) {
        f.add(Map.of("name", name, "value", value));
    }

    static List<Map<String, String>> cards(ProcessSummary p) {
        GilMetrics g = p.gil();
        List<Map<String, String>> c = new ArrayList<>();
        boolean off = p.agent().lockless();
        card(c, off ? "Parallelism" : "GIL utilisation", off ? String.format(Locale.ROOT, "%.2f", g.utilisation()) : Units.percent(g.utilisation()),
                off ? "threads running at once, on average" : p.interpreters().isEmpty() ? "held / interpreter time"
                        : "held / interpreter time, summed over " + p.interpreters().size() + " interpreters' GILs");
        card(c, "Waiting for the GIL", Units.percent(g.waitShare()), "share of thread time"
                + (g.handoffGapNanos() > 0 ? "; " + Units.duration(g.handoffGapNanos()) + " of it in hand-offs after forced drops" : ""));
        card(c, "Blocked in calls", Units.percent(g.blockedShare()), "share of thread time");
        card(c, "Switches", Units.rate(g.switchesPerSecond()), Units.count(g.switches()) + " hand-offs");
        card(c, "Forced drops", Units.rate(g.forcedSwitchesPerSecond()), Units.count(g.forcedSwitches()) + " after a drop request");
        card(c, "Wait p50", Units.duration(g.waits().p50Nanos()), Units.count(g.waits().count()) + " waits");
        card(c, "Wait p99", Units.duration(g.waits().p99Nanos()), "mean " + Units.duration(g.waits().meanNanos()));
        card(c, "Wait max", Units.duration(g.waits().maxNanos()), "longest single wait");
        String convoy = Double.isNaN(g.convoyRatio()) ? "n/a" : String.format(Locale.ROOT, "%.2f×", g.convoyRatio());
        card(c, "Convoy indicator", convoy, Metrics.convoyNote(g));
        if (p.agent().dispatchesCounted()) card(c, "Dispatches", Units.rate(g.perSecond(g.dispatches())), Units.count(g.dispatches()) + " bytecodes");
        else card(c, "Dispatches", Metrics.NOT_COUNTED, Metrics.HOW_TO_COUNT);
        return c;
    }

    private static void card(List<Map<String, String>> c, String name, String value, String hint) {
        c.add(Map.of("name", name, "value", value, "hint", hint));
    }

    static List<Map<String, Object>> findings(List<Finding> fs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : fs) out.add(Map.of("severity", f.severity(), "title", f.title(), "detail", f.detail()));
        return out;
    }

    static List<Map<String, Object>> threads(ProcessSummary p) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ThreadSummary t : p.threads()) {
            Map<String, Object> r = new HashMap<>();
            r.put("process", t.process());
            r.put("name", t.name());
            dur(r, "lifetime", t.lifetimeNanos());
            dur(r, "held", t.heldNanos());
            dur(r, "wait", t.waitNanos());
            dur(r, "blocked", t.blockedNanos());
            r.put("heldPct", pct(t.heldShare()));
            r.put("waitPct", pct(t.waitShare()));
            r.put("blockedPct", pct(t.blockedShare()));
            r.put("waitShare", Units.percent(t.waitShare()));
            r.put("waitShareV", t.waitShare());
            num(r, "acquisitions", t.acquisitions());
            num(r, "blockingCalls", t.blockingCalls());
            if (p.agent().dispatchesCounted()) num(r, "dispatches", t.dispatches());
            else r.put("dispatches", Metrics.NOT_COUNTED);
            dur(r, "p50", t.waits().p50Nanos());
            dur(r, "p99", t.waits().p99Nanos());
            dur(r, "max", t.waits().maxNanos());
            dur(r, "maxHold", t.maxHoldNanos());
            dur(r, "other", Math.max(0, t.otherNanos()));
            r.put("waitedFor", t.mostlyWaitedFor() == null ? "" : t.mostlyWaitedFor() + " (" + Units.percent(t.mostlyWaitedForShare()) + ")");
            rows.add(r);
        }
        return rows;
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(100, share * 100)));
    }

    private static void dur(Map<String, Object> r, String key, long nanos) {
        r.put(key, Units.duration(nanos));
        r.put(key + "V", nanos);
    }

    private static void num(Map<String, Object> r, String key, long n) {
        r.put(key, Units.count(n));
        r.put(key + "V", n);
    }

    static Map<String, Object> statCells(Stats s) {
        Map<String, Object> r = new HashMap<>();
        num(r, "count", s.count());
        dur(r, "total", s.totalNanos());
        dur(r, "avg", s.meanNanos());
        dur(r, "p50", s.p50Nanos());
        dur(r, "p90", s.p90Nanos());
        dur(r, "max", s.maxNanos());
        return r;
    }

    static Map<String, Object> locks(LockSummary l) {
        Map<String, Object> m = new HashMap<>();
        List<Map<String, Object>> totals = new ArrayList<>();
        for (LockKind k : LockKind.values()) {
            Map<String, Object> r = statCells(l.total(k));
            r.put("label", k.eventName + " (" + k.label + ")");
            totals.add(r);
        }
        m.put("totals", totals);
        List<Map<String, Object>> tables = new ArrayList<>();
        tables.add(table("By monitor / parked-on class", "Class", l.byClass(), false));
        tables.add(table("By site (top frames)", "Site", l.bySite(), true));
        tables.add(table("By thread", "Thread", l.byThread(), false));
        m.put("tables", tables);
        return m;
    }

    /** @param bySite whether the rows are sites: then they show stack traces, what was waited on and who blocked it */
    static Map<String, Object> table(String heading, String keyName, List<LockGroup> groups, boolean bySite) {
        Map<String, Object> t = new HashMap<>();
        t.put("heading", heading);
        t.put("keyName", keyName);
        t.put("bySite", bySite);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LockGroup g : groups) {
            if (rows.size() >= MAX_LOCK_ROWS) break;
            Map<String, Object> r = statCells(g.stats());
            r.put("kind", g.kind().eventName);
            r.put("what", g.contention() ? "contention" : "waiting for work");
            r.put("key", g.key());
            r.put("on", g.on() == null ? "" : g.on());
            r.put("blockedBy", g.blockedBy() == null ? "" : g.blockedBy());
            r.put("examples", bySite ? g.examples() : List.of());
            r.put("hasExamples", bySite && !g.examples().isEmpty());
            rows.add(r);
        }
        t.put("rows", rows);
        t.put("more", groups.size() > MAX_LOCK_ROWS ? (groups.size() - MAX_LOCK_ROWS) + " more rows with less contention are in the totals above but not listed." : null);
        return t;
    }

    static void timelineData(Json j, Timeline.Data t, String heldLabel) {
        j.name("timeline");
        if (t == null || t.buckets() == 0) { j.value((String) null); return; }
        j.beginObject().field("start", t.startNanos()).field("width", t.widthNanos()).field("heldLabel", heldLabel)
                .field("gilLanes", t.gilLanes());
        j.name("names").beginArray();
        for (String n : t.names()) j.value(Printable.name(n));   // drawn as text: shown escaped, like the tables
        j.endArray();
        String[] states = {"held", "wait", "blocked"};
        for (int s = 0; s < Timeline.STATES; s++) {
            j.name(states[s]).beginArray();
            for (long[] lane : t.lanes()) {
                StringBuilder sb = new StringBuilder("[");
                for (int b = 0; b < t.buckets(); b++) {
                    if (b > 0) sb.append(',');
                    double v = (double) lane[b * Timeline.STATES + s] / t.widthNanos();
                    sb.append(v == 0 ? "0" : String.format(Locale.ROOT, "%.3f", v));
                }
                j.raw(sb.append(']').toString());
            }
            j.endArray();
        }
        j.endObject();
    }

    /** A flame graph's tree: {n: name, v: nanoseconds, c: [children]}; nothing when {@code flame} is null. */
    static void flameData(Json j, String name, Flame flame) {
        if (flame == null) return;
        j.name(name);
        flame(j, flame);
    }

    private static void flame(Json j, Flame f) {
        j.beginObject().field("n", Printable.name(f.name())).field("v", f.nanos());
        if (!f.children().isEmpty()) {
            j.name("c").beginArray();
            for (Flame c : f.children()) flame(j, c);
            j.endArray();
        }
        j.endObject();
    }

    static void histData(Json j, ProcessSummary p, boolean combined) {
        j.name("hist").beginObject();
        long[] total = p.waitLog2Micros();
        j.name("micros").beginArray();
        for (int i = 0; i <= total.length; i++) j.value(1L << i);
        j.endArray();
        j.name("total").beginArray();
        for (long v : total) j.value(v);
        j.endArray();
        j.name("threads").beginArray();
        for (ThreadSummary t : p.threads()) {
            j.beginObject().field("name", Printable.name(combined ? t.process() + " " + t.name() : t.name()));
            j.name("counts").beginArray();
            for (long v : t.waitLog2Micros()) j.value(v);
            j.endArray().endObject();
        }
        j.endArray().endObject();
    }
}
