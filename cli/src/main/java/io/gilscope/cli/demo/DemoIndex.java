package io.gilscope.cli.demo;

import io.gilscope.cli.claims.Bench;
import io.gilscope.cli.claims.Claim;
import io.gilscope.cli.claims.ClaimResult;
import io.gilscope.cli.claims.Figures;
import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.render.Json;
import io.gilscope.reports.render.Templates;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The demo's index page, the seeds' story from top to bottom: per program its claims with their
 * verdicts and reasons, a picture of every repetition's timings with and without the GIL, the
 * figures the verdicts rest on and links to each run's report.
 */
final class DemoIndex {
    private static final String FOLDER = "io/gilscope/cli/demo";

    private DemoIndex() { }

    static String render(List<Demo.Shown> shown, Path outDir, int runs) {
        List<Map<String, Object>> sections = new ArrayList<>();
        List<Map<String, Object>> verdicts = new ArrayList<>();
        Json charts = new Json(false).beginArray();
        for (Demo.Shown s : shown) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("id", s.program().name());
            section.put("file", s.program().file());
            section.put("chart", sections.size());
            List<Map<String, Object>> claims = new ArrayList<>();
            for (ClaimResult r : s.verdicts()) {
                Map<String, Object> c = claim(r);
                claims.add(c);
                Map<String, Object> v = new LinkedHashMap<>(c);
                v.put("id", s.program().name());
                verdicts.add(v);
            }
            section.put("claims", claims);
            section.put("runs", List.of(run(s.gil(), s.program(), outDir), run(s.noGil(), s.program(), outDir)));
            section.put("compare", s.compare() == null ? null : link(s.compare(), outDir));
            sections.add(section);
            chart(charts, s);
        }
        charts.endArray();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("generated", ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        model.put("runs", runs);
        model.put("repetitions", runs + DemoRun.WARM_UPS);
        model.put("warmUps", DemoRun.WARM_UPS);
        model.put("verdicts", verdicts);
        model.put("sections", sections);
        model.put("css", Templates.css());
        model.put("uplotCss", Templates.uplotCss());
        model.put("uplotJs", Templates.uplotJs());
        model.put("demoJs", Templates.resource(FOLDER + "/demo.js"));
        model.put("chartsJson", charts.toString());
        return Templates.render(FOLDER, "demo-index.mustache", model);
    }

    /** The claim's figure over a run's warm repetitions, as the terminal and the page print it. */
    static String figures(DemoRun run, Claim claim) {
        Bench.Result r = run.result(claim);
        return r.ok() ? claim.figure().name() + " " + r.stats().format(claim.format()) : r.note();
    }

    private static Map<String, Object> claim(ClaimResult r) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("statement", r.claim().statement());
        c.put("article", r.claim().article());
        c.put("state", r.verdict().state().label);
        c.put("stateClass", r.verdict().state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        c.put("reason", r.verdict().reason());
        return c;
    }

    private static Map<String, Object> run(DemoRun run, Claim program, Path outDir) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", run.label());
        m.put("ok", run.ok());
        m.put("problem", run.problem());
        m.put("figure", run.ok() ? figures(run, program) : null);
        m.put("wall", String.format(Locale.ROOT, "%.1f s", run.wallSeconds()));
        m.put("waitShare", percent(run.metric(Metrics.GIL_WAIT_SHARE)));
        m.put("switches", number(run.metric(Metrics.GIL_SWITCHES_PER_SECOND)));
        m.put("report", run.report() == null ? null : link(run.report(), outDir));
        return m;
    }

    /**
     * One picture per program: every repetition's timings (or, for a program without timings, the
     * claim's figure), a line per variant and timing, so the reader sees threads against sequential
     * with and without the GIL, and how far the repetitions agree.
     */
    private static void chart(Json j, Demo.Shown s) {
        Set<String> labels = new LinkedHashSet<>();
        for (DemoRun run : List.of(s.gil(), s.noGil())) {
            for (String rep : run.repetitions()) labels.addAll(Figures.timings(rep).keySet());
        }
        Claim claim = s.program();
        int repetitions = Math.max(s.gil().repetitions().size(), s.noGil().repetitions().size());
        j.beginObject().field("warmUps", DemoRun.WARM_UPS).field("unit", labels.isEmpty() ? "" : "s");
        j.name("x").beginArray();
        for (int i = 1; i <= repetitions; i++) j.value(i);
        j.endArray();
        j.name("series").beginArray();
        for (DemoRun run : List.of(s.gil(), s.noGil())) {
            for (String label : labels.isEmpty() ? List.of(claim.figure().name()) : labels) {
                j.beginObject().field("label", run.label() + ": " + label).field("gil", run == s.gil()).name("values").beginArray();
                for (int i = 0; i < repetitions; i++) {
                    String rep = i < run.repetitions().size() ? run.repetitions().get(i) : "";
                    j.value(labels.isEmpty() ? claim.figure().read().apply(rep).orElse(Double.NaN)
                            : Figures.timings(rep).getOrDefault(label, Double.NaN));
                }
                j.endArray().endObject();
            }
        }
        j.endArray().endObject();
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
}
