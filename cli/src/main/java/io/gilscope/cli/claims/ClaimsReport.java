package io.gilscope.cli.claims;

import io.gilscope.reports.render.Json;

import java.util.List;
import java.util.Map;

/** The claims table as Markdown (for README and CI summaries) and as JSON. */
public final class ClaimsReport {
    private ClaimsReport() { }

    public static String markdown(List<ClaimResult> rows, String machine, String date, int runs) {
        StringBuilder md = new StringBuilder();
        md.append("# The seed articles' claims, measured\n\n")
          .append(date).append(" · ").append(machine).append(" · median of ").append(runs)
          .append(runs == 1 ? " run" : " runs (min–max)").append(", targets interleaved\n\n")
          .append("| claim | article | article's figure | measure | measured | verdict |\n")
          .append("|---|---|---|---|---|---|\n");
        for (ClaimResult r : rows) {
            md.append("| ").append(cell(r.claim().statement())).append(" | ").append(cell(r.claim().article())).append(" | ")
              .append(cell(r.claim().articleFigure())).append(" | ").append(cell(r.claim().measure())).append(" | ")
              .append(cell(measured(r))).append(" | ").append(cell(r.verdict().toString())).append(" |\n");
        }
        return md.toString();
    }

    public static String json(List<ClaimResult> rows, String machine, String date, int runs) {
        Json j = new Json(true);
        j.beginObject().field("date", date).field("machine", machine).field("runs", runs);
        j.name("claims").beginArray();
        for (ClaimResult r : rows) {
            j.beginObject().field("claim", r.claim().statement()).field("article", r.claim().article()).field("articleFigure", r.claim().articleFigure())
             .field("measure", r.claim().measure()).field("verdict", r.verdict().state().label).field("reason", r.verdict().reason());
            j.name("results").beginObject();
            for (Map.Entry<Target, Bench.Result> e : r.results().entrySet()) {
                j.name(e.getKey().id()).beginObject();
                Bench.Result res = e.getValue();
                if (res.ok()) {
                    j.field("median", res.stats().median()).field("min", res.stats().min()).field("max", res.stats().max())
                     .field("runs", res.stats().runs());
                } else {
                    j.field("note", res.note());
                }
                j.endObject();
            }
            j.endObject().endObject();
        }
        j.endArray().endObject();
        return j + "\n";
    }

    private static String measured(ClaimResult r) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<Target, Bench.Result> e : r.results().entrySet()) {
            if (s.length() > 0) s.append("<br>");
            Bench.Result res = e.getValue();
            s.append(e.getKey().label()).append(": ").append(res.ok() ? res.stats().format(r.claim().format()) : res.note());
        }
        return s.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
