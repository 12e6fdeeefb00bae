package io.gilscope.demo.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** repr of floats, format() with the format-spec mini-language, and printf-style '%'. */
public final class Format {
    private Format() { }

    /** Python's repr(float): shortest round-trip digits, scientific below 1e-4 and from 1e16. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        String sign = d < 0 ? "-" : "";
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - bd.scale() - 1;
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        StringBuilder b = new StringBuilder(sign);
        if (exp < 0) {
            b.append("0.").append("0".repeat(-exp - 1)).append(digits);
        } else if (digits.length() <= exp + 1) {
            b.append(digits).append("0".repeat(exp + 1 - digits.length())).append(".0");
        } else {
            b.append(digits, 0, exp + 1).append('.').append(digits.substring(exp + 1));
        }
        return b.toString();
    }

    /** The fewest significant digits that read back as d (JDK 17's Double.toString is not always shortest). */
    private static BigDecimal shortest(double d) {
        BigDecimal jdk = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int k = jdk.precision();
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= k; p++) {      // correctly rounded, like CPython's repr
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) return r.stripTrailingZeros();
        }
        return jdk;
    }

    private static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = '-';
        boolean alt;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
    }

    private static Spec parse(String s) {
        Spec sp = new Spec();
        int i = 0;
        int n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            sp.fill = s.charAt(0);
            sp.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) sp.sign = s.charAt(i++);
        if (i < n && s.charAt(i) == 'z') i++;
        if (i < n && s.charAt(i) == '#') { sp.alt = true; i++; }
        if (i < n && s.charAt(i) == '0') {
            if (sp.align == 0) { sp.fill = '0'; sp.align = '='; }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        if (i > start) sp.width = Integer.parseInt(s.substring(start, i));
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) sp.grouping = s.charAt(i++);
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
            if (i == start) throw Errors.valueError("Format specifier missing precision");
            sp.precision = Integer.parseInt(s.substring(start, i));
        }
        if (i < n) sp.type = s.charAt(i++);
        if (i < n) throw Errors.valueError("Invalid format specifier '" + s + "'");
        return sp;
    }

    /** format(value, spec). */
    public static String format(Object v, String spec) {
        if (v instanceof PyInstance i) {
            Object m = i.cls.lookup("__format__");
            if (m != null) return (String) Ops.call(m, new Object[]{v, spec}, null);
            if (spec.isEmpty()) return Ops.str(v);
            throw Errors.typeError("unsupported format string passed to " + i.cls.name + ".__format__");
        }
        if (spec.isEmpty()) return Ops.str(v);
        Spec sp = parse(spec);
        if (v instanceof Boolean b && sp.type == 0) return pad(Ops.str(v), sp, '<');
        if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
            if (sp.type == 0 || "dnbcoxX".indexOf(sp.type) >= 0) return formatInt(Ops.big(v), sp);
            if ("eEfFgG%".indexOf(sp.type) >= 0) return formatFloat(Ops.toDouble(v), sp);
            throw Errors.valueError("Unknown format code '" + sp.type + "' for object of type 'int'");
        }
        if (v instanceof Double d) {
            if (sp.type == 0 || "eEfFgG%".indexOf(sp.type) >= 0) return formatFloat(d, sp);
            throw Errors.valueError("Unknown format code '" + sp.type + "' for object of type 'float'");
        }
        if (v instanceof String s) {
            if (sp.type != 0 && sp.type != 's') throw Errors.valueError("Unknown format code '" + sp.type + "' for object of type 'str'");
            if (sp.precision >= 0 && s.length() > sp.precision) s = s.substring(0, sp.precision);
            return pad(s, sp, '<');
        }
        return pad(Ops.str(v), sp, '<');
    }

    private static String formatInt(BigInteger v, Spec sp) {
        String body;
        BigInteger a = v.abs();
        String prefix = "";
        switch (sp.type) {
            case 'b' -> { body = a.toString(2); prefix = sp.alt ? "0b" : ""; }
            case 'o' -> { body = a.toString(8); prefix = sp.alt ? "0o" : ""; }
            case 'x' -> { body = a.toString(16); prefix = sp.alt ? "0x" : ""; }
            case 'X' -> { body = a.toString(16).toUpperCase(); prefix = sp.alt ? "0X" : ""; }
            case 'c' -> { return pad(new String(Character.toChars(v.intValue())), sp, '<'); }
            default -> body = a.toString();
        }
        if (sp.grouping != 0) body = group(body, sp.grouping, sp.type == 'x' || sp.type == 'X' || sp.type == 'b' || sp.type == 'o' ? 4 : 3);
        return signAndPad(v.signum() < 0, prefix + body, sp);
    }

    private static String formatFloat(double d, Spec sp) {
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        char t = sp.type;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (Character.isUpperCase(t)) body = body.toUpperCase();
            if (t == '%') body += "%";
            return signAndPad(neg && !Double.isNaN(d), body, sp);
        }
        int p = sp.precision;
        switch (t) {
            case 'f', 'F' -> body = fixed(a, p < 0 ? 6 : p, sp.alt);
            case '%' -> body = fixed(a * 100, p < 0 ? 6 : p, sp.alt) + "%";
            case 'e', 'E' -> {
                body = sci(a, p < 0 ? 6 : p, sp.alt);
                if (t == 'E') body = body.toUpperCase();
            }
            case 'g', 'G' -> {
                body = general(a, p < 0 ? 6 : (p == 0 ? 1 : p), sp.alt, false);
                if (t == 'G') body = body.toUpperCase();
            }
            default -> body = p < 0 ? floatRepr(a) : general(a, p == 0 ? 1 : p, sp.alt, true);
        }
        if (sp.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : (body.indexOf('e') >= 0 ? body.indexOf('e') : body.length());
            if (body.endsWith("%") && dot < 0) end = body.length() - 1;
            body = group(body.substring(0, end), sp.grouping, 3) + body.substring(end);
        }
        return signAndPad(neg, body, sp);
    }

    static String fixed(double a, int p, boolean alt) {
        String s = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        if (p == 0 && alt) s += ".";
        return s;
    }

    static String sci(double a, int p, boolean alt) {
        if (a == 0) return "0" + (p > 0 ? "." + "0".repeat(p) : (alt ? "." : "")) + "e+00";
        BigDecimal r = new BigDecimal(a).round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - r.scale() - 1;
        if (digits.length() < p + 1) digits = digits + "0".repeat(p + 1 - digits.length());
        digits = digits.substring(0, p + 1);
        String mant = digits.charAt(0) + (p > 0 ? "." + digits.substring(1) : (alt ? "." : ""));
        return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String general(double a, int p, boolean alt, boolean noType) {
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
        }
        String s;
        if (exp >= -4 && exp < p) {
            s = fixed(a, Math.max(0, p - 1 - exp), alt);
            if (!alt && s.indexOf('.') >= 0) s = stripZeros(s);
            if (noType && s.indexOf('.') < 0) s += ".0";
        } else {
            s = sci(a, p - 1, alt);
            if (!alt) {
                int e = s.indexOf('e');
                String m = s.substring(0, e);
                if (m.indexOf('.') >= 0) m = stripZeros(m);
                s = m + s.substring(e);
            }
        }
        return s;
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') end--;
        if (end > 0 && s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }

    private static String group(String digits, char sep, int every) {
        StringBuilder b = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) b.append(sep);
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    private static String signAndPad(boolean negative, String body, Spec sp) {
        String sign = negative ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        if (sp.align == '=') {
            int padn = sp.width - sign.length() - body.length();
            if (padn > 0) {
                if (sp.fill == '0' && sp.grouping != 0) {
                    // zero padding with grouping: keep it simple and pad with zeros
                    return sign + String.valueOf(sp.fill).repeat(padn) + body;
                }
                return sign + String.valueOf(sp.fill).repeat(padn) + body;
            }
            return sign + body;
        }
        return pad(sign + body, sp, '>');
    }

    private static String pad(String s, Spec sp, char defaultAlign) {
        int padn = sp.width - s.length();
        if (padn <= 0) return s;
        char align = sp.align == 0 ? defaultAlign : sp.align;
        String f = String.valueOf(sp.fill);
        return switch (align) {
            case '<' -> s + f.repeat(padn);
            case '^' -> f.repeat(padn / 2) + s + f.repeat(padn - padn / 2);
            default -> f.repeat(padn) + s;
        };
    }

    /** A width or precision given as * in printf-style formatting: the next argument, an int. */
    private static long starArgument(Object[] args, int i) {
        if (i >= args.length) throw Errors.typeError("not enough arguments for format string");
        if (!(args[i] instanceof Long || args[i] instanceof Boolean)) throw Errors.typeError("* wants int");
        return Ops.toLong(args[i]);
    }

    /** printf-style formatting: "%s %d %.2f %r %x %%" with a tuple or single argument; * takes a width or precision from it. */
    public static String percent(String fmt, Object arg) {
        Object[] args = arg instanceof PyTuple t ? t.items : new Object[]{arg};
        PyDict mapping = arg instanceof PyDict d ? d : null;
        StringBuilder b = new StringBuilder();
        int ai = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') { b.append(c); continue; }
            if (i >= fmt.length()) throw Errors.valueError("incomplete format");
            Object value = null;
            if (fmt.charAt(i) == '(' && mapping != null) {
                int close = fmt.indexOf(')', i);
                value = mapping.get(fmt.substring(i + 1, close));
                if (value == null) throw Errors.keyError(fmt.substring(i + 1, close));
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < fmt.length() && "-+ 0#".indexOf(fmt.charAt(i)) >= 0) flags.append(fmt.charAt(i++));
            StringBuilder width = new StringBuilder();   // digits, or * for the next argument (negative: left-aligned)
            if (i < fmt.length() && fmt.charAt(i) == '*') {
                i++;
                long w = starArgument(args, ai++);
                if (w < 0) flags.append('-');
                width.append(Math.abs(w));
            }
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) width.append(fmt.charAt(i++));
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                width.append(fmt.charAt(i++));
                if (i < fmt.length() && fmt.charAt(i) == '*') {
                    i++;
                    width.append(Math.max(0, starArgument(args, ai++)));
                }
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) width.append(fmt.charAt(i++));
            }
            String wp = width.toString();
            if (i >= fmt.length()) throw Errors.valueError("incomplete format");
            char conv = fmt.charAt(i++);
            if (conv == '%') { b.append('%'); continue; }
            if (value == null) {
                if (ai >= args.length) throw Errors.typeError("not enough arguments for format string");
                value = args[ai++];
            }
            String spec;
            String fl = flags.toString();
            String align = fl.contains("-") ? "<" : "";
            String zero = fl.contains("0") && !fl.contains("-") ? "0" : "";
            String sign = fl.contains("+") ? "+" : fl.contains(" ") ? " " : "";
            switch (conv) {
                case 's' -> { spec = align + wp; b.append(format(Ops.str(value), spec.isEmpty() ? "" : (align.isEmpty() ? ">" : "") + spec)); }
                case 'r' -> { spec = align + wp; b.append(format(Ops.repr(value), spec.isEmpty() ? "" : (align.isEmpty() ? ">" : "") + spec)); }
                case 'd', 'i', 'u' -> {
                    if (!Ops.isNum(value)) throw Errors.typeError("%" + conv + " format: a real number is required, not " + Ops.typeName(value));
                    Object iv = value instanceof Double dv ? Ops.norm(new BigDecimal(dv).toBigInteger()) : value;
                    b.append(format(iv, align + sign + zero + wp + "d"));
                }
                case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                    if (!Ops.isNum(value)) throw Errors.typeError("must be real number, not " + Ops.typeName(value));
                    b.append(format(Ops.toDouble(value), align + sign + zero + (wp.contains(".") ? wp : wp + ".6") + conv));
                }
                case 'x', 'X', 'o' -> b.append(format(value, align + sign + (fl.contains("#") ? "#" : "") + zero + wp + conv));
                case 'c' -> b.append(value instanceof String s ? s : new String(Character.toChars(Ops.toInt(value))));
                default -> throw Errors.valueError("unsupported format character '" + conv + "'");
            }
        }
        if (ai < args.length && mapping == null) throw Errors.typeError("not all arguments converted during string formatting");
        return b.toString();
    }
}
