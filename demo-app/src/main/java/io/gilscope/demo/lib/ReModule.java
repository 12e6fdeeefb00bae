package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyIter;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.Types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * re, on java.util.regex (a backtracking engine like CPython's sre). Patterns are translated
 * ({@link #translate}): named groups become numbered ones (Java's names cannot hold '_'), {@code \Z},
 * {@code {,n}}, literal braces and brackets, and Python's flags. Matches, substitution templates,
 * findall, split and sub follow Python's rules. Positions count UTF-16 units (as this interpreter's str
 * indexing does). Not provided: bytes patterns, re.DEBUG, {@code \N{name}} and {@code \U} escapes.
 */
public final class ReModule {
    private ReModule() { }

    static final int IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32, VERBOSE = 64, ASCII = 256;

    static final PyClass PATTERN = new PyClass("Pattern", Types.OBJECT);
    static final PyClass MATCH = new PyClass("Match", Types.OBJECT);
    static final PyClass ERROR = Errors.moduleError("error", Errors.EXCEPTION, "re");

    /** A compiled pattern: Java's, with the Python group names and the source and flags it came from. */
    record Compiled(String source, int flags, Pattern pattern, Map<String, Integer> names) { }

    private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();

    static {
        PATTERN.module = "re";
        MATCH.module = "re";
        definePattern();
        defineMatch();
    }

    public static PyModule create() {
        PyModule m = new PyModule("re");
        m.put("Pattern", PATTERN);
        m.put("Match", MATCH);
        m.put("error", ERROR);
        String[][] flagNames = {{"I", "IGNORECASE"}, {"L", "LOCALE"}, {"M", "MULTILINE"}, {"S", "DOTALL"}, {"U", "UNICODE"}, {"X", "VERBOSE"}, {"A", "ASCII"}};
        int[] values = {IGNORECASE, LOCALE, MULTILINE, DOTALL, UNICODE, VERBOSE, ASCII};
        for (int i = 0; i < flagNames.length; i++) {
            m.put(flagNames[i][0], (long) values[i]);
            m.put(flagNames[i][1], (long) values[i]);
        }
        m.put("NOFLAG", 0L);
        m.def("compile", (a, k) -> {
            Object[] p = Args.parse("compile", a, k, 1, "pattern", "flags");
            return p[0] instanceof PyInstance i && i.cls == PATTERN ? p[0] : pattern(compile(p[0], flagsOf(p[1])));
        });
        for (String f : new String[] {"search", "match", "fullmatch", "findall", "finditer", "split"}) {
            m.def(f, (a, k) -> {
                Object[] p = Args.parse(f, a, k, 2, "pattern", "string", f.equals("split") ? "maxsplit" : "flags", "flags");
                int flags = flagsOf(f.equals("split") ? p[3] : p[2]);
                Object maxsplit = f.equals("split") ? p[2] : null;
                return patternMethod(f, compiled(p[0], flags), p[1], maxsplit == null ? new Object[0] : new Object[] {maxsplit});
            });
        }
        for (String f : new String[] {"sub", "subn"}) {
            m.def(f, (a, k) -> {
                Object[] p = Args.parse(f, a, k, 3, "pattern", "repl", "string", "count", "flags");
                return substitute(compiled(p[0], flagsOf(p[4])), p[1], str(p[2]), p[3] == null ? 0 : Ops.toInt(p[3]), f.equals("subn"));
            });
        }
        m.def("escape", (a, k) -> {
            Args.count("escape", a, 1, 1);
            StringBuilder b = new StringBuilder();
            for (char c : str(a[0]).toCharArray()) {
                if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) b.append('\\');
                b.append(c);
            }
            return b.toString();
        });
        m.def("purge", (a, k) -> {
            CACHE.clear();
            return PyNone.NONE;
        });
        return m;
    }

    private static int flagsOf(Object o) {
        return o == null ? 0 : Ops.toInt(o);
    }

    private static String str(Object o) {
        if (o instanceof String s) return s;
        throw Errors.typeError("expected string or bytes-like object, got '" + Ops.typeName(o) + "'");
    }

    private static Compiled compiled(Object pattern, int flags) {
        if (pattern instanceof PyInstance i && i.cls == PATTERN) {
            if (flags != 0) throw Errors.valueError("cannot process flags argument with a compiled pattern");
            return (Compiled) i.nativeState;
        }
        return compile(pattern, flags);
    }

    static Compiled compile(Object pattern, int flags) {
        if (!(pattern instanceof String source)) {
            throw Errors.typeError(Ops.typeName(pattern).equals("bytes") ? "bytes patterns are not supported by gilscope's interpreter"
                    : "first argument must be string or compiled pattern");
        }
        return CACHE.computeIfAbsent(flags + ":" + source, key -> {
            Map<String, Integer> names = new LinkedHashMap<>();
            String java = translate(source, names);
            int f = Pattern.UNIX_LINES;
            if ((flags & IGNORECASE) != 0) f |= Pattern.CASE_INSENSITIVE | ((flags & ASCII) == 0 ? Pattern.UNICODE_CASE : 0);
            if ((flags & MULTILINE) != 0) f |= Pattern.MULTILINE;
            if ((flags & DOTALL) != 0) f |= Pattern.DOTALL;
            if ((flags & VERBOSE) != 0) f |= Pattern.COMMENTS;
            if ((flags & ASCII) == 0) f |= Pattern.UNICODE_CHARACTER_CLASS;
            try {
                return new Compiled(source, flags | ((flags & ASCII) == 0 ? UNICODE : 0), Pattern.compile(java, f), names);
            } catch (PatternSyntaxException e) {
                throw new PyException(Errors.instance(ERROR, e.getDescription() + " at position " + Math.max(0, e.getIndex())));
            }
        });
    }

    /**
     * Python's regular expression syntax as Java's: (?P<name>...) and (?<name>...) become numbered groups
     * (recorded in names), (?P=name) a numbered backreference, (?#...) nothing, \Z \z, {,n} {0,n}; a
     * brace that starts no repeat and a '[' or '&&' inside a class are escaped, as Python reads them literally.
     */
    static String translate(String p, Map<String, Integer> names) {
        StringBuilder out = new StringBuilder();
        int groups = 0;
        boolean inClass = false;
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) throw new PyException(Errors.instance(ERROR, "bad escape (end of pattern) at position " + i));
                char d = p.charAt(++i);
                if (d == 'Z' && !inClass) out.append("\\z");
                else if (d == '0') out.append("\\x00");
                else out.append('\\').append(d);
                continue;
            }
            if (inClass) {
                if (c == ']') inClass = false;
                else if (c == '[' || c == '&' && i + 1 < n && p.charAt(i + 1) == '&') { out.append('\\').append(c); continue; }
                out.append(c);
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    out.append(c);
                    if (i + 1 < n && p.charAt(i + 1) == '^') out.append(p.charAt(++i));
                    if (i + 1 < n && p.charAt(i + 1) == ']') { out.append("\\]"); i++; }   // a first ']' is literal
                }
                case '{' -> {
                    int close = p.indexOf('}', i);
                    String body = close < 0 ? null : p.substring(i + 1, close);
                    if (body != null && body.matches("\\d+|\\d+,\\d*|,\\d+")) {
                        out.append('{').append(body.startsWith(",") ? "0" + body : body).append('}');
                        i = close;
                    } else {
                        out.append("\\{");
                    }
                }
                case '}' -> out.append("\\}");
                case '(' -> {
                    if (p.startsWith("(?P<", i) || p.startsWith("(?<", i) && i + 3 < n && p.charAt(i + 3) != '=' && p.charAt(i + 3) != '!') {
                        int start = p.indexOf('<', i) + 1, end = p.indexOf('>', start);
                        if (end < 0) throw new PyException(Errors.instance(ERROR, "missing >, unterminated name at position " + start));
                        String name = p.substring(start, end);
                        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new PyException(Errors.instance(ERROR, "bad character in group name '" + name + "' at position " + start));
                        if (names.containsKey(name)) throw new PyException(Errors.instance(ERROR, "redefinition of group name '" + name + "' as group " + (groups + 1) + "; was group " + names.get(name) + " at position " + start));
                        names.put(name, ++groups);
                        out.append('(');
                        i = end;
                    } else if (p.startsWith("(?P=", i)) {
                        int end = p.indexOf(')', i);
                        String name = end < 0 ? "" : p.substring(i + 4, end);
                        Integer g = names.get(name);
                        if (g == null) throw new PyException(Errors.instance(ERROR, "unknown group name '" + name + "' at position " + (i + 4)));
                        out.append("(?:\\").append(g).append(')');
                        i = end;
                    } else if (p.startsWith("(?#", i)) {
                        int end = p.indexOf(')', i);
                        if (end < 0) throw new PyException(Errors.instance(ERROR, "missing ), unterminated comment at position " + i));
                        i = end;
                    } else if (p.startsWith("(?", i)) {
                        out.append("(?");
                        i++;
                        while (i + 1 < n && "aiLmsux".indexOf(p.charAt(i + 1)) >= 0) {   // inline flags: Python's a and L have no Java twin
                            char f = p.charAt(++i);
                            if (f != 'a' && f != 'L' && f != 'u') out.append(f);
                        }
                    } else {
                        groups++;
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ---- Pattern ------------------------------------------------------------------------------

    private static PyInstance pattern(Compiled c) {
        PyInstance i = new PyInstance(PATTERN);
        i.nativeState = c;
        return i;
    }

    private static Compiled self(Object o) {
        return (Compiled) ((PyInstance) o).nativeState;
    }

    private static void definePattern() {
        for (String f : new String[] {"search", "match", "fullmatch", "findall", "finditer", "split"}) {
            PATTERN.def(f, (a, k) -> {
                Object[] p = f.equals("split") ? Args.parse(f, a, k, 2, "self", "string", "maxsplit")
                        : Args.parse(f, a, k, 2, "self", "string", "pos", "endpos");
                Object[] rest = f.equals("split") ? new Object[] {p[2] == null ? 0L : p[2]} : new Object[] {p[2], p[3]};
                return patternMethod(f, self(a[0]), p[1], rest);
            });
        }
        for (String f : new String[] {"sub", "subn"}) {
            PATTERN.def(f, (a, k) -> {
                Object[] p = Args.parse(f, a, k, 3, "self", "repl", "string", "count");
                return substitute(self(a[0]), p[1], str(p[2]), p[3] == null ? 0 : Ops.toInt(p[3]), f.equals("subn"));
            });
        }
        PATTERN.defProperty("pattern", (a, k) -> self(a[0]).source());
        PATTERN.defProperty("flags", (a, k) -> (long) self(a[0]).flags());
        PATTERN.defProperty("groups", (a, k) -> (long) self(a[0]).pattern().matcher("").groupCount());
        PATTERN.defProperty("groupindex", (a, k) -> {
            PyDict d = new PyDict();
            self(a[0]).names().forEach((name, g) -> d.put(name, (long) g));
            return d;
        });
        PATTERN.def("__repr__", (a, k) -> "re.compile(" + Ops.repr(self(a[0]).source()) + ")");
        PATTERN.def("__eq__", (a, k) -> a[1] instanceof PyInstance o && o.cls == PATTERN && self(o).equals(self(a[0])));
        PATTERN.def("__hash__", (a, k) -> (long) self(a[0]).hashCode());
    }

    /** search, match, fullmatch, findall, finditer and split, with their pos/endpos or maxsplit in rest. */
    private static Object patternMethod(String f, Compiled c, Object string, Object[] rest) {
        String s = str(string);
        if (f.equals("split")) return split(c, s, rest.length == 0 || rest[0] == null ? 0 : Ops.toInt(rest[0]));
        int len = s.length();
        int pos = rest.length > 0 && rest[0] != null ? clamp(Ops.toInt(rest[0]), len) : 0;
        int endpos = rest.length > 1 && rest[1] != null ? clamp(Ops.toInt(rest[1]), len) : len;
        Matcher m = c.pattern().matcher(s);
        m.region(pos, Math.max(pos, endpos));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        switch (f) {
            case "search": return m.find() ? match(c, m, s, pos, endpos) : PyNone.NONE;
            case "match": return m.lookingAt() ? match(c, m, s, pos, endpos) : PyNone.NONE;
            case "fullmatch": return m.matches() ? match(c, m, s, pos, endpos) : PyNone.NONE;
            case "findall": {
                PyList out = new PyList();
                while (m.find()) out.append(findallItem(m));
                return out;
            }
            default: {
                int p0 = pos, e0 = endpos;
                return (PyIter) () -> m.find() ? match(c, m, s, p0, e0) : null;
            }
        }
    }

    private static int clamp(int i, int len) {
        return i < 0 ? 0 : Math.min(i, len);
    }

    private static Object findallItem(Matcher m) {
        int g = m.groupCount();
        if (g == 0) return m.group();
        if (g == 1) return m.group(1) == null ? "" : m.group(1);
        Object[] items = new Object[g];
        for (int i = 1; i <= g; i++) items[i - 1] = m.group(i) == null ? "" : m.group(i);
        return new PyTuple(items);
    }

    private static PyList split(Compiled c, String s, int maxsplit) {
        PyList out = new PyList();
        Matcher m = c.pattern().matcher(s);
        int last = 0, splits = 0;
        while ((maxsplit <= 0 || splits < maxsplit) && m.find()) {
            out.append(s.substring(last, m.start()));
            for (int i = 1; i <= m.groupCount(); i++) out.append(m.group(i) == null ? PyNone.NONE : m.group(i));
            last = m.end();
            splits++;
        }
        out.append(s.substring(last));
        return out;
    }

    private static Object substitute(Compiled c, Object repl, String s, int count, boolean withCount) {
        Matcher m = c.pattern().matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0, n = 0;
        List<Object> template = repl instanceof String t ? parseTemplate(t, c) : null;
        while ((count <= 0 || n < count) && m.find()) {
            out.append(s, last, m.start());
            if (template != null) {
                out.append(expand(template, m));
            } else {
                Object r = Ops.call(repl, new Object[] {match(c, m, s, 0, s.length())}, null);
                out.append(str(r));
            }
            last = m.end();
            n++;
        }
        out.append(s.substring(last));
        return withCount ? new PyTuple(new Object[] {out.toString(), (long) n}) : out.toString();
    }

    /** A replacement template: literal strings and group numbers (Integer), after Python's escapes. */
    private static List<Object> parseTemplate(String t, Compiled c) {
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int groups = c.pattern().matcher("").groupCount();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch != '\\' || i + 1 == t.length()) {
                if (ch == '\\') throw new PyException(Errors.instance(ERROR, "bad escape (end of pattern) at position " + i));
                lit.append(ch);
                continue;
            }
            char d = t.charAt(++i);
            Integer g = null;
            if (d == 'g') {
                int end = t.indexOf('>', i);
                if (i + 1 >= t.length() || t.charAt(i + 1) != '<' || end < 0) throw new PyException(Errors.instance(ERROR, "missing < at position " + (i + 1)));
                String name = t.substring(i + 2, end);
                g = name.matches("\\d+") ? Integer.valueOf(name) : c.names().get(name);
                if (g == null) throw Errors.make(Errors.INDEX_ERROR, "unknown group name '" + name + "'");
                i = end;
            } else if (Character.isDigit(d)) {
                int j = i + 1;
                if (j < t.length() && Character.isDigit(t.charAt(j))) j++;
                g = Integer.valueOf(t.substring(i, j));
                i = j - 1;
            } else {
                int esc = "nrtfvab\\".indexOf(d);
                if (esc < 0) {
                    if (Character.isLetterOrDigit(d)) throw new PyException(Errors.instance(ERROR, "bad escape \\" + d + " at position " + (i - 1)));
                    lit.append('\\').append(d);
                } else {
                    lit.append("\n\r\t\f\u000b\u0007\b\\".charAt(esc));
                }
                continue;
            }
            if (g > groups) throw new PyException(Errors.instance(ERROR, "invalid group reference " + g + " at position " + (i - 1)));
            if (lit.length() > 0) parts.add(lit.toString());
            lit.setLength(0);
            parts.add(g);
        }
        if (lit.length() > 0) parts.add(lit.toString());
        return parts;
    }

    private static String expand(List<Object> template, Matcher m) {
        StringBuilder b = new StringBuilder();
        for (Object part : template) {
            if (part instanceof Integer g) {
                String v = m.group(g);
                if (v != null) b.append(v);
            } else {
                b.append((String) part);
            }
        }
        return b.toString();
    }

    // ---- Match --------------------------------------------------------------------------------

    /** A match's state, fixed when it was made (the Matcher moves on in finditer and sub). */
    record Found(Compiled compiled, String string, int pos, int endpos, int[] starts, int[] ends) {
        String group(int g) { return starts[g] < 0 ? null : string.substring(starts[g], ends[g]); }
    }

    private static PyInstance match(Compiled c, Matcher m, String s, int pos, int endpos) {
        int n = m.groupCount() + 1;
        int[] starts = new int[n], ends = new int[n];
        for (int g = 0; g < n; g++) {
            starts[g] = m.start(g);
            ends[g] = m.end(g);
        }
        PyInstance i = new PyInstance(MATCH);
        i.nativeState = new Found(c, s, pos, endpos, starts, ends);
        return i;
    }

    private static Found found(Object o) {
        return (Found) ((PyInstance) o).nativeState;
    }

    private static int groupIndex(Found f, Object g) {
        if (g instanceof String name) {
            Integer i = f.compiled().names().get(name);
            if (i == null) throw Errors.make(Errors.INDEX_ERROR, "no such group");
            return i;
        }
        long i = g instanceof Long || g instanceof Boolean ? Ops.toLong(g) : -1;
        if (i < 0 || i >= f.starts().length) throw Errors.make(Errors.INDEX_ERROR, "no such group");
        return (int) i;
    }

    private static Object orNone(String s, Object dflt) {
        return s == null ? dflt : s;
    }

    private static void defineMatch() {
        MATCH.def("group", (a, k) -> {
            Found f = found(a[0]);
            if (a.length <= 2) return orNone(f.group(a.length == 1 ? 0 : groupIndex(f, a[1])), PyNone.NONE);
            Object[] out = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) out[i - 1] = orNone(f.group(groupIndex(f, a[i])), PyNone.NONE);
            return new PyTuple(out);
        });
        MATCH.def("__getitem__", (a, k) -> orNone(found(a[0]).group(groupIndex(found(a[0]), a[1])), PyNone.NONE));
        MATCH.def("groups", (a, k) -> {
            Object[] p = Args.parse("groups", a, k, 1, "self", "default");
            Found f = found(a[0]);
            Object[] out = new Object[f.starts().length - 1];
            for (int g = 1; g < f.starts().length; g++) out[g - 1] = orNone(f.group(g), p[1] == null ? PyNone.NONE : p[1]);
            return new PyTuple(out);
        });
        MATCH.def("groupdict", (a, k) -> {
            Object[] p = Args.parse("groupdict", a, k, 1, "self", "default");
            Found f = found(a[0]);
            PyDict d = new PyDict();
            f.compiled().names().forEach((name, g) -> d.put(name, orNone(f.group(g), p[1] == null ? PyNone.NONE : p[1])));
            return d;
        });
        MATCH.def("start", (a, k) -> (long) found(a[0]).starts()[a.length > 1 ? groupIndex(found(a[0]), a[1]) : 0]);
        MATCH.def("end", (a, k) -> (long) found(a[0]).ends()[a.length > 1 ? groupIndex(found(a[0]), a[1]) : 0]);
        MATCH.def("span", (a, k) -> {
            Found f = found(a[0]);
            int g = a.length > 1 ? groupIndex(f, a[1]) : 0;
            return new PyTuple(new Object[] {(long) f.starts()[g], (long) f.ends()[g]});
        });
        MATCH.def("expand", (a, k) -> {
            Found f = found(a[0]);
            StringBuilder b = new StringBuilder();
            for (Object part : parseTemplate(str(a[1]), f.compiled())) b.append(part instanceof Integer g ? orNone(f.group(g), "") : part);
            return b.toString();
        });
        MATCH.defProperty("string", (a, k) -> found(a[0]).string());
        MATCH.defProperty("re", (a, k) -> pattern(found(a[0]).compiled()));
        MATCH.defProperty("pos", (a, k) -> (long) found(a[0]).pos());
        MATCH.defProperty("endpos", (a, k) -> (long) found(a[0]).endpos());
        MATCH.defProperty("lastindex", (a, k) -> {
            Found f = found(a[0]);
            int last = -1, lastEnd = -1;
            for (int g = 1; g < f.starts().length; g++) {
                if (f.starts()[g] >= 0 && f.ends()[g] > lastEnd) { last = g; lastEnd = f.ends()[g]; }   // the group that closed last
            }
            return last < 0 ? PyNone.NONE : (Object) (long) last;
        });
        MATCH.def("__repr__", (a, k) -> {
            Found f = found(a[0]);
            return "<re.Match object; span=(" + f.starts()[0] + ", " + f.ends()[0] + "), match=" + Ops.repr(f.group(0)) + ">";
        });
        MATCH.def("__bool__", (a, k) -> true);
    }
}
