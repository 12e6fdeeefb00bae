package io.gilscope.demo.lex;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Source text to tokens, with Python's NEWLINE/INDENT/DEDENT. */
public final class Scanner {
    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");
    private static final String[] OPS = {
            "**=", "//=", ">>=", "<<=", "...", "->", ":=",
            "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
            "+", "-", "*", "/", "%", "@", "<", ">", "=", ".", ",", ":", ";", "(", ")", "[", "]", "{", "}",
            "&", "|", "^", "~"};

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int start = 0;
    private int current = 0;
    private int line = 1;
    private int lineStart = 0;
    private int parens = 0;
    /** Open brackets: {char, line, col} for "'(' was never closed". */
    private final Deque<int[]> open = new ArrayDeque<>();
    private boolean atLineStart = true;

    public Scanner(String src) {
        this.src = src.endsWith("\n") ? src : src + "\n";
        indents.push(0);
    }

    public List<Token> scanTokens() {
        while (!isAtEnd()) {
            if (atLineStart && parens == 0) {
                indentation();
                if (isAtEnd()) break;
            }
            start = current;
            scanToken();
        }
        if (!open.isEmpty()) {
            int[] o = open.peek();
            throw new SyntaxError("'" + (char) o[0] + "' was never closed", o[1], o[2]);
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() != TokenType.NEWLINE) add(TokenType.NEWLINE, "", null);
        while (indents.peek() > 0) {
            indents.pop();
            add(TokenType.DEDENT, "", null);
        }
        add(TokenType.EOF, "", null);
        return tokens;
    }

