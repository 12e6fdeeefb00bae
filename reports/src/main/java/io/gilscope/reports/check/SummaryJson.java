package io.gilscope.reports.check;

import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.Summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads JSON summaries back (baselines for {@code check}). A small, strict JSON parser (RFC 8259
 * numbers, no duplicate names, at most {@link #MAX_DEPTH} levels, files of at most {@link #MAX_BYTES}):
 * objects become {@code Map<String, Object>}, arrays {@code List<Object>}, numbers {@code Double}.
 * Anything else is unusable input, with the offset where it went wrong.
 */
public final class SummaryJson {
    /** Summaries nest 4 levels; anything much deeper is not one (and would exhaust the stack). */
    static final int MAX_DEPTH = 64;
    /** A summary of thousands of threads and lock sites is a few MB. */
    static final long MAX_BYTES = 64L << 20;
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String s;
    private int i;
    private int depth;

    private SummaryJson(String s) { this.s = s; }

    /** The {@code metrics} object of a summary, as one run; checks {@code schemaVersion}. */
    public static Runs readMetrics(Path file) throws RecordingException {
        return metricsRun(file, readVersioned(file));
    }

    /**
     * The runs a summary stands for: a baseline's {@code runMetrics}, one object per run, or else its
     * {@code metrics} as one run. A metric's null is "not measured" (NaN); a value that is no finite
     * number is noted in {@link Runs#invalid()}.
     */
    public static Runs readRuns(Path file) throws RecordingException {
        Map<String, Object> root = readVersioned(file);
        if (!(root.get("runMetrics") instanceof List<?> runs)) return metricsRun(file, root);
        Map<String, String> invalid = new LinkedHashMap<>();
        List<Map<String, Double>> out = new ArrayList<>();
        for (Object run : runs) out.add(metrics(file, "runMetrics[" + out.size() + "]", run, invalid));
        if (out.isEmpty()) throw new RecordingException(file + ": baseline has an empty runMetrics");
        return new Runs(out, invalid);
    }

    private static Runs metricsRun(Path file, Map<String, Object> root) throws RecordingException {
        Map<String, String> invalid = new LinkedHashMap<>();
        return new Runs(List.of(metrics(file, "metrics", root.get("metrics"), invalid)), invalid);
    }

    private static Map<String, Object> readVersioned(Path file) throws RecordingException {
        Map<String, Object> root = read(file);
        Object v = root.get("schemaVersion");
        if (!(v instanceof Double)) throw new RecordingException(file + ": not a gilscope JSON summary (no schemaVersion)");
        double version = (Double) v;
        if (version != Summary.SCHEMA_VERSION) {
            String given = version == Math.rint(version) && Math.abs(version) < 1e9 ? String.valueOf((long) version) : String.valueOf(version);
            throw new RecordingException(file + ": summary schema version " + given + ", this gilscope reads version "
                    + Summary.SCHEMA_VERSION);
        }
        return root;
    }

    private static Map<String, Double> metrics(Path file, String where, Object m, Map<String, String> invalid) throws RecordingException {
        if (!(m instanceof Map<?, ?> map)) throw new RecordingException(file + ": summary has no " + where + " object");
        if (map.isEmpty()) throw new RecordingException(file + ": " + where + " is empty: there is nothing to check");
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = (String) e.getKey();
            Object v = e.getValue();
            if (v instanceof Double d && Double.isFinite(d)) {
                out.put(name, d);
            } else {
                out.put(name, Double.NaN);
                if (v != null) invalid.putIfAbsent(name, file + ": " + where + "." + name + " is " + describe(v) + ", not a finite number");
            }
        }
        return out;
    }

    private static String describe(Object v) {
        if (v instanceof String str) return "the string \"" + (str.length() > 40 ? str.substring(0, 40) + "…" : str) + "\"";
        if (v instanceof Double) return "out of range";
        if (v instanceof Boolean) return String.valueOf(v);
        return v instanceof Map ? "an object" : "an array";
    }

    /** Parses a JSON file whose top level is an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path file) throws RecordingException {
        String text;
        try {
            if (!Files.exists(file)) throw new RecordingException(file + ": no such file");
            if (!Files.isRegularFile(file)) throw new RecordingException(file + ": not a regular file (a directory, pipe or device)");
            if (Files.size(file) > MAX_BYTES) throw new RecordingException(file + ": larger than " + (MAX_BYTES >> 20) + " MiB: not a summary");
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot read (" + e.getMessage() + ")");
        }
        try {
            SummaryJson p = new SummaryJson(text);
            Object v = p.value();
            p.ws();
            if (p.i != text.length()) throw p.error("trailing characters");
            if (!(v instanceof Map)) throw p.error("top level is not an object");
            return (Map<String, Object>) v;
        } catch (IllegalArgumentException e) {
            throw new RecordingException(file + ": not valid JSON (" + e.getMessage() + ")");
        }
    }

    public static Object parse(String text) {
        SummaryJson p = new SummaryJson(text);
        Object v = p.value();
        p.ws();
        if (p.i != text.length()) throw p.error("trailing characters");
        return v;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + i);
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    private Object value() {
        ws();
        if (i >= s.length()) throw error("unexpected end");
        char c = s.charAt(i);
        switch (c) {
            case '{': return nested(this::object);
            case '[': return nested(this::array);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default: return number();
        }
    }

    private Object nested(Supplier<Object> container) {
        if (++depth > MAX_DEPTH) throw error("nested deeper than " + MAX_DEPTH + " levels");
        Object v = container.get();
        depth--;
        return v;
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, i)) throw error("unexpected character");
        i += word.length();
        return v;
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (i < s.length() && s.charAt(i) == '}') { i++; return m; }
        while (true) {
            ws();
            if (i >= s.length() || s.charAt(i) != '"') throw error("expected a name");
            int at = i;
            String k = string();
            ws();
            if (i >= s.length() || s.charAt(i) != ':') throw error("expected ':'");
            i++;
            if (m.containsKey(k)) {
                i = at;
                throw error("duplicate name \"" + k + "\"");
            }
            m.put(k, value());
            ws();
            if (i < s.length() && s.charAt(i) == ',') { i++; continue; }
            if (i < s.length() && s.charAt(i) == '}') { i++; return m; }
            throw error("expected ',' or '}'");
        }
    }

    private List<Object> array() {
        List<Object> l = new ArrayList<>();
        i++;
        ws();
        if (i < s.length() && s.charAt(i) == ']') { i++; return l; }
        while (true) {
            l.add(value());
            ws();
            if (i < s.length() && s.charAt(i) == ',') { i++; continue; }
            if (i < s.length() && s.charAt(i) == ']') { i++; return l; }
            throw error("expected ',' or ']'");
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') return sb.toString();
            if (c != '\\') { sb.append(c); continue; }
            if (i >= s.length()) break;
            char e = s.charAt(i++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u':
                    if (i + 4 > s.length() || !s.substring(i, i + 4).matches("[0-9a-fA-F]{4}")) throw error("bad \\u escape");
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                    break;
                case '"': case '\\': case '/': sb.append(e); break;
                default: throw error("bad escape \\" + e);
            }
        }
        throw error("unterminated string");
    }

    /** An RFC 8259 number; one too large for a double becomes infinite (metrics() rejects it). */
    private Double number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        if (start == i) throw error("unexpected character");
        String text = s.substring(start, i);
        if (!NUMBER.matcher(text).matches()) {
            i = start;
            throw error("bad number '" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'");
        }
        return Double.parseDouble(text);
    }
}
