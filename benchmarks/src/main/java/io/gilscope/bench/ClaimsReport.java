package io.gilscope.bench;

import io.gilscope.reports.render.Json;

import java.util.List;
import java.util.Map;

/** The claims table as Markdown (for README and CI summaries) and as JSON. */
final class ClaimsReport {
    private ClaimsReport() { }

    static String markdown(List<Claims.Row> rows, String machine, String date, int runs) {
        StringBuilder md = new StringBuilder();
        md.append("# The seed articles' claims, measured\n\n")
          .append(date).append(" · ").append(machine).append(" · median of ").append(runs)
          .append(runs == 1 ? " run" : " runs (min–max)").append(", targets interleaved\n\n")
          .append("| claim | article | article's figure | measure | measured | verdict |\n")
          .append("|---|---|---|---|---|---|\n");
        for (Claims.Row r : rows) {
            md.append("| ").append(cell(r.claim())).append(" | ").append(cell(r.article())).append(" | ")
              .append(cell(r.articleFigure())).append(" | ").append(cell(r.measure())).append(" | ")
              .append(cell(measured(r))).append(" | ").append(cell(r.verdict())).append(" |\n");
        }
        return md.toString();
    }

    static String json(List<Claims.Row> rows, String machine, String date, int runs) {
        Json j = new Json(true);
        j.beginObject().field("date", date).field("machine", machine).field("runs", runs);
        j.name("claims").beginArray();
        for (Claims.Row r : rows) {
            j.beginObject().field("claim", r.claim()).field("article", r.article()).field("articleFigure", r.articleFigure())
             .field("measure", r.measure()).field("verdict", r.verdict());
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

    private static String measured(Claims.Row r) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<Target, Bench.Result> e : r.results().entrySet()) {
            if (s.length() > 0) s.append("<br>");
            Bench.Result res = e.getValue();
            s.append(e.getKey().label()).append(": ").append(res.ok() ? res.stats().format(r.format()) : res.note());
        }
        return s.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