    private void indentation() {
        while (true) {
            int width = 0;
            int p = current;
            while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
                width = src.charAt(p) == '\t' ? (width / 8 + 1) * 8 : width + 1;
                p++;
            }
            if (p >= src.length()) { current = p; return; }
            char c = src.charAt(p);
            if (c == '\n' || c == '#' || c == '\r') {       // blank or comment-only line
                while (p < src.length() && src.charAt(p) != '\n') p++;
                current = p + 1;
                newLine();
                if (current >= src.length()) return;
                continue;
            }
            current = p;
            start = p;
            atLineStart = false;
            if (width > indents.peek()) {
                indents.push(width);
                add(TokenType.INDENT, "", null);
            } else {
                while (width < indents.peek()) {
                    indents.pop();
                    add(TokenType.DEDENT, "", null);
                }
                if (width != indents.peek()) throw error("IndentationError", "unindent does not match any outer indentation level");
            }
            return;
        }
    }

    private void scanToken() {
        char c = advance();
        switch (c) {
            case ' ', '\t', '\r', '\f' -> { }
            case '#' -> { while (peek() != '\n' && !isAtEnd()) advance(); }
            case '\\' -> {
                if (peek() == '\r') advance();
                if (peek() != '\n') throw error("SyntaxError", "unexpected character after line continuation character");
                advance();
                newLine();
            }
            case '\n' -> {
                if (parens == 0) {
                    add(TokenType.NEWLINE, "", null);
                    atLineStart = true;
                }
                newLine();
            }
            case '"', '\'' -> string(c, "");
            default -> {
                if (isDigit(c) || (c == '.' && isDigit(peek()))) number();
                else if (isAlpha(c)) identifier();
                else operator();
            }
        }
    }

    private void identifier() {
        while (isAlnum(peek())) advance();
        String text = src.substring(start, current);
        if ((peek() == '"' || peek() == '\'') && text.length() <= 2 && text.toLowerCase().matches("[rbfu]|rb|br|fr|rf")) {
            String prefix = text.toLowerCase();
            string(advance(), prefix);
            return;
        }
        add(KEYWORDS.contains(text) ? TokenType.KEYWORD : TokenType.NAME, text, null);
    }

    private void number() {
        char first = src.charAt(start);
        if (first == '0' && (peek() == 'x' || peek() == 'X' || peek() == 'o' || peek() == 'O' || peek() == 'b' || peek() == 'B')) {
            char k = Character.toLowerCase(advance());
            while (isAlnum(peek())) advance();
            String digits = src.substring(start + 2, current).replace("_", "");
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            try {
                add(TokenType.NUMBER, src.substring(start, current), normalize(new BigInteger(digits, radix)));
            } catch (NumberFormatException e) {
                throw error("SyntaxError", "invalid number literal");
            }
            return;
        }
        boolean isFloat = first == '.';
        while (isDigit(peek()) || peek() == '_') advance();
        if (peek() == '.' && !isFloat) {
            isFloat = true;
            advance();
            while (isDigit(peek()) || peek() == '_') advance();
        } else if (isFloat) {
            while (isDigit(peek()) || peek() == '_') advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            int save = current;
            advance();
            if (peek() == '+' || peek() == '-') advance();
            if (isDigit(peek())) {
                isFloat = true;
                while (isDigit(peek()) || peek() == '_') advance();
            } else {
                current = save;
            }
        }
        String text = src.substring(start, current);
        if (peek() == 'j' || peek() == 'J') {
            advance();
            if (isAlpha(peek()) || text.endsWith("_") || text.contains("__")) throw error("SyntaxError", "invalid imaginary literal");
            add(TokenType.NUMBER, src.substring(start, current), new Imaginary(Double.parseDouble(text.replace("_", ""))));
            return;
        }
        if (isAlpha(peek())) throw error("SyntaxError", "invalid decimal literal");
        String clean = text.replace("_", "");
        if (text.endsWith("_") || text.contains("__")) throw error("SyntaxError", "invalid decimal literal");
        if (isFloat) {
            add(TokenType.NUMBER, text, Double.parseDouble(clean));
        } else {
            if (clean.length() > 1 && clean.startsWith("0") && !clean.matches("0+"))
                throw error("SyntaxError", "leading zeros in decimal integer literals are not permitted");
            add(TokenType.NUMBER, text, normalize(new BigInteger(clean)));
        }
    }

    private static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private void string(char quote, String prefix) {
        boolean triple = peek() == quote && peekNext() == quote;
        if (triple) { advance(); advance(); }
        boolean raw = prefix.contains("r");
        int startLine = line;
        int bodyStart = current;
        while (true) {
            if (isAtEnd()) {
                line = startLine;
                throw error("SyntaxError", triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
            }
            char c = peek();
            if (c == '\\') { advance(); if (peek() == '\n') { advance(); newLine(); } else advance(); continue; }
            if (c == '\n') {
                if (!triple) throw error("SyntaxError", "unterminated string literal");
                advance();
                newLine();
                continue;
            }
            if (c == quote) {
                if (!triple) break;
                if (peekNext() == quote && current + 2 < src.length() && src.charAt(current + 2) == quote) break;
            }
            advance();
        }
        String body = src.substring(bodyStart, current);
        advance();
        if (triple) { advance(); advance(); }
        if (prefix.contains("b")) {
            String text = raw ? body : unescape(body);
            byte[] data = new byte[text.length()];
            for (int i = 0; i < data.length; i++) {
                char ch = text.charAt(i);
                if (ch > 0xff) throw error("SyntaxError", "bytes can only contain ASCII literal characters");
                data[i] = (byte) ch;
            }
            tokens.add(new Token(TokenType.STRING, src.substring(start, current), data,
                    startLine, start - lineStartFor(startLine) + 1));
            return;
        }
        if (prefix.contains("f")) {
            tokens.add(new Token(TokenType.FSTRING, raw ? "r" : "", body, startLine, start - lineStartFor(startLine) + 1));
        } else {
            tokens.add(new Token(TokenType.STRING, src.substring(start, current), raw ? body : unescape(body), startLine,
                    start - lineStartFor(startLine) + 1));
        }
    }

    private int savedLineStart = -1;
    private int savedLine = -1;

    private int lineStartFor(int l) {
        if (l == line) return lineStart;
        return savedLine == l ? savedLineStart : lineStart;
    }

    /** Decodes backslash escapes of a (non-raw) string literal body. */
    public static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) { b.append(c); continue; }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {   // \ooo: up to three octal digits
                    int end = i;
                    while (end < s.length() && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') end++;
                    b.append((char) Integer.parseInt(s.substring(i, end), 8));
                    i = end - 1;
                }
                case 'a' -> b.append('\007');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'v' -> b.append('\013');
                case '\\' -> b.append('\\');
                case '\'' -> b.append('\'');
                case '"' -> b.append('"');
                case '\n' -> { }
                case 'x' -> { b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16)); i += 2; }
                case 'u' -> { b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
                case 'U' -> { b.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16)); i += 8; }
                default -> b.append('\\').append(n);
            }
        }
        return b.toString();
    }

    private void operator() {
        for (String op : OPS) {
            if (src.startsWith(op, start)) {
                current = start + op.length();
                if (op.equals("(") || op.equals("[") || op.equals("{")) {
                    parens++;
                    open.push(new int[]{op.charAt(0), line, start - lineStart + 1});
                }
                if (op.equals(")") || op.equals("]") || op.equals("}")) {
                    int[] o = open.poll();
                    char want = op.equals(")") ? '(' : op.equals("]") ? '[' : '{';
                    if (o == null) throw error("SyntaxError", "unmatched '" + op + "'");
                    if (o[0] != want) throw error("SyntaxError", "closing parenthesis '" + op + "' does not match opening parenthesis '" + (char) o[0] + "'");
                    parens = Math.max(0, parens - 1);
                }
                add(TokenType.OP, op, null);
                return;
            }
        }
        current = start + 1;
        throw error("SyntaxError", "invalid character '" + src.charAt(start) + "'");
    }

    private void newLine() {
        savedLine = line;
        savedLineStart = lineStart;
        line++;
        lineStart = current;
    }

    private SyntaxError error(String kind, String message) {
        return new SyntaxError(kind, message, line, Math.max(1, start - lineStart + 1));
    }

    private SyntaxError unsupportedHere(String feature) {
        return SyntaxError.unsupported(feature, line, start - lineStart + 1);
    }

    private void add(TokenType type, String text, Object value) {
        tokens.add(new Token(type, text, value, line, Math.max(1, start - lineStart + 1)));
    }

    private boolean isAtEnd() { return current >= src.length(); }
    private char advance() { return src.charAt(current++); }
    private char peek() { return isAtEnd() ? '\0' : src.charAt(current); }
    private char peekNext() { return current + 1 >= src.length() ? '\0' : src.charAt(current + 1); }
    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
    private static boolean isAlpha(char c) { return Character.isLetter(c) || c == '_'; }
    private static boolean isAlnum(char c) { return isAlpha(c) || isDigit(c); }
}
