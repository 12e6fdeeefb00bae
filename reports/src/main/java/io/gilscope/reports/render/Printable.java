package io.gilscope.reports.render;

/**
 * Text from a recording or an input file made safe to show: thread names, class names, paths and
 * values are whatever a program or a hostile file chose. Control characters (C0 and C1, so ANSI
 * escapes and CR/LF that would forge lines in a CI log, and DEL) and format characters (bidi
 * overrides that reorder what follows) become visible {@code \\uXXXX}; names longer than
 * {@link #MAX_NAME} are shortened where tables show them (JSON keeps them whole).
 */
public final class Printable {
    /** The longest name a table shows in full. */
    public static final int MAX_NAME = 200;

    private Printable() {}

    /** One line for a terminal: every control and format character escaped. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** For HTML (which escapes markup itself): as {@link #line}, but line breaks and tabs stay (stack traces). */
    static String html(String text) {
        return escape(text, true);
    }

    /** {@link #line}, shortened to {@link #MAX_NAME} characters with the length it had. */
    public static String name(String text) {
        String safe = line(text);
        if (safe.length() <= MAX_NAME) return safe;
        return safe.substring(0, MAX_NAME - 20) + "… (" + safe.length() + " chars)";
    }

    private static String escape(String text, boolean keepLineBreaks) {
        if (text == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)
                    && !(keepLineBreaks && (c == '\n' || c == '\t'));
            if (unsafe && b == null) b = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (b == null) continue;
            if (unsafe) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b == null ? text : b.toString();
    }
}
