package io.gilscope.reports.render;

import io.gilscope.reports.check.MetricResult;
import io.gilscope.reports.check.Verdict;

/** A {@code check} verdict as a Markdown table for a CI job summary (e.g. {@code $GITHUB_STEP_SUMMARY}). */
public final class MarkdownTable {
    private MarkdownTable() {}

    public static String render(Verdict v, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("### ").append(cell(title)).append(": ").append(v.passed() ? "PASS" : "FAIL").append("\n\n");
        sb.append(cell(VerdictText.totals(v))).append("\n\n");
        sb.append("| metric | baseline | current | change | limit | result |\n");
        sb.append("|---|---:|---:|---:|---:|---|\n");
        for (MetricResult r : v.results()) {
            String result = switch (r.status()) {
                case FAIL -> "**FAIL** " + cell(r.note());
                case SKIP -> "skip: " + cell(r.note());
                default -> "PASS";
            };
            sb.append("| `").append(r.metric().replace("`", "")).append("` | ")
                    .append(VerdictText.number(r.baseline())).append(" | ")
                    .append(VerdictText.number(r.current())).append(" | ")
                    .append(VerdictText.change(r)).append(" | ")
                    .append(cell(VerdictText.limit(r))).append(" | ")
                    .append(result).append(" |\n");
        }
        return sb.toString();
    }

    /** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")
                .replace("<", "&lt;").replace(">", "&gt;");
    }
}
