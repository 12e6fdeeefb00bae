package io.gilscope.reports.render;

import java.util.Locale;

/**
 * A small streaming JSON writer. Strings are escaped so the output can also sit inside an HTML
 * {@code <script>} element ({@code <}, {@code >}, {@code &} and U+2028/9 as {@code \\uXXXX}).
 * Non-finite numbers are written as {@code null}.
 */
public final class Json {
    private final StringBuilder sb = new StringBuilder();
    private final boolean pretty;
    private int depth;
    private boolean first = true;

    public Json(boolean pretty) { this.pretty = pretty; }

    public Json beginObject() { value(); sb.append('{'); depth++; first = true; return this; }

    public Json endObject() { depth--; if (!first) newline(); sb.append('}'); first = false; return this; }

    public Json beginArray() { value(); sb.append('['); depth++; first = true; return this; }

    public Json endArray() { depth--; if (!first) newline(); sb.append(']'); first = false; return this; }

    public Json name(String name) {
        if (!first) sb.append(',');
        newline();
        string(name);
        sb.append(pretty ? ": " : ":");
        first = true; // the value that follows needs no comma
        pendingValue = true;
        return this;
    }

    private boolean pendingValue;

    private void value() {
        if (pendingValue) { pendingValue = false; return; }
        if (!first) sb.append(',');
        if (depth > 0) newline();
    }

    public Json value(String s) {
        value();
        if (s == null) sb.append("null"); else string(s);
        first = false;
        return this;
    }

    public Json value(double d) {
        value();
        if (Double.isNaN(d) || Double.isInfinite(d)) sb.append("null");
        else if (d == Math.rint(d) && Math.abs(d) < 1e15) sb.append((long) d);
        else sb.append(String.format(Locale.ROOT, "%.6g", d).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1"));
        first = false;
        return this;
    }

    public Json value(long n) { value(); sb.append(n); first = false; return this; }

    public Json value(boolean b) { value(); sb.append(b); first = false; return this; }

    /** Inserts already-serialised JSON. */
    public Json raw(String json) { value(); sb.append(json); first = false; return this; }

    public Json field(String name, String v) { return name(name).value(v); }

    public Json field(String name, double v) { return name(name).value(v); }

    public Json field(String name, long v) { return name(name).value(v); }

    public Json field(String name, boolean v) { return name(name).value(v); }

    private void newline() {
        if (!pretty) return;
        sb.append('\n');
        sb.append("  ".repeat(Math.max(0, depth)));
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '<': case '>': case '&': case '\u2028': case '\u2029':
                    sb.append(String.format("\\u%04x", (int) c)); break;
                default:
                    // Controls and format characters (bidi overrides) escaped: the text is the same, the file has none raw.
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        sb.append('"');
    }

    @Override public String toString() { return sb.toString(); }
}
