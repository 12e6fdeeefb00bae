package io.gilscope.reports.check;

import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.Summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON summaries back (baselines for {@code check}). A small, strict JSON parser: objects
 * become {@code Map<String, Object>}, arrays {@code List<Object>}, numbers {@code Double}.
 */
public final class SummaryJson {
    private final String s;
    private int i;

    private SummaryJson(String s) { this.s = s; }

    /** The {@code metrics} object of a summary (NaN for null); checks {@code schemaVersion}. */
    public static Map<String, Double> readMetrics(Path file) throws RecordingException {
        return metrics(file, readVersioned(file).get("metrics"));
    }

    /**
     * The runs a summary stands for: a baseline's {@code runMetrics}, one object per run, or else its
     * {@code metrics} as one run.
     */
    public static List<Map<String, Double>> readRuns(Path file) throws RecordingException {
        Map<String, Object> root = readVersioned(file);
        if (!(root.get("runMetrics") instanceof List<?> runs)) return List.of(metrics(file, root.get("metrics")));
        List<Map<String, Double>> out = new ArrayList<>();
        for (Object run : runs) out.add(metrics(file, run));
        if (out.isEmpty()) throw new RecordingException(file + ": baseline has an empty runMetrics");
        return out;
    }

    private static Map<String, Object> readVersioned(Path file) throws RecordingException {
        Map<String, Object> root = read(file);
        Object v = root.get("schemaVersion");
        if (!(v instanceof Double)) throw new RecordingException(file + ": not a gilscope JSON summary (no schemaVersion)");
        int version = ((Double) v).intValue();
        if (version != Summary.SCHEMA_VERSION) {
            throw new RecordingException(file + ": summary schema version " + version + ", this gilscope reads version " + Summary.SCHEMA_VERSION);
        }
        return root;
    }

    private static Map<String, Double> metrics(Path file, Object m) throws RecordingException {
        if (!(m instanceof Map)) throw new RecordingException(file + ": summary has no metrics");
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) m).entrySet()) {
            out.put((String) e.getKey(), e.getValue() instanceof Double ? (Double) e.getValue() : Double.NaN);
        }
        return out;
    }

    /** Parses a JSON file whose top level is an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path file) throws RecordingException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RecordingException(file + ": no such file");
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
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default: return number();
        }
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
            String k = string();
            ws();
            if (i >= s.length() || s.charAt(i) != ':') throw error("expected ':'");
            i++;
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
                    if (i + 4 > s.length()) throw error("bad escape");
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                    break;
                default: sb.append(e);
            }
        }
        throw error("unterminated string");
    }

    private Double number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        if (start == i) throw error("unexpected character");
        try {
            return Double.parseDouble(s.substring(start, i));
        } catch (NumberFormatException e) {
            throw error("bad number");
        }
    }
}
