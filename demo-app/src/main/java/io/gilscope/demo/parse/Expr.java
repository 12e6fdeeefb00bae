package io.gilscope.demo.parse;

import java.util.List;

/** Expression nodes. {@code line}/{@code col} are 1-based positions of the node's first token. */
public sealed interface Expr {
    int line();

    record Name(String id, int line, int col) implements Expr { }
    /** A literal: Long, BigInteger, Double, String, Boolean, byte[] (bytes) or a {@link Singleton}. */
    record Const(Object value, int line) implements Expr { }
    /** None and {@code ...}: the compiler, not the parser, turns literals into Python objects. */
    enum Singleton { NONE, ELLIPSIS }
    /** f-string: parts are Const(String) or FormatValue. */
    record FString(List<Expr> parts, int line) implements Expr { }
    record FormatValue(Expr value, char conversion, Expr spec, int line) implements Expr { }
    record BinOp(String op, Expr left, Expr right, int line) implements Expr { }
    record UnaryOp(String op, Expr operand, int line) implements Expr { }
    record BoolOp(String op, Expr left, Expr right, int line) implements Expr { }
    record Compare(Expr left, List<String> ops, List<Expr> rights, int line) implements Expr { }
    record IfExp(Expr test, Expr body, Expr orelse, int line) implements Expr { }
    /** {@code target := value} (PEP 572). */
    record NamedExpr(Name target, Expr value, int line) implements Expr { }
    record Lambda(Params params, Expr body, int line) implements Expr { }
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, int line) implements Expr { }
    record Attribute(Expr value, String name, int line) implements Expr { }
    record Subscript(Expr value, Expr index, int line) implements Expr { }
    record Slice(Expr lower, Expr upper, Expr step, int line) implements Expr { }
    record Tuple(List<Expr> elts, int line) implements Expr { }
    record ListE(List<Expr> elts, int line) implements Expr { }
    record SetE(List<Expr> elts, int line) implements Expr { }
    /** keys.get(i) == null means {@code **values.get(i)}. */
    record Dict(List<Expr> keys, List<Expr> values, int line) implements Expr { }
    /** kind: "list", "set", "dict", "gen"; value only for dict. */
    record Comp(String kind, Expr elt, Expr value, List<CompFor> generators, int line) implements Expr { }
    record Starred(Expr value, int line) implements Expr { }
    record Yield(Expr value, int line) implements Expr { }
    /** yield from: delegates iteration (values sent in are not forwarded). */
    record YieldFrom(Expr value, int line) implements Expr { }

    record Await(Expr value, int line) implements Expr { }

    /** name == null means {@code **value}. */
    record Keyword(String name, Expr value) { }
    record CompFor(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) { }
    record Param(String name, Expr defaultValue) { }
    record Params(List<Param> positional, String varargs, List<Param> kwonly, String kwargs) {
        public static final Params EMPTY = new Params(List.of(), null, List.of(), null);
    }
}
