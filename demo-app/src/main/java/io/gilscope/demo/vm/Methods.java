package io.gilscope.demo.vm;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Methods of the builtin types, installed into their PyClass namespaces (args[0] is self). */
final class Methods {
    private Methods() { }

    static void install() {
        str();
        list();
        dict();
        set();
        tuple();
        Types.INT.def("bit_length", (a, k) -> (long) Ops.big(a[0]).abs().bitLength());
        Types.INT.def("__index__", (a, k) -> a[0]);
        Types.INT.def("to_bytes", (a, k) -> {
            Object[] p = Args.parse("to_bytes", a, k, 1, "self", "length", "byteorder", "signed");
            return new PyBytes(toBytes(Ops.big(a[0]), p[1] == null ? 1 : Ops.toLong(p[1]), p[2] == null ? "big" : Ops.str(p[2]),
                    p[3] != null && Ops.truthy(p[3])));
        });
        Types.INT.dict.put("from_bytes", new PyDescriptors.ClassMethod(new BuiltinFunction("from_bytes", (a, k) -> {
            Object[] p = Args.parse("from_bytes", a, k, 2, "cls", "bytes", "byteorder", "signed");
            byte[] b = p[1] instanceof PyBytes pb ? pb.data().clone() : PyBytes.fromInts(p[1]);   // or any iterable of ints, as bytes() takes
            if (byteOrder(p[2] == null ? "big" : Ops.str(p[2]))) reverse(b);
            BigInteger v = p[3] != null && Ops.truthy(p[3]) && b.length > 0 ? new BigInteger(b) : new BigInteger(1, b);
            return Ops.norm(v);
        })));
        bytes();
        generators();
        Types.OBJECT.def("__init__", (a, k) -> PyNone.NONE);
        Types.OBJECT.def("__eq__", (a, k) -> a[0] == a[1] ? Boolean.TRUE : PyNone.NOT_IMPLEMENTED);
        Types.OBJECT.def("__ne__", (a, k) -> Ops.objectNe(a[0], a[1]));
        Types.OBJECT.def("__hash__", (a, k) -> (long) System.identityHashCode(a[0]));
        // object.__new__(cls): an instance whose __init__ has not run (copy, pickle-like code)
        Types.OBJECT.def("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyClass c)) throw Errors.typeError("object.__new__(X): X is not a type object");
            if (c.constructor != null) throw Errors.typeError("object.__new__(" + c.name + ") is not safe, use " + c.name + ".__new__()");
            return new PyInstance(c);
        });
        // object.__setattr__(obj, name, value): the plain store, past a class's own __setattr__ (frozen dataclasses)
        objectSetattr = Types.OBJECT.def("__setattr__", (a, k) -> {
            if (a[0] instanceof PyInstance i) Ops.storeOwn(i, (String) a[1], a[2]);
            else Ops.setattr(a[0], (String) a[1], a[2]);
            return PyNone.NONE;
        });
        objectDelattr = Types.OBJECT.def("__delattr__", (a, k) -> {
            if (!(a[0] instanceof PyInstance i) || i.attrs.remove((String) a[1]) == null) {
                throw Errors.attributeError("'" + Ops.typeName(a[0]) + "' object has no attribute '" + a[1] + "'");
            }
            return PyNone.NONE;
        });
    }

    /** object.__setattr__ and __delattr__, which Ops does not call: they are what a store or a del does anyway. */
    static BuiltinFunction objectSetattr;
    static BuiltinFunction objectDelattr;

    private static String self(Object[] a) { return (String) a[0]; }

    /** str.maketrans(dict) or (from, to[, delete]): a table for str.translate, keyed by code point. */
    private static PyDict maketrans(Object[] a) {
        Args.count("maketrans", a, 1, 3);
        PyDict table = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict d)) throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            for (Object[] e : d.entries()) {
                Object key = e[0];
                if (key instanceof String s) {
                    if (s.codePointCount(0, s.length()) != 1) throw Errors.valueError("string keys in translate table must be of length 1");
                    key = (long) s.codePointAt(0);
                } else if (!(key instanceof Long)) {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
                table.put(key, e[1]);
            }
            return table;
        }
        if (!(a[0] instanceof String from) || !(a[1] instanceof String to)) throw Errors.typeError("maketrans() arguments must be str");
        int[] f = from.codePoints().toArray(), t = to.codePoints().toArray();
        if (f.length != t.length) throw Errors.valueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < f.length; i++) table.put((long) f[i], (long) t[i]);
        if (a.length == 3) {
            if (!(a[2] instanceof String del)) throw Errors.typeError("maketrans() argument 3 must be str");
            del.codePoints().forEach(cp -> table.put((long) cp, PyNone.NONE));
        }
        return table;
    }

    /** int.to_bytes: the two's complement (signed) or plain value in exactly {@code length} bytes. */
    private static byte[] toBytes(BigInteger v, long length, String order, boolean signed) {
        boolean little = byteOrder(order);
        if (length < 0) throw Errors.valueError("length argument must be non-negative");
        if (!signed && v.signum() < 0) throw Errors.overflow("can't convert negative int to unsigned");
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8 && !(v.signum() == 0)) throw Errors.overflow("int too big to convert");
        byte[] out = new byte[(int) length];
        byte[] two = v.toByteArray();   // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int from = two.length - 1 - i;
            out[out.length - 1 - i] = from >= 0 ? two[from] : fill;
        }
        if (little) reverse(out);
        return out;
    }

    /** true for "little", false for "big"; anything else is CPython's ValueError. */
    private static boolean byteOrder(String order) {
        if (order.equals("little")) return true;
        if (order.equals("big")) return false;
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    /** str.expandtabs: each tab to the next multiple of tabsize columns, counted from the line's start. */
    private static String expandTabs(String s, long tabsize) {
        StringBuilder b = new StringBuilder();
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    b.append(" ".repeat((int) n));
                    col += n;
                }
            } else {
                b.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return b.toString();
    }

    /** str.translate: each code point through table[cp] (a str, a code point, None to drop it; missing: kept). */
    private static String translate(String s, Object table) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object r;
            try {
                r = Ops.getitem(table, (long) cp);
            } catch (PyException e) {
                if (!Ops.isInstance(e.value, Errors.LOOKUP_ERROR)) throw e;
                b.appendCodePoint(cp);
                continue;
            }
            if (r == PyNone.NONE) continue;
            if (r instanceof String t) b.append(t);
            else if (r instanceof Long n) b.appendCodePoint(n.intValue());
            else throw Errors.typeError("character mapping must return integer, None or str");
        }
        return b.toString();
    }

    /** str.splitlines: at \n, \r, \r\n and the other boundaries CPython's str knows, ends kept if asked. */
    private static PyList splitLines(String s, boolean keepEnds) {
        PyList lines = new PyList();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\n\r\u000b\f\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) < 0) continue;
            int end = i;
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            lines.append(s.substring(start, keepEnds ? i + 1 : end));
            start = i + 1;
        }
        if (start < s.length()) lines.append(s.substring(start));
        return lines;
    }

    private static String strArg(Object o, String fname) {
        if (o instanceof String s) return s;
        throw Errors.typeError(fname + "() argument must be str, not " + Ops.typeName(o));
    }

    /** send, throw and close of generators and coroutines; a return ends them with StopIteration(value). */
    private static void generators() {
        for (PyClass g : new PyClass[]{Types.GENERATOR, Types.COROUTINE}) {
            g.def("send", (a, k) -> yielded((PyGenerator) a[0], ((PyGenerator) a[0]).send(a[1])));
            g.def("throw", (a, k) -> {
                Object exc = a[1] instanceof PyClass c ? c.call(a.length > 2 && a[2] != PyNone.NONE ? new Object[]{a[2]} : new Object[0], null) : a[1];
                if (!Errors.isException(exc)) throw Errors.typeError("exceptions must derive from BaseException");
                return yielded((PyGenerator) a[0], ((PyGenerator) a[0]).throwIn(new PyException((PyInstance) exc)));
            });
            g.def("close", (a, k) -> {
                ((PyGenerator) a[0]).close();
                return PyNone.NONE;
            });
        }
        Types.GENERATOR.def("__next__", (a, k) -> yielded((PyGenerator) a[0], ((PyGenerator) a[0]).next()));
        Types.ITERATOR.def("__next__", (a, k) -> {
            Object v = ((PyIter) a[0]).next();
            if (v == null) throw new PyException(Errors.instance(Errors.STOP_ITERATION));
            return v;
        });
        Types.GENERATOR.def("__iter__", (a, k) -> a[0]);
        Types.ITERATOR.def("__iter__", (a, k) -> a[0]);
    }

    private static Object yielded(PyGenerator g, Object v) {
        if (v == null) throw Errors.stopIteration(g.returnValue());
        return v;
    }

    private static void str() {
        PyClass c = Types.STR;
        c.def("split", (a, k) -> {
            Object[] p = Args.parse("split", a, k, 1, "self", "sep", "maxsplit");
            return split(self(a), p[1] == null || p[1] == PyNone.NONE ? null : strArg(p[1], "split"), p[2] == null ? -1 : Ops.toInt(p[2]));
        });
        c.def("rsplit", (a, k) -> {
            Object[] p = Args.parse("rsplit", a, k, 1, "self", "sep", "maxsplit");
            return rsplit(self(a), p[1] == null || p[1] == PyNone.NONE ? null : strArg(p[1], "rsplit"), p[2] == null ? -1 : Ops.toInt(p[2]));
        });
        c.def("splitlines", (a, k) -> {
            Object[] p = Args.parse("splitlines", a, k, 1, "self", "keepends");
            return splitLines(self(a), p[1] != null && Ops.truthy(p[1]));
        });
        c.def("join", (a, k) -> {
            StringBuilder b = new StringBuilder();
            String sep = self(a);
            boolean first = true;
            int index = 0;
            for (Object o : Ops.iterToList(a[1])) {
                if (!(o instanceof String s)) throw Errors.typeError("sequence item " + index + ": expected str instance, " + Ops.typeName(o) + " found");
                index++;
                if (!first) b.append(sep);
                b.append(s);
                first = false;
            }
            return b.toString();
        });
        c.def("strip", (a, k) -> strip(self(a), a.length > 1 ? a[1] : PyNone.NONE, true, true));
        c.def("lstrip", (a, k) -> strip(self(a), a.length > 1 ? a[1] : PyNone.NONE, true, false));
        c.def("rstrip", (a, k) -> strip(self(a), a.length > 1 ? a[1] : PyNone.NONE, false, true));
        c.def("upper", (a, k) -> self(a).toUpperCase());
        c.def("lower", (a, k) -> self(a).toLowerCase());
        c.def("casefold", (a, k) -> self(a).toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT).replace('ς', 'σ'));   // full folding: ß to ss, no final sigma
        c.dict.put("maketrans", new PyDescriptors.StaticMethod(new BuiltinFunction("maketrans", (a, k) -> maketrans(a))));
        c.def("title", (a, k) -> {
            StringBuilder b = new StringBuilder();
            boolean prevLetter = false;
            for (char ch : self(a).toCharArray()) {
                b.append(prevLetter ? Character.toLowerCase(ch) : Character.toUpperCase(ch));
                prevLetter = Character.isLetter(ch);
            }
            return b.toString();
        });
        c.def("capitalize", (a, k) -> {
            String s = self(a);
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase();
        });
        c.def("swapcase", (a, k) -> {
            StringBuilder b = new StringBuilder();
            for (char ch : self(a).toCharArray()) b.append(Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch));
            return b.toString();
        });
        c.def("replace", (a, k) -> {
            Args.count("replace", a, 3, 4);
            String s = self(a), old = strArg(a[1], "replace"), neu = strArg(a[2], "replace");
            long count = a.length > 3 ? Ops.toLong(a[3]) : -1;
            if (count < 0) return old.isEmpty() ? insertEverywhere(s, neu) : s.replace(old, neu);
            StringBuilder b = new StringBuilder();
            int from = 0;
            for (long n = 0; n < count; n++) {
                int i = s.indexOf(old, from);
                if (i < 0) break;
                b.append(s, from, i).append(neu);
                from = i + old.length();
            }
            return b.append(s.substring(from)).toString();
        });
        c.def("removeprefix", (a, k) -> {
            String s = (String) a[0], p = strArg(a[1], "removeprefix");
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        c.def("removesuffix", (a, k) -> {
            String s = (String) a[0], x = strArg(a[1], "removesuffix");
            return s.endsWith(x) && !x.isEmpty() ? s.substring(0, s.length() - x.length()) : s;
        });
        c.def("startswith", (a, k) -> affix(a, true));
        c.def("endswith", (a, k) -> affix(a, false));
        c.def("find", (a, k) -> (long) find(a, false));
        c.def("rfind", (a, k) -> (long) find(a, true));
        c.def("index", (a, k) -> {
            int i = find(a, false);
            if (i < 0) throw Errors.valueError("substring not found");
            return (long) i;
        });
        c.def("rindex", (a, k) -> {
            int i = find(a, true);
            if (i < 0) throw Errors.valueError("substring not found");
            return (long) i;
        });
        c.def("count", (a, k) -> {
            String s = self(a), sub = strArg(a[1], "count");
            if (sub.isEmpty()) return (long) s.length() + 1;
            long n = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
            return n;
        });
        c.def("format", (a, k) -> strFormat(self(a), a, k));
        c.def("format_map", (a, k) -> {   // the mapping's items as keyword arguments (no __missing__ lookups)
            Args.count("format_map", a, 2, 2);
            List<Object> keys = Ops.iterToList(Ops.call(Ops.getattr(a[1], "keys"), new Object[0], null));
            Object[] args = new Object[1 + keys.size()];
            String[] names = new String[keys.size()];
            args[0] = a[0];
            for (int i = 0; i < names.length; i++) {
                names[i] = Ops.str(keys.get(i));
                args[1 + i] = Ops.getitem(a[1], keys.get(i));
            }
            return strFormat(self(a), args, names);
        });
        c.def("isdigit", (a, k) -> !self(a).isEmpty() && self(a).chars().allMatch(Character::isDigit));
        c.def("isnumeric", (a, k) -> !self(a).isEmpty() && self(a).chars().allMatch(Character::isDigit));
        c.def("isdecimal", (a, k) -> !self(a).isEmpty() && self(a).chars().allMatch(Character::isDigit));
        c.def("isalpha", (a, k) -> !self(a).isEmpty() && self(a).chars().allMatch(Character::isLetter));
        c.def("isalnum", (a, k) -> !self(a).isEmpty() && self(a).chars().allMatch(Character::isLetterOrDigit));
        c.def("isspace", (a, k) -> !self(a).isEmpty() && self(a).chars().allMatch(Character::isWhitespace));
        c.def("isprintable", (a, k) -> self(a).codePoints().allMatch(Ops::isPrintable));
        c.def("isupper", (a, k) -> self(a).chars().anyMatch(Character::isLetter) && self(a).equals(self(a).toUpperCase()));
        c.def("islower", (a, k) -> self(a).chars().anyMatch(Character::isLetter) && self(a).equals(self(a).toLowerCase()));
        c.def("isidentifier", (a, k) -> self(a).matches("[A-Za-z_][A-Za-z0-9_]*"));
        c.def("center", (a, k) -> justify(a, '^'));
        c.def("expandtabs", (a, k) -> {
            Object[] p = Args.parse("expandtabs", a, k, 1, "self", "tabsize");
            return expandTabs(self(a), p[1] == null ? 8 : Ops.toLong(p[1]));
        });
        c.def("translate", (a, k) -> {
            Args.count("translate", a, 2, 2);
            return translate(self(a), a[1]);
        });
        c.def("ljust", (a, k) -> justify(a, '<'));
        c.def("rjust", (a, k) -> justify(a, '>'));
        c.def("zfill", (a, k) -> {
            String s = self(a);
            int w = Ops.toInt(a[1]);
            if (s.length() >= w) return s;
            String sign = s.startsWith("-") || s.startsWith("+") ? s.substring(0, 1) : "";
            return sign + "0".repeat(w - s.length()) + s.substring(sign.length());
        });
        c.def("partition", (a, k) -> {
            String s = self(a), sep = strArg(a[1], "partition");
            int i = s.indexOf(sep);
            return i < 0 ? PyTuple.of(s, "", "") : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
        });
        c.def("rpartition", (a, k) -> {
            String s = self(a), sep = strArg(a[1], "rpartition");
            int i = s.lastIndexOf(sep);
            return i < 0 ? PyTuple.of("", "", s) : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
        });
        c.def("encode", (a, k) -> {
            Object[] p = Args.parse("encode", a, k, 1, "self", "encoding", "errors");
            return new PyBytes(Codecs.encode(self(a), p[1], p[2]));
        });
        c.def("__len__", (a, k) -> (long) self(a).length());
    }

    private static String insertEverywhere(String s, String neu) {
        StringBuilder b = new StringBuilder(neu);
        for (char ch : s.toCharArray()) b.append(ch).append(neu);
        return b.toString();
    }

    /** str.rsplit: as split, but at most max splits counted from the right. */
    private static PyList rsplit(String s, String sep, int max) {
        if (max < 0) return split(s, sep, -1);
        if (sep != null && sep.isEmpty()) throw Errors.valueError("empty separator");
        List<Object> parts = new ArrayList<>();
        int end = s.length();
        for (int splits = 0; ; splits++) {
            if (sep == null) {
                while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
                if (end == 0) break;
                int start = end;
                while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) start--;
                if (splits >= max) {
                    parts.add(s.substring(0, end));
                    break;
                }
                parts.add(s.substring(start, end));
                end = start;
            } else {
                int i = splits < max ? s.lastIndexOf(sep, end - sep.length()) : -1;
                if (i < 0) {
                    parts.add(s.substring(0, end));
                    break;
                }
                parts.add(s.substring(i + sep.length(), end));
                end = i;
            }
        }
        Collections.reverse(parts);
        return new PyList(parts);
    }

    static PyList split(String s, String sep, int max) {
        PyList l = new PyList();
        if (sep == null) {
            int i = 0, n = s.length(), splits = 0;
            while (true) {
                while (i < n && Character.isWhitespace(s.charAt(i))) i++;
                if (i >= n) break;
                if (max >= 0 && splits >= max) {
                    l.append(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j))) j++;
                l.append(s.substring(i, j));
                splits++;
                i = j;
            }
            return l;
        }
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        int from = 0, splits = 0;
        while (max < 0 || splits < max) {
            int i = s.indexOf(sep, from);
            if (i < 0) break;
            l.append(s.substring(from, i));
            from = i + sep.length();
            splits++;
        }
        l.append(s.substring(from));
        return l;
    }

    private static String strip(String s, Object chars, boolean left, boolean right) {
        String set = chars == PyNone.NONE ? null : (String) chars;
        int i = 0, j = s.length();
        if (left) while (i < j && (set == null ? Character.isWhitespace(s.charAt(i)) : set.indexOf(s.charAt(i)) >= 0)) i++;
        if (right) while (j > i && (set == null ? Character.isWhitespace(s.charAt(j - 1)) : set.indexOf(s.charAt(j - 1)) >= 0)) j--;
        return s.substring(i, j);
    }

    private static Object affix(Object[] a, boolean prefix) {
        String s = self(a);
        int start = a.length > 2 ? (int) Math.max(0, Math.min(s.length(), Ops.toLong(a[2]) < 0 ? s.length() + Ops.toLong(a[2]) : Ops.toLong(a[2]))) : 0;
        s = s.substring(start);
        Object[] options = a[1] instanceof PyTuple t ? t.items : new Object[]{a[1]};
        for (Object o : options) {
            String x = strArg(o, prefix ? "startswith" : "endswith");
            if (prefix ? s.startsWith(x) : s.endsWith(x)) return true;
        }
        return false;
    }

    private static int find(Object[] a, boolean last) {
        String s = self(a), sub = strArg(a[1], "find");
        int start = a.length > 2 && a[2] != PyNone.NONE ? (int) clampIndex(Ops.toLong(a[2]), s.length()) : 0;
        int end = a.length > 3 && a[3] != PyNone.NONE ? (int) clampIndex(Ops.toLong(a[3]), s.length()) : s.length();
        if (end < start) return -1;
        String region = s.substring(start, end);
        int i = last ? region.lastIndexOf(sub) : region.indexOf(sub);
        return i < 0 ? -1 : i + start;
    }

    private static long clampIndex(long i, long n) {
        if (i < 0) i += n;
        return Math.max(0, Math.min(n, i));
    }

    private static Object justify(Object[] a, char align) {
        String s = self(a);
        int w = Ops.toInt(a[1]);
        String fill = a.length > 2 ? (String) a[2] : " ";
        if (s.length() >= w) return s;
        int padn = w - s.length();
        return switch (align) {
            case '<' -> s + fill.repeat(padn);
            case '>' -> fill.repeat(padn) + s;
            default -> {
                int left = padn / 2 + (padn & w & 1);
                yield fill.repeat(left) + s + fill.repeat(padn - left);
            }
        };
    }

    /** str.format: {} {0} {name} {0.attr} {0[1]} with !r/!s conversions and format specs. */
    static String strFormat(String fmt, Object[] a, String[] k) {
        Object[] pos = Args.positional(a, k);
        int auto = 1;
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < fmt.length()) {
            char ch = fmt.charAt(i);
            if (ch == '{' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') { b.append('{'); i += 2; continue; }
            if (ch == '}' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') { b.append('}'); i += 2; continue; }
            if (ch == '}') throw Errors.valueError("Single '}' encountered in format string");
            if (ch != '{') { b.append(ch); i++; continue; }
            int depth = 1, j = i + 1;
            while (j < fmt.length() && depth > 0) {
                if (fmt.charAt(j) == '{') depth++;
                else if (fmt.charAt(j) == '}') depth--;
                if (depth > 0) j++;
            }
            if (j >= fmt.length()) throw Errors.valueError("Single '{' encountered in format string");
            String field = fmt.substring(i + 1, j);
            i = j + 1;
            String spec = "";
            char conv = 0;
            int colon = field.indexOf(':');
            if (colon >= 0) { spec = field.substring(colon + 1); field = field.substring(0, colon); }
            int bang = field.indexOf('!');
            if (bang >= 0) { conv = field.charAt(bang + 1); field = field.substring(0, bang); }
            if (spec.contains("{")) spec = strFormat(spec, a, k);
            String head = field.split("[.\\[]", 2)[0];
            Object v;
            if (head.isEmpty()) {
                if (auto > pos.length - 1) throw Errors.indexError("Replacement index " + (auto - 1) + " out of range for positional args tuple");
                v = pos[auto++];
            } else if (Character.isDigit(head.charAt(0))) {
                int n = Integer.parseInt(head);
                if (n + 1 >= pos.length) throw Errors.indexError("Replacement index " + n + " out of range for positional args tuple");
                v = pos[n + 1];
            } else {
                v = Args.keyword(a, k, head);
                if (v == null) throw Errors.keyError(head);
            }
            String rest = field.substring(head.length());
            while (!rest.isEmpty()) {
                if (rest.startsWith(".")) {
                    int e = 1;
                    while (e < rest.length() && rest.charAt(e) != '.' && rest.charAt(e) != '[') e++;
                    v = Ops.getattr(v, rest.substring(1, e));
                    rest = rest.substring(e);
                } else {
                    int e = rest.indexOf(']');
                    String key = rest.substring(1, e);
                    v = Ops.getitem(v, key.matches("\\d+") ? (Object) Long.parseLong(key) : key);
                    rest = rest.substring(e + 1);
                }
            }
            if (conv == 'r') v = Ops.repr(v);
            else if (conv == 's') v = Ops.str(v);
            b.append(Format.format(v, spec));
        }
        return b.toString();
    }

    private static PyList lst(Object[] a) { return (PyList) a[0]; }

    private static void list() {
        PyClass c = Types.LIST;
        c.def("append", (a, k) -> { Args.count("append", a, 2, 2); lst(a).append(a[1]); return PyNone.NONE; });
        c.def("extend", (a, k) -> { lst(a).extend(Ops.iterToList(a[1])); return PyNone.NONE; });
        c.def("pop", (a, k) -> {
            PyList l = lst(a);
            long i = a.length > 1 ? Ops.toLong(a[1]) : -1;
            Object v = l.pop(i);
            if (v == null) throw Errors.indexError(l.size() == 0 ? "pop from empty list" : "pop index out of range");
            return v;
        });
        c.def("insert", (a, k) -> { lst(a).insert(Ops.toLong(a[1]), a[2]); return PyNone.NONE; });
        c.def("remove", (a, k) -> {
            // Compare outside the list's lock (__eq__ may run Python code), then remove that very item.
            PyList l = lst(a);
            while (true) {
                Object[] items = l.toArray();
                int found = -1;
                for (int i = 0; i < items.length && found < 0; i++) if (Ops.eq(items[i], a[1])) found = i;
                if (found < 0) throw Errors.valueError("list.remove(x): x not in list");
                synchronized (l) {
                    if (found < l.size() && l.get(found) == items[found]) {
                        l.removeAt(found);
                        return PyNone.NONE;
                    }
                }
            }
        });
        c.def("index", (a, k) -> {
            Object[] items = lst(a).toArray();
            for (int i = 0; i < items.length; i++) if (Ops.eq(items[i], a[1])) return (long) i;
            throw Errors.valueError(Ops.repr(a[1]) + " is not in list");
        });
        c.def("count", (a, k) -> {
            long n = 0;
            for (Object o : lst(a).toArray()) if (Ops.eq(o, a[1])) n++;
            return n;
        });
        c.def("sort", (a, k) -> {
            Object[] p = Args.parse("sort", a, k, 1, "self", "key", "reverse");
            Builtins.sortList(lst(a), p[1], p[2] != null && Ops.truthy(p[2]));
            return PyNone.NONE;
        });
        c.def("reverse", (a, k) -> {
            PyList l = lst(a);
            synchronized (l) {
                List<Object> items = new ArrayList<>(List.of(l.toArray()));
                Collections.reverse(items);
                l.setAll(items);
            }
            return PyNone.NONE;
        });
        c.def("clear", (a, k) -> { lst(a).clear(); return PyNone.NONE; });
        c.def("copy", (a, k) -> new PyList(List.of(lst(a).toArray())));
        c.def("__len__", (a, k) -> (long) lst(a).size());
    }

    private static PyDict dct(Object[] a) { return (PyDict) a[0]; }

    static void dictUpdate(PyDict d, Object src) {
        if (src instanceof PyDict o) { d.putAll(o); return; }
        // Anything with keys() is a mapping (a collections.abc.Mapping subclass), as CPython's dict() decides.
        if (src instanceof PyInstance i && i.cls.lookup("keys") != null) {
            Object keys = Ops.call(i.cls.lookup("keys"), new Object[]{src}, null);
            for (Object key : Ops.iterToList(keys)) d.put(key, Ops.getitem(src, key));
            return;
        }
        for (Object item : Ops.iterToList(src)) {
            List<Object> kv = Ops.iterToList(item);
            if (kv.size() != 2) throw Errors.valueError("dictionary update sequence element has length " + kv.size() + "; 2 is required");
            d.put(kv.get(0), kv.get(1));
        }
    }

    /** Methods of str that bytes shares: run on the bytes as Latin-1 text (one char per byte), results back as bytes. */
    private static final List<String> BYTES_AS_TEXT = List.of("count", "find", "rfind", "index", "rindex", "startswith", "endswith",
            "split", "rsplit", "splitlines", "replace", "strip", "lstrip", "rstrip", "join", "partition", "rpartition",
            "isdigit", "isspace", "center", "ljust", "rjust", "zfill", "expandtabs");

    private static void bytes() {
        PyClass c = Types.BYTES;
        c.def("decode", (a, k) -> {
            Object[] p = Args.parse("decode", a, k, 1, "self", "encoding", "errors");
            return Codecs.decode(((PyBytes) a[0]).data(), p[1], p[2]);
        });
        c.def("hex", (a, k) -> {
            StringBuilder b = new StringBuilder();
            for (byte x : ((PyBytes) a[0]).data()) b.append(String.format("%02x", x & 0xff));
            return b.toString();
        });
        for (String name : BYTES_AS_TEXT) {
            BuiltinFunction text = (BuiltinFunction) Types.STR.dict.get(name);
            c.def(name, (a, k) -> fromText(text.call(toText(name, a), k)));
        }
        // Case changes touch ASCII letters only, as CPython's bytes methods do.
        c.def("upper", (a, k) -> asciiCase((PyBytes) a[0], true));
        c.def("lower", (a, k) -> asciiCase((PyBytes) a[0], false));
        c.def("isalpha", (a, k) -> asciiAll((PyBytes) a[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"));
        c.def("isalnum", (a, k) -> asciiAll((PyBytes) a[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"));
        // Static and class methods, called on bytes itself: the first argument is theirs.
        c.def("maketrans", (a, k) -> {
            Args.count("maketrans", a, 2, 2);
            byte[] from = bytesArg(a[0], "maketrans"), to = bytesArg(a[1], "maketrans");
            if (from.length != to.length) throw Errors.valueError("maketrans arguments must have same length");
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte) i;
            for (int i = 0; i < from.length; i++) table[from[i] & 0xff] = to[i];
            return new PyBytes(table);
        });
        c.def("fromhex", (a, k) -> {
            String hex = strArg(a[a.length - 1], "fromhex").replace(" ", "");
            if (hex.length() % 2 != 0) throw Errors.valueError("non-hexadecimal number found in fromhex() arg");
            byte[] out = new byte[hex.length() / 2];
            for (int i = 0; i < out.length; i++) {
                int hi = Character.digit(hex.charAt(2 * i), 16), lo = Character.digit(hex.charAt(2 * i + 1), 16);
                if (hi < 0 || lo < 0) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (2 * i));
                out[i] = (byte) (hi << 4 | lo);
            }
            return new PyBytes(out);
        });
        c.def("translate", (a, k) -> {
            Args.count("translate", a, 2, 3);
            byte[] data = ((PyBytes) a[0]).data();
            byte[] table = a[1] == PyNone.NONE ? null : bytesArg(a[1], "translate");
            if (table != null && table.length != 256) throw Errors.valueError("translation table must be 256 characters long");
            byte[] delete = a.length > 2 ? bytesArg(a[2], "translate") : new byte[0];
            boolean[] dropped = new boolean[256];
            for (byte d : delete) dropped[d & 0xff] = true;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length);
            for (byte x : data) if (!dropped[x & 0xff]) out.write(table == null ? x : table[x & 0xff]);
            return new PyBytes(out.toByteArray());
        });
    }

    private static byte[] bytesArg(Object o, String fname) {
        if (o instanceof PyBytes b) return b.data();
        throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    /** A bytes method's arguments as the str method takes them: bytes as Latin-1 text; str is refused, as CPython does. */
    private static Object[] toText(String name, Object[] a) {
        Object[] t = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            Object v = a[i];
            if (v instanceof String) throw Errors.typeError("a bytes-like object is required, not 'str'");
            if (v instanceof PyBytes b) v = new String(b.data(), StandardCharsets.ISO_8859_1);
            else if (v instanceof PyList l) v = new PyList(Arrays.asList(textItems(l.toArray())));
            else if (v instanceof PyTuple tu) v = new PyTuple(textItems(tu.items));
            t[i] = v;
        }
        return t;
    }

    private static Object[] textItems(Object[] items) {
        Object[] t = new Object[items.length];
        for (int i = 0; i < items.length; i++) t[i] = items[i] instanceof PyBytes b ? new String(b.data(), StandardCharsets.ISO_8859_1) : items[i];
        return t;
    }

    /** A str method's result as the bytes method returns it: text back to bytes, in lists and tuples too. */
    private static Object fromText(Object r) {
        if (r instanceof String s) return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        if (r instanceof PyList l) {
            Object[] items = l.toArray();
            for (int i = 0; i < items.length; i++) items[i] = fromText(items[i]);
            return new PyList(Arrays.asList(items));
        }
        if (r instanceof PyTuple t) {
            Object[] items = t.items.clone();
            for (int i = 0; i < items.length; i++) items[i] = fromText(items[i]);
            return new PyTuple(items);
        }
        return r;
    }

    private static PyBytes asciiCase(PyBytes b, boolean upper) {
        byte[] out = b.data().clone();
        for (int i = 0; i < out.length; i++) {
            if (upper && out[i] >= 'a' && out[i] <= 'z') out[i] -= 32;
            if (!upper && out[i] >= 'A' && out[i] <= 'Z') out[i] += 32;
        }
        return new PyBytes(out);
    }

    private static boolean asciiAll(PyBytes b, String allowed) {
        if (b.data().length == 0) return false;
        for (byte x : b.data()) if (allowed.indexOf(x & 0xff) < 0) return false;
        return true;
    }

    private static void dict() {
        PyClass c = Types.DICT;
        c.def("get", (a, k) -> {
            Args.count("get", a, 2, 3);
            Object v = dct(a).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        c.def("keys", (a, k) -> new PyDictView(dct(a), "keys"));
        c.def("values", (a, k) -> new PyDictView(dct(a), "values"));
        c.def("items", (a, k) -> new PyDictView(dct(a), "items"));
        c.def("pop", (a, k) -> {
            Args.count("pop", a, 2, 3);
            Object v = dct(a).remove(a[1]);
            if (v != null) return v;
            if (a.length > 2) return a[2];
            throw Errors.keyError(a[1]);
        });
        c.def("popitem", (a, k) -> {
            Object[] kv = dct(a).popLast();
            if (kv == null) throw Errors.make(Errors.KEY_ERROR, "popitem(): dictionary is empty");
            return PyTuple.of(kv[0], kv[1]);
        });
        c.def("setdefault", (a, k) -> dct(a).setDefault(a[1], a.length > 2 ? a[2] : PyNone.NONE));
        c.def("update", (a, k) -> {
            Object[] pos = Args.positional(a, k);
            if (pos.length > 1) dictUpdate(dct(a), pos[1]);
            int nkw = k == null ? 0 : k.length;
            for (int i = 0; i < nkw; i++) dct(a).put(k[i], a[pos.length + i]);
            return PyNone.NONE;
        });
        c.def("clear", (a, k) -> { dct(a).clear(); return PyNone.NONE; });
        c.def("copy", (a, k) -> {
            PyDict d = new PyDict();
            d.putAll(dct(a));
            return d;
        });
        c.def("__len__", (a, k) -> (long) dct(a).size());
        c.dict.put("fromkeys", new PyDescriptors.StaticMethod(new BuiltinFunction("fromkeys", (a, k) -> {
            PyDict d = new PyDict();
            for (Object o : Ops.iterToList(a[0])) d.put(o, a.length > 1 ? a[1] : PyNone.NONE);
            return d;
        })));
    }

    private static PySet st(Object[] a) { return (PySet) a[0]; }

    private static void set() {
        for (PyClass c : new PyClass[]{Types.SET, Types.FROZENSET}) {
            c.def("union", (a, k) -> setOp(a, Op.OR));
            c.def("intersection", (a, k) -> setOp(a, Op.AND));
            c.def("difference", (a, k) -> setOp(a, Op.SUB));
            c.def("symmetric_difference", (a, k) -> setOp(a, Op.XOR));
            c.def("issubset", (a, k) -> { PySet o = toSet(a[1]); return st(a).items().stream().allMatch(o::contains); });
            c.def("issuperset", (a, k) -> { PySet s = st(a); return Ops.iterToList(a[1]).stream().allMatch(s::contains); });
            c.def("isdisjoint", (a, k) -> { PySet s = st(a); return Ops.iterToList(a[1]).stream().noneMatch(s::contains); });
            c.def("copy", (a, k) -> setOp(new Object[]{a[0]}, Op.OR));
            c.def("__len__", (a, k) -> (long) st(a).size());
        }
        PyClass c = Types.SET;
        c.def("add", (a, k) -> { st(a).add(a[1]); return PyNone.NONE; });
        c.def("remove", (a, k) -> {
            if (!st(a).remove(a[1])) throw Errors.keyError(a[1]);
            return PyNone.NONE;
        });
        c.def("discard", (a, k) -> { st(a).remove(a[1]); return PyNone.NONE; });
        c.def("pop", (a, k) -> {
            Object v = st(a).pop();
            if (v == null) throw Errors.make(Errors.KEY_ERROR, "pop from an empty set");
            return v;
        });
        c.def("clear", (a, k) -> { st(a).clear(); return PyNone.NONE; });
        c.def("update", (a, k) -> setUpdate(a, Op.OR));
        c.def("intersection_update", (a, k) -> setUpdate(a, Op.AND));
        c.def("difference_update", (a, k) -> setUpdate(a, Op.SUB));
        c.def("symmetric_difference_update", (a, k) -> setUpdate(a, Op.XOR));
    }

    private static Object setUpdate(Object[] a, int op) {
        for (int i = 1; i < a.length; i++) Ops.inplace(op, a[0], toSet(a[i]));
        return PyNone.NONE;
    }

    private static PySet toSet(Object o) {
        if (o instanceof PySet s) return s;
        PySet s = new PySet();
        s.addAll(o);
        return s;
    }

    private static Object setOp(Object[] a, int op) {
        Object acc = a[0];
        if (a.length == 1) return st(a).copy(st(a).frozen);
        for (int i = 1; i < a.length; i++) acc = Ops.binary(op, acc, toSet(a[i]));
        return acc;
    }

    private static void tuple() {
        PyClass c = Types.TUPLE;
        c.def("count", (a, k) -> {
            long n = 0;
            for (Object o : ((PyTuple) a[0]).items) if (Ops.eq(o, a[1])) n++;
            return n;
        });
        c.def("index", (a, k) -> {
            Object[] items = ((PyTuple) a[0]).items;
            for (int i = 0; i < items.length; i++) if (Ops.eq(items[i], a[1])) return (long) i;
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
    }
}
