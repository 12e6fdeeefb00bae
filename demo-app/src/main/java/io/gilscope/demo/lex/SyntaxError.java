package io.gilscope.demo.lex;

/** A compile-time error with its position (1-based line and column). */
public final class SyntaxError extends RuntimeException {
    public final String kind;
    public final int line;
    public final int col;

    public SyntaxError(String kind, String message, int line, int col) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
        this.col = col;
    }

    public SyntaxError(String message, int line, int col) {
        this("SyntaxError", message, line, col);
    }

    /** For features the interpreter knows but does not implement. */
    public static SyntaxError unsupported(String feature, int line, int col) {
        return new SyntaxError("NotImplementedError",
                feature + " is not supported by gilscope's interpreter", line, col);
    }
}
