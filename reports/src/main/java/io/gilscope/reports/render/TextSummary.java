package io.gilscope.reports.render;

import io.gilscope.reports.analysis.Finding;
import io.gilscope.reports.analysis.GilMetrics;
import io.gilscope.reports.analysis.InterpreterSummary;
import io.gilscope.reports.analysis.LockGroup;
import io.gilscope.reports.analysis.LockKind;
import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.analysis.NamedStats;
import io.gilscope.reports.analysis.ProcessSummary;
import io.gilscope.reports.analysis.RecordingInfo;
import io.gilscope.reports.analysis.Stats;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.analysis.ThreadSummary;
import io.gilscope.reports.analysis.Units;
import io.gilscope.reports.analysis.Where;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The headline and per-thread table as plain text for a terminal. */
public final class TextSummary {
    private TextSummary() {}

    public static String render(Summary s) {
        StringBuilder sb = new StringBuilder();
        sb.append(Printable.line(s.title())).append('\n');
        for (ProcessSummary p : s.processes()) {
            for (RecordingInfo r : p.recordings()) {
                if (!r.complete()) sb.append("! ").append(Printable.line(r.file())).append(": ").append(Printable.line(r.problem())).append('\n');
            }
        }
        if (s.processes().size() > 1) {
            process(sb, "Combined (" + s.processes().size() + " processes)", s.combined(), true);
            for (ProcessSummary p : s.processes()) process(sb, Printable.line(p.label()), p, false);
        } else {
            process(sb, Printable.line(s.combined().label()), s.combined(), false);
        }
        return sb.toString();
    }

    private static void process(StringBuilder sb, String heading, ProcessSummary p, boolean combined) {
        sb.append('\n').append("== ").append(heading).append('\n');
        if (p.program() != null) line(sb, "program", Printable.line(p.program()));
        GilMetrics g = p.gil();
        if (p.gilPresent()) {
            boolean off = p.agent().lockless();
            line(sb, "mode", (p.agent().mode() == null ? "unknown" : p.agent().mode())
                    + ("legacy".equals(p.agent().mode()) && p.agent().checkInterval() > 0 ? ", check interval " + p.agent().checkInterval() + " dispatches"
                    : p.agent().switchIntervalNanos() > 0 && !off ? ", switch interval " + Units.duration(p.agent().switchIntervalNanos()) : "")
                    + (p.agent().backEdgeCheckpoints() ? ", " + Metrics.BACK_EDGES : ""));
            line(sb, "wall time", Units.duration(p.wallNanos()) + " (interpreter active " + Units.duration(g.spanNanos()) + ")");
            if (off) line(sb, "parallelism", String.format(Locale.ROOT, "%.2f threads running at once, on average", g.utilisation()));
            else if (p.interpreters().isEmpty()) line(sb, "GIL utilisation", Units.percent(g.utilisation()) + " held / interpreter time");
            else line(sb, "GIL utilisation", Units.percent(g.utilisation()) + " held / interpreter time, summed over "
                    + p.interpreters().size() + " interpreters with a GIL each");
            line(sb, "waiting for GIL", Units.percent(g.waitShare()) + " of thread time (blocked in calls " + Units.percent(g.blockedShare()) + ")");
            line(sb, "switches", Units.rate(g.switchesPerSecond()) + ", forced drops " + Units.rate(g.forcedSwitchesPerSecond()));
            line(sb, "dispatches", p.agent().dispatchesCounted()
                    ? Units.rate(g.perSecond(g.dispatches())) + " (" + Units.count(g.dispatches()) + " bytecodes)"
                    : Metrics.NOT_COUNTED + " (" + Metrics.HOW_TO_COUNT + ")");
            line(sb, "wait", "p50 " + Units.duration(g.waits().p50Nanos()) + ", p99 " + Units.duration(g.waits().p99Nanos())
                    + ", max " + Units.duration(g.waits().maxNanos()) + " (" + Units.count(g.waits().count()) + " waits)");
            line(sb, "convoy indicator", (Double.isNaN(g.convoyRatio()) ? "n/a" : String.format(Locale.ROOT, "%.2f x interval", g.convoyRatio()))
                    + " (" + Metrics.convoyNote(g) + ")");
            sb.append('\n');
            List<String[]> rows = new ArrayList<>();
            String held = off ? "running" : "held";
            rows.add(combined
                    ? new String[] {"process", "thread", held, "waiting", "blocked", "wait%", "acq", "dispatches", "wait p50", "p99", "max"}
                    : new String[] {"thread", held, "waiting", "blocked", "wait%", "acq", "dispatches", "wait p50", "p99", "max"});
            for (ThreadSummary t : p.threads()) {
                List<String> r = new ArrayList<>();
                if (combined) r.add(Printable.name(t.process()));
                r.add(Printable.name(t.name()));
                r.add(Units.duration(t.heldNanos()));
                r.add(Units.duration(t.waitNanos()));
                r.add(Units.duration(t.blockedNanos()));
                r.add(Units.percent(t.waitShare()));
                r.add(Units.count(t.acquisitions()));
                r.add(p.agent().dispatchesCounted() ? Units.count(t.dispatches()) : Metrics.NOT_COUNTED);
                r.add(Units.duration(t.waits().p50Nanos()));
                r.add(Units.duration(t.waits().p99Nanos()));
                r.add(Units.duration(t.waits().maxNanos()));
                rows.add(r.toArray(new String[0]));
            }
            table(sb, rows);
            interpreters(sb, p);
            where(sb, p.where());
        } else {
            line(sb, "GIL", "no gilscope events (recorded without the agent)");
            line(sb, "wall time", Units.duration(p.wallNanos()));
        }
        sb.append('\n');
        if (p.locks().any()) {
            for (LockKind k : LockKind.values()) {
                Stats st = p.locks().total(k);
                if (st.count() > 0) {
                    line(sb, k.eventName, Units.count(st.count()) + " events" + (k == LockKind.MONITOR_REENTER ? " re-entering after wait()" : "") + ", total " + Units.duration(st.totalNanos())
                            + ", max " + Units.duration(st.maxNanos()));
                }
            }
            sites(sb, "contention, top sites", p.locks().bySite(), true);
            sites(sb, "waiting for work (Object.wait, Thread.join, queues, conditions), top sites", p.locks().bySite(), false);
        } else {
            line(sb, "JDK locks", "no contention recorded");
        }
        sb.append('\n');
        for (Finding f : p.findings()) {
            sb.append("* [").append(f.severity()).append("] ").append(Printable.line(f.title())).append(": ").append(Printable.line(f.detail())).append('\n');
        }
    }

