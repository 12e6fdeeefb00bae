package io.gilscope.reports.render;

import io.gilscope.reports.analysis.Finding;
import io.gilscope.reports.analysis.InterpreterSummary;
import io.gilscope.reports.analysis.LockGroup;
import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.analysis.NamedStats;
import io.gilscope.reports.analysis.ProcessSummary;
import io.gilscope.reports.analysis.RecordingInfo;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.analysis.ThreadSummary;

import java.util.List;
import java.util.Map;

/** The versioned JSON summary (reports/README.md, "JSON summary"): the input of {@code gilscope check}. */
public final class JsonSummary {
    private JsonSummary() {}

    public static final int MAX_GROUPS = 50;

    public static String render(Summary s) {
        Json j = new Json(true);
        j.beginObject();
        j.field("schemaVersion", Summary.SCHEMA_VERSION);
        j.field("generator", "gilscope-reports");
        j.field("title", s.title());
        j.field("complete", s.complete());
        process(j, s.combined(), true);
        j.name("processes").beginArray();
        for (ProcessSummary p : s.processes()) {
            j.beginObject();
            process(j, p, false);
            j.endObject();
        }
        j.endArray();
        j.endObject();
        return j + "\n";
    }

    private static void process(Json j, ProcessSummary p, boolean top) {
        if (!top) {
            j.field("label", p.label());
            j.field("pid", p.pid());
        }
        j.name("recordings").beginArray();
        for (RecordingInfo r : p.recordings()) {
            j.beginObject().field("file", r.file()).field("bytes", r.bytes()).field("chunks", r.chunks())
                    .field("chunksRead", r.chunksRead()).field("lostBytes", r.lostBytes()).field("events", r.events())
                    .field("complete", r.complete()).field("problem", r.problem()).endObject();
        }
        j.endArray();
        j.name("gil").beginObject()
                .field("present", p.gilPresent())
                .field("mode", p.agent().mode())
                .field("switchIntervalMillis", p.agent().switchIntervalNanos() > 0 ? p.agent().switchIntervalNanos() / 1e6 : Double.NaN)
                .field("checkInterval", p.agent().checkInterval())
                .field("dispatchesCounted", p.agent().dispatchesCounted())
                .field("checkpoints", p.agent().checkpoints())
                .field("program", p.program())
                .field("agentVersion", p.agent().agentVersion())
                .field("eventSchemaVersion", p.agent().eventSchemaVersion())
                .endObject();
        j.name("metrics").beginObject();
        for (Map.Entry<String, Double> e : Metrics.of(p).entrySet()) j.field(e.getKey(), e.getValue());
        j.endObject();
        if (!top) return;
        j.name("threads").beginArray();
        for (ThreadSummary t : p.threads()) {
            j.beginObject()
                    .field("process", t.process()).field("id", t.id()).field("name", t.name())
                    .field("lifetimeSeconds", t.lifetimeNanos() / 1e9)
                    .field("heldSeconds", t.heldNanos() / 1e9)
                    .field("waitSeconds", t.waitNanos() / 1e9)
                    .field("blockedSeconds", t.blockedNanos() / 1e9)
                    .field("otherSeconds", t.otherNanos() / 1e9)
                    .field("heldShare", t.heldShare()).field("waitShare", t.waitShare()).field("blockedShare", t.blockedShare())
                    .field("acquisitions", t.acquisitions()).field("blockingCalls", t.blockingCalls())
                    // NaN is written as null: not counted
                    .field("dispatches", p.agent().dispatchesCounted() ? t.dispatches() : Double.NaN)
                    .field("reacquisitions", t.reacquisitions())
                    .field("forcedDrops", t.forcedDrops())
                    .field("waitCount", t.waits().count())
                    .field("waitP50Millis", t.waits().p50Nanos() / 1e6)
                    .field("waitP99Millis", t.waits().p99Nanos() / 1e6)
                    .field("waitMaxMillis", t.waits().maxNanos() / 1e6)
                    .field("holdMaxMillis", t.maxHoldNanos() / 1e6)
                    .field("mostlyWaitedFor", t.mostlyWaitedFor())
                    .endObject();
        }
        j.endArray();
        j.name("interpreters").beginArray();
        for (InterpreterSummary i : p.interpreters()) {
            j.beginObject().field("id", i.id()).field("threads", i.threads())
                    .field("heldSeconds", i.heldNanos() / 1e9).field("holds", i.holds())
                    .field("waitSeconds", i.waitNanos() / 1e9).field("waits", i.waits())
                    .field("dispatches", p.agent().dispatchesCounted() ? i.dispatches() : Double.NaN)
                    .endObject();
        }
        j.endArray();
        j.name("blockingMethods").beginArray();
        for (NamedStats m : p.blockingMethods().subList(0, Math.min(MAX_GROUPS, p.blockingMethods().size()))) {
            j.beginObject().field("method", m.name()).field("count", m.stats().count())
                    .field("totalMillis", m.stats().totalNanos() / 1e6).field("p50Millis", m.stats().p50Nanos() / 1e6)
                    .field("maxMillis", m.stats().maxNanos() / 1e6).endObject();
        }
        j.endArray();
        j.name("where").beginObject();
        places(j, "heldAt", p.where().heldAt());
        places(j, "waitedAt", p.where().waitedAt());
        places(j, "blame", p.where().blame());
        places(j, "blocking", p.where().blocking());
        j.endObject();
        j.name("locks").beginObject();
        groups(j, "byClass", "class", p.locks().byClass());
        groups(j, "bySite", "site", p.locks().bySite());
        groups(j, "byThread", "thread", p.locks().byThread());
        j.endObject();
        j.name("findings").beginArray();
        for (Finding f : p.findings()) {
            j.beginObject().field("id", f.id()).field("severity", f.severity()).field("title", f.title())
                    .field("detail", f.detail()).endObject();
        }
        j.endArray();
    }

    /** Places in the interpreter's code; the site (function (file:line)) is their stable id. */
    private static void places(Json j, String name, List<NamedStats> places) {
        j.name(name).beginArray();
        for (NamedStats s : places) {
            j.beginObject().field("site", s.name()).field("count", s.stats().count()).field("totalMillis", s.stats().totalNanos() / 1e6)
                    .field("p50Millis", s.stats().p50Nanos() / 1e6).field("maxMillis", s.stats().maxNanos() / 1e6).endObject();
        }
        j.endArray();
    }

    private static void groups(Json j, String name, String keyName, List<LockGroup> groups) {
        j.name(name).beginArray();
        for (LockGroup g : groups.subList(0, Math.min(MAX_GROUPS, groups.size()))) {
            j.beginObject().field("event", g.kind().eventName).field("kind", g.kind().id).field(keyName, g.key())
                    .field("count", g.stats().count())
                    .field("totalMillis", g.stats().totalNanos() / 1e6)
                    .field("avgMillis", g.stats().meanNanos() / 1e6)
                    .field("p90Millis", g.stats().p90Nanos() / 1e6)
                    .field("maxMillis", g.stats().maxNanos() / 1e6);
            if (!keyName.equals("class") && g.on() != null) j.field("on", g.on());
            if (g.blockedBy() != null) j.field("blockedBy", g.blockedBy());
            j.endObject();
        }
        j.endArray();
    }
}
