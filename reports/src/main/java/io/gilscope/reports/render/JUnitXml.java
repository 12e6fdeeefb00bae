package io.gilscope.reports.render;

import io.gilscope.reports.check.MetricResult;
import io.gilscope.reports.check.Verdict;

/**
 * A {@code check} verdict as a JUnit XML report, the format CI systems display (Jenkins, GitLab,
 * GitHub test reporters): one {@code <testsuite>}, one {@code <testcase>} per metric, with a
 * {@code <failure>} for a regression and {@code <skipped>} for a metric without values.
 */
public final class JUnitXml {
    private JUnitXml() {}

    /** @param suite the suite's name, e.g. "gilscope check" */
    public static String render(Verdict v, String suite) {
        long failures = v.failures().size();
        long skipped = v.count(MetricResult.Status.SKIP);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        String counts = " tests=\"" + v.results().size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\"";
        sb.append("<testsuites name=\"").append(escape(suite)).append('"').append(counts).append(" time=\"0\">\n");
        sb.append("  <testsuite name=\"").append(escape(suite)).append('"').append(counts).append(" time=\"0\">\n");
        sb.append("    <properties>\n");
        sb.append("      <property name=\"runs\" value=\"").append(v.runs()).append("\"/>\n");
        sb.append("    </properties>\n");
        for (MetricResult r : v.results()) {
            sb.append("    <testcase classname=\"gilscope.check\" name=\"").append(escape(r.metric())).append("\" time=\"0\"");
            String line = describe(r);
            switch (r.status()) {
                case FAIL:
                    sb.append(">\n      <failure type=\"regression\" message=\"").append(escape(line)).append("\">")
                            .append(escape(line)).append("</failure>\n    </testcase>\n");
                    break;
                case SKIP:
                    sb.append(">\n      <skipped message=\"").append(escape(r.note())).append("\"/>\n    </testcase>\n");
                    break;
                default:
                    sb.append(">\n      <system-out>").append(escape(line)).append("</system-out>\n    </testcase>\n");
            }
        }
        sb.append("    <system-out>").append(escape(VerdictText.totals(v))).append("</system-out>\n");
        sb.append("  </testsuite>\n</testsuites>\n");
        return sb.toString();
    }

    /** "gil.waitShare: 0.34 (baseline 0.12, +183.3%), limit <= 0.15: rose beyond its tolerance". */
    static String describe(MetricResult r) {
        return r.metric() + ": " + VerdictText.number(r.current()) + " (baseline " + VerdictText.number(r.baseline())
                + ", " + VerdictText.change(r) + "), limit " + VerdictText.limit(r)
                + (r.note().isEmpty() ? "" : ": " + r.note());
    }

    /** Escapes for attribute values and text; drops characters XML 1.0 cannot hold. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&apos;"); break;
                case '\n': sb.append("&#10;"); break;
                case '\t': sb.append("&#9;"); break;
                default:
                    if (c >= 0x20 || c == '\r') sb.append(c);
            }
        }
        return sb.toString();
    }
}
