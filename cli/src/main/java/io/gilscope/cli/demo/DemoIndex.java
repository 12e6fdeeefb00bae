package io.gilscope.cli.demo;

import io.gilscope.reports.analysis.Metrics;
import io.gilscope.cli.claims.Figures;
import io.gilscope.reports.render.Templates;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo's index page: one row per seed program, its claim, both runs' headline metrics and links. */
final class DemoIndex {
    private DemoIndex() { }

    static String render(List<Demo.Pair> pairs, Path outDir) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Demo.Pair p : pairs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", p.program().name());
            row.put("file", p.program().file());
            row.put("article", p.program().article());
            row.put("claim", p.program().statement());
            row.put("gil", run(p.gil(), outDir));
            row.put("noGil", run(p.noGil(), outDir));
            row.put("compare", p.compare() == null ? null : link(p.compare(), outDir));
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("generated", ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        model.put("rows", rows);
        model.put("css", Templates.css());
        return Templates.render("io/gilscope/cli/demo", "demo-index.mustache", model);
    }

    private static Map<String, Object> run(DemoRun run, Path outDir) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", run.label());
        m.put("ok", run.ok());
        m.put("problem", run.problem());
        m.put("figures", run.figures());
        m.put("ratio", Figures.describe(run.ratio()));
        m.put("wall", String.format(Locale.ROOT, "%.1f s", run.wallSeconds()));
        m.put("utilisation", percent(run.metric(Metrics.GIL_UTILISATION)));
        m.put("waitShare", percent(run.metric(Metrics.GIL_WAIT_SHARE)));
        m.put("switches", number(run.metric(Metrics.GIL_SWITCHES_PER_SECOND)));
        m.put("waitP99", millis(run.metric(Metrics.GIL_WAIT_P99)));
        m.put("report", run.report() == null ? null : link(run.report(), outDir));
        return m;
    }

    private static String link(Path file, Path outDir) {
        return outDir.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String millis(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f ms", v);
    }
}
