package io.gilscope.demo.parse;

import java.util.List;

/** Statement nodes; every statement knows its first line. */
public sealed interface Stmt {
    int line();

    record ExprStmt(Expr expr, int line) implements Stmt { }
    record Assign(List<Expr> targets, Expr value, int line) implements Stmt { }
    record AugAssign(Expr target, String op, Expr value, int line) implements Stmt { }
    /** {@code target: annotation = value}; the annotation kept as its source text (PEP 563), value may be null. */
    record AnnAssign(Expr target, String annotation, Expr value, int line) implements Stmt { }
    record Pass(int line) implements Stmt { }
    record Break(int line) implements Stmt { }
    record Continue(int line) implements Stmt { }
    record Return(Expr value, int line) implements Stmt { }
    record Raise(Expr exc, Expr cause, int line) implements Stmt { }
    record Global(List<String> names, int line) implements Stmt { }
    record Nonlocal(List<String> names, int line) implements Stmt { }
    record Del(List<Expr> targets, int line) implements Stmt { }
    record Assert(Expr test, Expr msg, int line) implements Stmt { }
    record Import(List<Alias> names, int line) implements Stmt { }
    record ImportFrom(String module, List<Alias> names, int line) implements Stmt { }
    record If(Expr test, List<Stmt> body, List<Stmt> orelse, int line) implements Stmt { }
    record While(Expr test, List<Stmt> body, List<Stmt> orelse, int line) implements Stmt { }
    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync, int line) implements Stmt { }
    record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orelse, List<Stmt> finalbody, int line) implements Stmt { }
    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, int line) implements Stmt { }
    record FunctionDef(String name, Expr.Params params, List<Stmt> body, List<Expr> decorators, boolean isAsync, int line) implements Stmt { }
    /** metaclass: the expression of {@code metaclass=}, or null; keywords: the others, for __init_subclass__ and the metaclass. */
    record ClassDef(String name, List<Expr> bases, Expr metaclass, List<Expr.Keyword> keywords, List<Stmt> body, List<Expr> decorators, int line)
            implements Stmt { }

    record Match(Expr subject, List<MatchCase> cases, int line) implements Stmt { }

    record Alias(String name, String asname) { }
    /** guard: the expression after {@code if}, or null. */
    record MatchCase(Pattern pattern, Expr guard, List<Stmt> body, int line) { }
    record Handler(Expr type, String name, List<Stmt> body, int line) { }
    record WithItem(Expr context, Expr var) { }
}
