package io.gilscope.demo.lex;

/**
 * One token; {@code value} is the decoded literal for NUMBER/STRING (Long, BigInteger, Double, String, or
 * byte[] for bytes; the raw body for FSTRING).
 */
public record Token(TokenType type, String text, Object value, int line, int col) {
    public boolean is(String s) {
        return (type == TokenType.OP || type == TokenType.KEYWORD) && text.equals(s);
    }
}
