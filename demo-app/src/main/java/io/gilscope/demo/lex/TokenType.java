package io.gilscope.demo.lex;

/** Kinds of token. Operators and keywords keep their text in {@link Token#text()}. */
public enum TokenType { NAME, KEYWORD, NUMBER, STRING, FSTRING, OP, NEWLINE, INDENT, DEDENT, EOF }
