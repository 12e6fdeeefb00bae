package io.gilscope.demo.compile;

import io.gilscope.demo.lex.SyntaxError;
import io.gilscope.demo.parse.Expr;
import io.gilscope.demo.parse.Expr.*;
import io.gilscope.demo.parse.Stmt;
import io.gilscope.demo.parse.Pattern;
import io.gilscope.demo.parse.Stmt.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Symbol table: which names are local, cell, free or global in each function/class/module scope. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    final Kind kind;
    final Scope parent;
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> params = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Map<String, Integer> nonlocalLines = new HashMap<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> cells = new LinkedHashSet<>();
    final Set<String> frees = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    boolean generator;
    /** A comprehension's scope: its := targets bind in the enclosing function's or module's scope. */
    boolean comprehension;
    /** An async def: calling it makes a coroutine, and only it may await. */
    boolean coroutine;
    boolean usesSuper;

    Scope(Kind kind, Scope parent) {
        this.kind = kind;
        this.parent = parent;
        if (parent != null) parent.children.add(this);
    }

    boolean isLocal(String name) {
        return kind == Kind.FUNCTION && assigned.contains(name) && !globals.contains(name) && !nonlocals.contains(name);
    }

    private static void mustBeAsync(Scope s, String what, int line) {
        if (!s.coroutine) throw new SyntaxError(what + " outside async function", line, 1);
    }

    /** Builds scopes for a module; keys are the AST nodes that open a scope (the module's list too). */
    static Map<Object, Scope> build(List<Stmt> module) {
        Map<Object, Scope> map = new IdentityHashMap<>();
        Scope top = new Scope(Kind.MODULE, null);
        map.put(module, top);
        new Builder(map).stmts(module, top);
        resolve(top);
        return map;
    }

    private static void resolve(Scope s) {
        if (s.kind != Kind.MODULE) {
            Set<String> wanted = new LinkedHashSet<>(s.used);
            wanted.addAll(s.nonlocals);
            for (String n : wanted) {
                if (s.globals.contains(n)) continue;
                if (s.kind == Kind.FUNCTION && s.isLocal(n)) continue;
                if (s.kind == Kind.CLASS && s.assigned.contains(n) && !s.nonlocals.contains(n)) continue;
                Scope f = s.parent;
                List<Scope> between = new ArrayList<>();
                while (f != null && f.kind != Kind.MODULE) {
                    if (f.kind == Kind.FUNCTION && (f.isLocal(n))) break;
                    if (f.kind == Kind.FUNCTION && f.globals.contains(n)) { f = null; break; }
                    between.add(f);
                    f = f.parent;
                }
                if (f == null || f.kind == Kind.MODULE) {
                    if (s.nonlocals.contains(n)) throw new SyntaxError("no binding for nonlocal '" + n + "' found", s.nonlocalLines.getOrDefault(n, 1), 1);
                    continue;
                }
                f.cells.add(n);
                s.frees.add(n);
                for (Scope b : between) b.frees.add(n);
            }
        }
        for (Scope c : s.children) resolve(c);
    }

    /** Walks the AST collecting assignments and uses. */
    private static final class Builder {
        final Map<Object, Scope> map;

        Builder(Map<Object, Scope> map) { this.map = map; }

        void stmts(List<Stmt> body, Scope s) {
            for (Stmt st : body) stmt(st, s);
        }

        void stmt(Stmt st, Scope s) {
            if (st instanceof ExprStmt e) expr(e.expr(), s);
            else if (st instanceof Assign a) { expr(a.value(), s); for (Expr t : a.targets()) target(t, s); }
            else if (st instanceof AugAssign a) { expr(a.value(), s); expr(a.target(), s); target(a.target(), s); }
            else if (st instanceof AnnAssign a) {
                if (s.kind == Kind.CLASS && a.target() instanceof Name) s.assigned.add("__annotations__");
                if (a.value() != null) { expr(a.value(), s); target(a.target(), s); }
            }
            else if (st instanceof Return r) { if (r.value() != null) expr(r.value(), s); }
            else if (st instanceof Raise r) { if (r.exc() != null) expr(r.exc(), s); if (r.cause() != null) expr(r.cause(), s); }
            else if (st instanceof Global g) {
                for (String n : g.names()) {
                    if (s.params.contains(n)) throw new SyntaxError("name '" + n + "' is parameter and global", g.line(), 1);
                    s.globals.add(n);
                }
            }
            else if (st instanceof Nonlocal g) {
                if (s.kind == Kind.MODULE) throw new SyntaxError("nonlocal declaration not allowed at module level", g.line(), 1);
                s.nonlocals.addAll(g.names());
                for (String n : g.names()) s.nonlocalLines.put(n, g.line());
            }
            else if (st instanceof Del d) { for (Expr t : d.targets()) { expr(t, s); target(t, s); } }
            else if (st instanceof Assert a) { expr(a.test(), s); if (a.msg() != null) expr(a.msg(), s); }
            else if (st instanceof Import im) {
                for (Alias al : im.names()) s.assigned.add(al.asname() != null ? al.asname() : al.name().split("\\.")[0]);
            }
            else if (st instanceof ImportFrom im) {
                if (im.names().get(0).name().equals("*")) {
                    if (s.kind == Kind.FUNCTION) throw new SyntaxError("import * only allowed at module level", im.line(), 1);
                } else {
                    for (Alias al : im.names()) s.assigned.add(al.asname() != null ? al.asname() : al.name());
                }
            }
            else if (st instanceof If i) { expr(i.test(), s); stmts(i.body(), s); stmts(i.orelse(), s); }
            else if (st instanceof While w) { expr(w.test(), s); stmts(w.body(), s); stmts(w.orelse(), s); }
            else if (st instanceof Match m) {
                expr(m.subject(), s);
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern(), s);
                    if (c.guard() != null) expr(c.guard(), s);
                    stmts(c.body(), s);
                }
            }
            else if (st instanceof For f) {
                if (f.isAsync()) mustBeAsync(s, "'async for'", f.line());
                expr(f.iter(), s); target(f.target(), s); stmts(f.body(), s); stmts(f.orelse(), s); }
            else if (st instanceof Try t) {
                stmts(t.body(), s);
                for (Handler h : t.handlers()) {
                    if (h.type() != null) expr(h.type(), s);
                    if (h.name() != null) s.assigned.add(h.name());
                    stmts(h.body(), s);
                }
                stmts(t.orelse(), s);
                stmts(t.finalbody(), s);
            }
            else if (st instanceof With w) {
                if (w.isAsync()) mustBeAsync(s, "'async with'", w.line());
                for (WithItem it : w.items()) { expr(it.context(), s); if (it.var() != null) target(it.var(), s); }
                stmts(w.body(), s);
            }
            else if (st instanceof FunctionDef f) {
                for (Expr d : f.decorators()) expr(d, s);
                defaults(f.params(), s);
                s.assigned.add(f.name());
                Scope fs = new Scope(Kind.FUNCTION, s);
                fs.coroutine = f.isAsync();
                map.put(f, fs);
                params(f.params(), fs);
                stmts(f.body(), fs);
            }
            else if (st instanceof ClassDef c) {
                for (Expr d : c.decorators()) expr(d, s);
                for (Expr b : c.bases()) expr(b, s);
                if (c.metaclass() != null) expr(c.metaclass(), s);
                for (Keyword kw : c.keywords()) expr(kw.value(), s);
                s.assigned.add(c.name());
                Scope cs = new Scope(Kind.CLASS, s);
                map.put(c, cs);
                stmts(c.body(), cs);
            }
        }

        /** A pattern's captures are assignments; its values, classes and keys are expressions. */
        void pattern(Pattern p, Scope s) {
            if (p instanceof Pattern.MatchValue v) expr(v.value(), s);
            else if (p instanceof Pattern.MatchCapture c) { if (c.name() != null) s.assigned.add(c.name()); }
            else if (p instanceof Pattern.MatchStar st) { if (st.name() != null) s.assigned.add(st.name()); }
            else if (p instanceof Pattern.MatchAs a) { pattern(a.pattern(), s); s.assigned.add(a.name()); }
            else if (p instanceof Pattern.MatchOr o) { for (Pattern x : o.alternatives()) pattern(x, s); }
            else if (p instanceof Pattern.MatchSequence q) { for (Pattern x : q.items()) pattern(x, s); }
            else if (p instanceof Pattern.MatchMapping m) {
                for (Expr k : m.keys()) expr(k, s);
                for (Pattern x : m.values()) pattern(x, s);
                if (m.rest() != null) s.assigned.add(m.rest());
            } else if (p instanceof Pattern.MatchClass c) {
                expr(c.cls(), s);
                for (Pattern x : c.args()) pattern(x, s);
                for (Pattern x : c.kwPatterns()) pattern(x, s);
            }
        }

        void defaults(Params p, Scope s) {
            for (Param a : p.positional()) if (a.defaultValue() != null) expr(a.defaultValue(), s);
            for (Param a : p.kwonly()) if (a.defaultValue() != null) expr(a.defaultValue(), s);
        }

        void params(Params p, Scope fs) {
            for (Param a : p.positional()) { fs.params.add(a.name()); fs.assigned.add(a.name()); }
            if (p.varargs() != null) { fs.params.add(p.varargs()); fs.assigned.add(p.varargs()); }
            for (Param a : p.kwonly()) { fs.params.add(a.name()); fs.assigned.add(a.name()); }
            if (p.kwargs() != null) { fs.params.add(p.kwargs()); fs.assigned.add(p.kwargs()); }
        }

        void target(Expr t, Scope s) {
            if (t instanceof Name n) s.assigned.add(n.id());
            else if (t instanceof Tuple tu) for (Expr e : tu.elts()) target(e, s);
            else if (t instanceof ListE l) for (Expr e : l.elts()) target(e, s);
            else if (t instanceof Attribute a) expr(a.value(), s);
            else if (t instanceof Subscript sub) { expr(sub.value(), s); expr(sub.index(), s); }
            else if (t instanceof Starred st) target(st.value(), s);
        }

        void expr(Expr e, Scope s) {
            if (e == null) return;
            if (e instanceof Name n) s.used.add(n.id());
            else if (e instanceof Const) { }
            else if (e instanceof FString f) for (Expr p : f.parts()) expr(p, s);
            else if (e instanceof FormatValue f) { expr(f.value(), s); expr(f.spec(), s); }
            else if (e instanceof BinOp b) { expr(b.left(), s); expr(b.right(), s); }
            else if (e instanceof UnaryOp u) expr(u.operand(), s);
            else if (e instanceof BoolOp b) { expr(b.left(), s); expr(b.right(), s); }
            else if (e instanceof Compare c) { expr(c.left(), s); for (Expr r : c.rights()) expr(r, s); }
            else if (e instanceof IfExp i) { expr(i.test(), s); expr(i.body(), s); expr(i.orelse(), s); }
            else if (e instanceof NamedExpr n) { expr(n.value(), s); namedTarget(n, s); }
            else if (e instanceof Lambda l) {
                defaults(l.params(), s);
                Scope fs = new Scope(Kind.FUNCTION, s);
                map.put(l, fs);
                params(l.params(), fs);
                expr(l.body(), fs);
            }
            else if (e instanceof Call c) {
                if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty()) {
                    markSuper(s);
                }
                expr(c.func(), s);
                for (Expr a : c.args()) expr(a, s);
                for (Keyword k : c.keywords()) expr(k.value(), s);
            }
            else if (e instanceof Attribute a) expr(a.value(), s);
            else if (e instanceof Subscript sub) { expr(sub.value(), s); expr(sub.index(), s); }
            else if (e instanceof Slice sl) { expr(sl.lower(), s); expr(sl.upper(), s); expr(sl.step(), s); }
            else if (e instanceof Tuple t) for (Expr x : t.elts()) expr(x, s);
            else if (e instanceof ListE t) for (Expr x : t.elts()) expr(x, s);
            else if (e instanceof SetE t) for (Expr x : t.elts()) expr(x, s);
            else if (e instanceof Dict d) { for (Expr x : d.keys()) expr(x, s); for (Expr x : d.values()) expr(x, s); }
            else if (e instanceof Starred st) expr(st.value(), s);
            else if (e instanceof Yield y) {
                if (s.kind != Kind.FUNCTION) throw new SyntaxError("'yield' outside function", y.line(), 1);
                s.generator = true;
                expr(y.value(), s);
            }
            else if (e instanceof YieldFrom y) {
                if (s.kind != Kind.FUNCTION) throw new SyntaxError("'yield' outside function", y.line(), 1);
                if (s.coroutine) throw new SyntaxError("'yield from' inside async function", y.line(), 1);
                s.generator = true;
                expr(y.value(), s);
            }
            else if (e instanceof Await a) {
                if (s.comprehension) asyncComprehension(s, a.line());
                mustBeAsync(s, "'await'", a.line());
                expr(a.value(), s);
            }
            else if (e instanceof Comp c) {
                expr(c.generators().get(0).iter(), s);
                Scope cs = new Scope(Kind.FUNCTION, s);
                cs.comprehension = true;
                map.put(c, cs);
                cs.params.add(".0");
                cs.assigned.add(".0");
                if (c.kind().equals("gen")) cs.generator = true;
                for (int i = 0; i < c.generators().size(); i++) {
                    CompFor g = c.generators().get(i);
                    if (g.isAsync()) asyncComprehension(cs, c.line());
                    if (i > 0) expr(g.iter(), cs);
                    target(g.target(), cs);
                    for (Expr cond : g.ifs()) expr(cond, cs);
                }
                expr(c.elt(), cs);
                expr(c.value(), cs);
            }
        }

        /** A comprehension with async for or await (PEP 530): a coroutine itself, which only an async def may hold. */
        void asyncComprehension(Scope cs, int line) {
            if (!cs.parent.coroutine) throw new SyntaxError("asynchronous comprehension outside of an asynchronous function", line, 1);
            cs.coroutine = true;
        }

        /** PEP 572: in a comprehension the target belongs to the nearest scope that is not one. */
        void namedTarget(NamedExpr n, Scope s) {
            String name = n.target().id();
            Scope owner = s;
            while (owner.comprehension) owner = owner.parent;
            if (owner == s) {
                s.assigned.add(name);
                return;
            }
            if (owner.kind == Kind.CLASS) {
                throw new SyntaxError("assignment expression within a comprehension cannot be used in a class body", n.line(), 1);
            }
            if (owner.kind == Kind.MODULE || owner.globals.contains(name)) {
                s.globals.add(name);
                owner.assigned.add(name);
            } else {
                owner.assigned.add(name);
                s.nonlocals.add(name);
                s.nonlocalLines.put(name, n.line());
            }
        }

        void markSuper(Scope s) {
            Scope f = s;
            while (f != null && f.kind == Kind.FUNCTION) { f.usesSuper = true; if (f.parent != null && f.parent.kind == Kind.CLASS) break; f = f.parent; }
        }
    }
}