    /** Each interpreter's GIL, when there are several (nothing with one). */
    private static void interpreters(StringBuilder sb, ProcessSummary p) {
        if (p.interpreters().isEmpty()) return;
        sb.append("\none GIL per interpreter (PEP 684):\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"interpreter", "threads", "held", "holds", "waiting", "waits", "dispatches"});
        for (InterpreterSummary i : p.interpreters()) {
            rows.add(new String[] {i.id() == 0 ? "0 (first)" : Integer.toString(i.id()), Integer.toString(i.threads()),
                    Units.duration(i.heldNanos()), Units.count(i.holds()), Units.duration(i.waitNanos()), Units.count(i.waits()),
                    p.agent().dispatchesCounted() ? Units.count(i.dispatches()) : Metrics.NOT_COUNTED});
        }
        table(sb, rows);
    }

    /** Where in the interpreter's code, from the location hook's stacks: nothing without them. */
    private static void where(StringBuilder sb, Where w) {
        places(sb, "\nwhere the GIL was held (innermost frame when the holder let it go)", w.heldAt());
        places(sb, "where threads waited for it <- where the holder was when it let go", w.blame());
        places(sb, "where blocking calls were made", w.blocking());
    }

    private static void places(StringBuilder sb, String heading, List<NamedStats> places) {
        if (places.isEmpty()) return;
        sb.append(heading).append(":\n");
        for (NamedStats s : places.subList(0, Math.min(5, places.size()))) {
            sb.append("  ").append(String.format(Locale.ROOT, "%-10s %9s  %s", Units.duration(s.stats().totalNanos()),
                    Units.count(s.stats().count()) + "x", Printable.name(s.name().replace(Where.BLAMED, " <- ")))).append('\n');
        }
    }

    private static void sites(StringBuilder sb, String heading, List<LockGroup> groups, boolean contention) {
        List<LockGroup> top = groups.stream().filter(g -> g.contention() == contention).limit(5).toList();
        if (top.isEmpty()) return;
        sb.append(heading).append(":\n");
        for (LockGroup grp : top) {
            sb.append("  ").append(String.format(Locale.ROOT, "%-10s %9s  %s", Units.duration(grp.stats().totalNanos()),
                    Units.count(grp.stats().count()) + "x", Printable.name(grp.key()))).append("  [").append(grp.kind().id).append("]")
                    .append(grp.on() == null ? "" : "  on " + Printable.name(grp.on()))
                    .append(grp.blockedBy() == null ? "" : "  blocked by " + Printable.name(grp.blockedBy())).append('\n');
        }
    }

    private static void line(StringBuilder sb, String name, String value) {
        sb.append(String.format(Locale.ROOT, "%-18s %s%n", name + ":", value));
    }

    private static void table(StringBuilder sb, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) for (int i = 0; i < cols; i++) w[i] = Math.max(w[i], r[i].length());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String cell = r[i];
                boolean left = i == 0 || i == 1 && rows.get(0)[0].equals("process");
                String pad = " ".repeat(w[i] - cell.length());
                line.append(left ? cell + pad : pad + cell).append(i < cols - 1 ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
