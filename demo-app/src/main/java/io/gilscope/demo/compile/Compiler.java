package io.gilscope.demo.compile;

import io.gilscope.demo.lex.Imaginary;
import io.gilscope.demo.lex.SyntaxError;
import io.gilscope.demo.parse.Expr;
import io.gilscope.demo.parse.Expr.*;
import io.gilscope.demo.parse.Parser;
import io.gilscope.demo.parse.Stmt;
import io.gilscope.demo.parse.Stmt.*;
import io.gilscope.demo.vm.CasePattern;
import io.gilscope.demo.vm.CodeObject;
import io.gilscope.demo.vm.Op;
import io.gilscope.demo.vm.PyBytes;
import io.gilscope.demo.vm.PyComplex;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PySet;
import io.gilscope.demo.vm.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * AST to bytecode. One {@link Unit} per code object; names are resolved through {@link Scope}.
 * Hot loop shapes are emitted as superinstructions directly (see {@link #testJump}, {@link #augAssign}).
 */
public final class Compiler {
    private final String filename;
    private final Map<Object, Scope> scopes;
    /** exec and eval: the top level's names are looked up in the frame's namespace first, as a class body's are. */
    private final boolean runtimeSource;
    private Unit u;

    private Compiler(String filename, Map<Object, Scope> scopes, boolean runtimeSource) {
        this.filename = filename;
        this.scopes = scopes;
        this.runtimeSource = runtimeSource;
    }

    public static CodeObject compileModule(String source, String filename) {
        return compileModule(source, filename, false);
    }

    /** exec's code: a module whose top-level names live in the frame's namespace (globals, or a function's locals). */
    public static CodeObject compileExec(String source, String filename) {
        return compileModule(source, filename, true);
    }

    private static CodeObject compileModule(String source, String filename, boolean runtimeSource) {
        List<Stmt> body = Parser.parse(source);
        Compiler c = new Compiler(filename, Scope.build(body), runtimeSource);
        c.u = new Unit("<module>", filename, 1, c.scopes.get(body), CodeObject.MODULE, null);
        String doc = docstring(body);
        if (doc != null && !runtimeSource) {   // a module's docstring is its __doc__
            c.emit(Op.LOAD_CONST, c.constant(doc));
            c.store("__doc__");
        }
        c.annotationsDict(body, 1);
        c.stmts(body);
        c.emit(Op.LOAD_CONST, c.constant(PyNone.NONE));
        c.emit(Op.RETURN_VALUE);
        return c.u.finish();
    }

    /** A module's or class's __annotations__, filled in the order written (dataclasses read it), if it annotates names. */
    private void annotationsDict(List<Stmt> body, int line) {
        if (body.stream().anyMatch(st -> st instanceof AnnAssign a && a.target() instanceof Name)) {
            expr(new Dict(List.of(), List.of(), line));
            store("__annotations__");
        }
    }

    /** A body's docstring: its first statement, if a string literal; else null. */
    private static String docstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof ExprStmt e && e.expr() instanceof Const c && c.value() instanceof String doc ? doc : null;
    }

    /** eval's code: one expression, its value returned; a SyntaxError for anything else. */
    public static CodeObject compileExpression(String source, String filename) {
        List<Stmt> body = Parser.parse(source.strip());
        if (body.size() != 1 || !(body.get(0) instanceof ExprStmt e)) throw new SyntaxError("invalid syntax", 1, 1);
        Compiler c = new Compiler(filename, Scope.build(body), true);
        c.u = new Unit("<module>", filename, 1, c.scopes.get(body), CodeObject.MODULE, null);
        c.expr(e.expr());
        c.emit(Op.RETURN_VALUE);
        return c.u.finish();
    }

    // ---- units and emission ----------------------------------------------------------------

    private static final int LOOP = 0, FINALLY = 1, WITH = 2, HANDLER = 3, ASYNC_WITH = 4;

    /** region: index in Unit.regions of the protected region this block's cleanup belongs to (-1: none). */
    private record Block(int kind, int breakLabel, int continueLabel, boolean forLoop, List<Stmt> finalBody, int slot, int region) { }

    /** An open try/with region; holes are inlined cleanup code (finally bodies, __exit__ calls) it must not cover. */
    private static final class Region {
        final int start;
        final List<int[]> holes = new ArrayList<>();

        Region(int start) { this.start = start; }
    }

    private static final class Unit {
        final CodeObject co;
        final Scope scope;
        int[] code = new int[64];
        int[] lines = new int[64];
        int n = 0;
        int line;
        final List<Object> consts = new ArrayList<>();
        final Map<Object, Integer> constIndex = new HashMap<>();
        final Map<Object, Integer> constIdentity = new IdentityHashMap<>();
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> nameIndex = new HashMap<>();
        final List<String> locals = new ArrayList<>();
        final Map<String, Integer> localIndex = new HashMap<>();
        final List<String> cellList = new ArrayList<>();
        int depth = 0;
        int maxDepth = 0;
        final List<Integer> labels = new ArrayList<>();
        final List<int[]> patches = new ArrayList<>();
        final List<int[]> exc = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        final List<Region> regions = new ArrayList<>();
        int temps = 0;

        /** outer: the unit whose code defines this one (null for a module), for CPython's __qualname__. */
        Unit(String name, String filename, int line, Scope scope, int flags, Unit outer) {
            this.co = new CodeObject(name, filename, line);
            co.qualname = outer == null || outer.scope.kind == Scope.Kind.MODULE ? name
                    : outer.co.qualname + (outer.scope.kind == Scope.Kind.CLASS ? "." : ".<locals>.") + name;
            this.scope = scope;
            this.line = line;
            co.flags = flags;
            if (scope != null) {
                cellList.addAll(scope.cells);
                for (String f : scope.frees) if (!cellList.contains(f)) cellList.add(f);
                if (scope.generator) co.flags |= CodeObject.GENERATOR;
                if (scope.coroutine) co.flags |= CodeObject.GENERATOR | CodeObject.COROUTINE;
                if (scope.coroutine && scope.generator) co.flags |= CodeObject.ASYNC_GENERATOR;
                co.usesSuper = scope.usesSuper;
            }
        }

        int local(String name) {
            Integer i = localIndex.get(name);
            if (i != null) return i;
            localIndex.put(name, locals.size());
            locals.add(name);
            return locals.size() - 1;
        }

        CodeObject finish() {
            for (int[] p : patches) code[p[0]] = labels.get(p[1]);
            co.code = Arrays.copyOf(code, n);
            co.lines = Arrays.copyOf(lines, n);
            co.consts = consts.toArray();
            co.names = names.stream().map(String::intern).toArray(String[]::new);   // so Shape compares them by identity
            co.localNames = locals.toArray(new String[0]);
            co.nlocals = locals.size();
            int ncell = scope == null ? 0 : scope.cells.size();
            co.cellNames = cellList.subList(0, ncell).toArray(new String[0]);
            co.freeNames = cellList.subList(ncell, cellList.size()).toArray(new String[0]);
            co.cellFromParam = new int[ncell];
            for (int i = 0; i < ncell; i++) {
                Integer slot = localIndex.get(co.cellNames[i]);
                co.cellFromParam[i] = slot != null && slot < co.argcount + co.kwonlycount
                        + ((co.flags & CodeObject.VARARGS) != 0 ? 1 : 0) + ((co.flags & CodeObject.VARKW) != 0 ? 1 : 0) ? slot : -1;
            }
            co.excTable = new int[exc.size() * 4];
            for (int i = 0; i < exc.size(); i++) {
                int[] e = exc.get(i);
                co.excTable[i * 4] = e[0];
                co.excTable[i * 4 + 1] = e[1];
                co.excTable[i * 4 + 2] = labels.get(e[2]);
                co.excTable[i * 4 + 3] = e[3];
            }
            co.stackSize = Math.max(maxDepth, StackDepths.max(StackDepths.of(co)) + 1) + 8;
            return co;
        }
    }

    private void put(int word) {
        if (u.n == u.code.length) {
            u.code = Arrays.copyOf(u.code, u.n * 2);
            u.lines = Arrays.copyOf(u.lines, u.n * 2);
        }
        u.lines[u.n] = u.line;
        u.code[u.n++] = word;
    }

    private void emit(int op, int... args) {
        put(op);
        for (int a : args) put(a);
        u.depth += effect(op, args);
        if (u.depth > u.maxDepth) u.maxDepth = u.depth;
    }

    private int newLabel() {
        u.labels.add(-1);
        return u.labels.size() - 1;
    }

    private void mark(int label) {
        u.labels.set(label, u.n);
    }

    /** Emits a jump-like instruction whose last operand is a label. */
    private void emitJump(int op, int label, int... before) {
        put(op);
        for (int a : before) put(a);
        u.patches.add(new int[]{u.n, label});
        put(-1);
        u.depth += effect(op, before);
    }

    /** How an instruction changes the stack depth when it falls through to the next one. */
    static int effect(int op, int[] a) {
        return switch (op) {
            case Op.POP, Op.SET_HANDLED, Op.IMPORT_STAR, Op.STORE_FAST, Op.STORE_GLOBAL, Op.STORE_NAME, Op.STORE_DEREF, Op.DELETE_ATTR,
                    Op.BINARY_SUBSCR, Op.BINARY_ADD, Op.INPLACE_ADD, Op.BINARY_SUB, Op.BINARY_MUL, Op.BINARY_OP, Op.BINARY_INPLACE,
                    Op.COMPARE_LT, Op.COMPARE_GT, Op.COMPARE_OP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE,
                    Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.LIST_APPEND, Op.SET_ADD, Op.LIST_EXTEND,
                    Op.DICT_UPDATE, Op.SET_UPDATE, Op.RETURN_VALUE, Op.CHECK_EXC_MATCH, Op.RERAISE, Op.WITH_EXIT,
                    Op.ASSERT_FAIL, Op.SEND -> -1;
            case Op.DUP, Op.LOAD_CONST, Op.LOAD_FAST, Op.LOAD_GLOBAL, Op.LOAD_NAME, Op.LOAD_DEREF, Op.LOAD_CLOSURE,
                    Op.FOR_ITER, Op.IMPORT_NAME, Op.IMPORT_FROM, Op.LOAD_SUPER, Op.BEFORE_WITH, Op.BEFORE_ASYNC_WITH,
                    Op.LOAD_METHOD -> 1;
            case Op.DUP2 -> 2;
            case Op.STORE_ATTR, Op.DELETE_SUBSCR, Op.MAP_ADD, Op.WITH_EXCEPT -> -2;
            case Op.STORE_SUBSCR -> -3;
            case Op.BUILD_SLICE, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_SET, Op.BUILD_STRING -> 1 - a[0];
            case Op.BUILD_MAP -> 1 - 2 * a[0];
            case Op.UNPACK_SEQUENCE -> a[0] - 1;
            case Op.UNPACK_EX -> (a[0] >> Op.UNPACK_EX_SHIFT) + (a[0] & Op.UNPACK_EX_AFTER);
            case Op.CALL, Op.CALL_KW -> -a[0];
            case Op.CALL_METHOD -> -a[0] - 1;
            case Op.MATCH_PATTERN -> a[1] - 1;
            case Op.CALL_EX -> (a[0] & Op.CALL_EX_KWARGS) != 0 ? -2 : -1;
            case Op.MAKE_FUNCTION -> 1 - Integer.bitCount(a[1]);
            case Op.BUILD_CLASS -> -a[1] - 2;
            case Op.RAISE -> -a[0];
            case Op.FORMAT_VALUE -> a[1] != 0 ? -1 : 0;
            default -> 0;
        };
    }

    /** The Python object for a literal: the parser gives plain Java values. */
    private static Object pyValue(Const c) {
        if (c.value() == Singleton.NONE) return PyNone.NONE;
        if (c.value() == Singleton.ELLIPSIS) return PyNone.ELLIPSIS;
        if (c.value() instanceof byte[] b) return new PyBytes(b);
        if (c.value() instanceof Imaginary i) return new PyComplex(0, i.value());
        return c.value();
    }

    /**
     * {3, 1, 2} of 3 or more literals, as CPython's compiler makes it: a frozenset constant, which
     * its constant merging builds again from the first one's order. The set made from it at run time
     * then has CPython's order too.
     */
    private static PySet constantSet(List<Expr> elts) {
        PySet first = new PySet(true);
        for (Expr x : elts) first.add(pyValue((Const) x));
        PySet merged = new PySet(true);
        for (Object o : first.items()) merged.add(o);
        return merged;
    }

    private int constant(Object v) {
        if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean || v instanceof BigInteger) {
            Object key = v.getClass().getSimpleName() + ":" + (v instanceof Double d ? Double.doubleToRawLongBits(d) : v);
            Integer i = u.constIndex.get(key);
            if (i != null) return i;
            u.consts.add(v);
            u.constIndex.put(key, u.consts.size() - 1);
            return u.consts.size() - 1;
        }
        Integer i = u.constIdentity.get(v);
        if (i != null) return i;
        u.consts.add(v);
        u.constIdentity.put(v, u.consts.size() - 1);
        return u.consts.size() - 1;
    }

    private int name(String s) {
        Integer i = u.nameIndex.get(s);
        if (i != null) return i;
        u.names.add(s);
        u.nameIndex.put(s, u.names.size() - 1);
        return u.names.size() - 1;
    }

    private int temp() {
        return u.local("$t" + (u.temps++));
    }

    // ---- names -----------------------------------------------------------------------------

    private enum Access { FAST, DEREF, GLOBAL, NAME }

    private Access access(String n) {
        Scope s = u.scope;
        switch (s.kind) {
            case MODULE:
                return runtimeSource && !s.globals.contains(n) ? Access.NAME : Access.GLOBAL;
            case CLASS:
                if (s.globals.contains(n)) return Access.GLOBAL;
                if (s.frees.contains(n) && !s.assigned.contains(n)) return Access.DEREF;
                return Access.NAME;
            default:
                if (s.globals.contains(n)) return Access.GLOBAL;
                if (s.cells.contains(n) || s.frees.contains(n)) return Access.DEREF;
                if (s.isLocal(n)) return Access.FAST;
                return Access.GLOBAL;
        }
    }

    private void load(String n) {
        switch (access(n)) {
            case FAST -> emit(Op.LOAD_FAST, u.local(n));
            case DEREF -> emit(Op.LOAD_DEREF, u.cellList.indexOf(n));
            case GLOBAL -> emit(Op.LOAD_GLOBAL, name(n));
            case NAME -> emit(Op.LOAD_NAME, name(n));
        }
    }

    private void store(String n) {
        switch (access(n)) {
            case FAST -> emit(Op.STORE_FAST, u.local(n));
            case DEREF -> emit(Op.STORE_DEREF, u.cellList.indexOf(n));
            case GLOBAL -> emit(Op.STORE_GLOBAL, name(n));
            case NAME -> emit(Op.STORE_NAME, name(n));
        }
    }

    private void delete(String n, int line) {
        switch (access(n)) {
            case FAST -> emit(Op.DELETE_FAST, u.local(n));
            case DEREF -> throw SyntaxError.unsupported("deleting a variable captured by a closure", line, 1);
            case GLOBAL -> emit(Op.DELETE_GLOBAL, name(n));
            case NAME -> emit(Op.DELETE_NAME, name(n));
        }
    }

    // ---- statements ------------------------------------------------------------------------

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt st) {
        u.line = st.line();
        if (st instanceof ExprStmt e) {
            if (e.expr() instanceof Const) return;   // docstrings and bare constants
            expr(e.expr());
            emit(Op.POP);
        } else if (st instanceof Assign a) {
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) emit(Op.DUP);
                storeTarget(a.targets().get(i));
            }
        } else if (st instanceof AugAssign a) {
            augAssign(a);
        } else if (st instanceof AnnAssign a) {
            if (a.value() != null) { expr(a.value()); storeTarget(a.target()); }
            if (u.scope.kind != Scope.Kind.FUNCTION && a.target() instanceof Name n) {   // __annotations__[name] = 'text'
                expr(new Const(a.annotation(), a.line()));
                storeTarget(new Subscript(new Name("__annotations__", a.line(), 0), new Const(n.id(), a.line()), a.line()));
            }
        } else if (st instanceof Pass) {
            // nothing
        } else if (st instanceof Break b) {
            jumpOut(true, b.line());
        } else if (st instanceof Continue c) {
            jumpOut(false, c.line());
        } else if (st instanceof Return r) {
            if (u.scope.kind != Scope.Kind.FUNCTION) throw new SyntaxError("'return' outside function", r.line(), 1);
            if (r.value() != null && u.co.isAsyncGenerator()) throw new SyntaxError("'return' with value in async generator", r.line(), 1);
            if (r.value() != null) expr(r.value()); else emit(Op.LOAD_CONST, constant(PyNone.NONE));
            unwindAll();
            emit(Op.RETURN_VALUE);
        } else if (st instanceof Raise r) {
            raise(r);
        } else if (st instanceof Global || st instanceof Nonlocal) {
            // handled by the symbol table
        } else if (st instanceof Del d) {
            for (Expr t : d.targets()) delTarget(t, d.line());
        } else if (st instanceof Assert a) {
            int ok = newLabel();
            testJump(a.test(), ok, true);
            if (a.msg() != null) expr(a.msg()); else emit(Op.LOAD_CONST, constant(PyNone.NONE));
            emit(Op.ASSERT_FAIL);
            mark(ok);
        } else if (st instanceof Import im) {
            for (Alias al : im.names()) {
                if (al.asname() != null) {
                    emit(Op.IMPORT_NAME, constant(al.name()), 1);
                    store(al.asname());
                } else {
                    emit(Op.IMPORT_NAME, constant(al.name()), 0);
                    store(al.name().split("\\.")[0]);
                }
            }
        } else if (st instanceof ImportFrom im) {
            emit(Op.IMPORT_NAME, constant(im.module()), 1);
            if (im.names().get(0).name().equals("*")) {
                emit(Op.IMPORT_STAR);
            } else {
                for (Alias al : im.names()) {
                    emit(Op.IMPORT_FROM, name(al.name()));
                    store(al.asname() != null ? al.asname() : al.name());
                }
                emit(Op.POP);
            }
        } else if (st instanceof If i) {
            int orelse = newLabel();
            int end = newLabel();
            testJump(i.test(), orelse, false);
            stmts(i.body());
            if (!i.orelse().isEmpty()) emitJump(Op.JUMP, end);
            mark(orelse);
            stmts(i.orelse());
            mark(end);
        } else if (st instanceof While w) {
            whileStmt(w);
        } else if (st instanceof Match m) {
            matchStmt(m);
        } else if (st instanceof For f) {
            if (f.isAsync()) asyncForStmt(f); else forStmt(f);
        } else if (st instanceof Try t) {
            tryStmt(t);
        } else if (st instanceof With w) {
            withStmt(w, 0);
        } else if (st instanceof FunctionDef f) {
            for (Expr d : f.decorators()) expr(d);
            function(f.name(), f.params(), f.body(), null, f, f.line());
            for (int i = 0; i < f.decorators().size(); i++) emit(Op.CALL, 1);
            store(f.name());
        } else if (st instanceof ClassDef c) {
            classDef(c);
        } else {
            throw SyntaxError.unsupported(st.getClass().getSimpleName(), st.line(), 1);
        }
    }

    private void augAssign(AugAssign a) {
        int opId = Op.binOp(a.op());
        if (a.target() instanceof Name n) {
            if (access(n.id()) == Access.FAST && (opId == Op.ADD || opId == Op.SUB) && a.value() instanceof Const c
                    && c.value() instanceof Long l && l > Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
                emit(Op.FAST_ADD_CONST, u.local(n.id()), (int) (long) l, opId);
                u.co.flags |= CodeObject.UNBOXES_INTS;
                return;
            }
            load(n.id());
            expr(a.value());
            inplace(opId);
            store(n.id());
        } else if (a.target() instanceof Attribute at) {
            expr(at.value());
            emit(Op.DUP);
            emit(Op.LOAD_ATTR, name(at.name()));
            expr(a.value());
            inplace(opId);
            emit(Op.ROT2);
            emit(Op.STORE_ATTR, name(at.name()));
        } else if (a.target() instanceof Subscript sub) {
            expr(sub.value());
            expr(sub.index());
            emit(Op.DUP2);
            emit(Op.BINARY_SUBSCR);
            expr(a.value());
            inplace(opId);
            emit(Op.ROT3);
            emit(Op.STORE_SUBSCR);
        } else {
            throw new SyntaxError("'" + a.target().getClass().getSimpleName() + "' is an illegal expression for augmented assignment", a.line(), 1);
        }
    }

    private void inplace(int opId) {
        if (opId == Op.ADD) emit(Op.INPLACE_ADD);
        else emit(Op.BINARY_INPLACE, opId);
    }

    private void raise(Raise r) {
        if (r.exc() == null) {
            for (int i = u.blocks.size() - 1; i >= 0; i--) {
                Block b = u.blocks.get(i);
                if (b.kind == HANDLER) {
                    emit(Op.LOAD_FAST, b.slot);
                    emit(Op.RERAISE);
                    return;
                }
            }
            emit(Op.RAISE, 0);
            return;
        }
        expr(r.exc());
        if (r.cause() != null) {
            expr(r.cause());
            emit(Op.RAISE, 2);
        } else {
            emit(Op.RAISE, 1);
        }
    }

    private void storeTarget(Expr t) {
        if (t instanceof Name n) {
            store(n.id());
        } else if (t instanceof Attribute a) {
            expr(a.value());
            emit(Op.STORE_ATTR, name(a.name()));
        } else if (t instanceof Subscript s) {
            expr(s.value());
            expr(s.index());
            emit(Op.STORE_SUBSCR);
        } else if (t instanceof Tuple || t instanceof ListE) {
            List<Expr> elts = t instanceof Tuple tu ? tu.elts() : ((ListE) t).elts();
            int star = -1;
            for (int i = 0; i < elts.size(); i++) {
                if (elts.get(i) instanceof Starred) {
                    if (star >= 0) throw new SyntaxError("multiple starred expressions in assignment", t.line(), 1);
                    star = i;
                }
            }
            if (star < 0) {
                emit(Op.UNPACK_SEQUENCE, elts.size());
            } else {
                emit(Op.UNPACK_EX, (star << Op.UNPACK_EX_SHIFT) | (elts.size() - star - 1));
            }
            for (Expr e : elts) storeTarget(e instanceof Starred st ? st.value() : e);
        } else {
            throw new SyntaxError("cannot assign to expression", t.line(), 1);
        }
    }

    private void delTarget(Expr t, int line) {
        if (t instanceof Name n) delete(n.id(), line);
        else if (t instanceof Attribute a) { expr(a.value()); emit(Op.DELETE_ATTR, name(a.name())); }
        else if (t instanceof Subscript s) { expr(s.value()); expr(s.index()); emit(Op.DELETE_SUBSCR); }
        else if (t instanceof Tuple tu) for (Expr e : tu.elts()) delTarget(e, line);
        else throw new SyntaxError("cannot delete expression", line, 1);
    }

    /**
     * The test is compiled twice, at the top (enter or skip the loop) and at the bottom (jump back to
     * the body), as CPython does: a counting loop is then two dispatches per turn.
     */
    /**
     * The subject stays on the stack while the cases try it; a case that matches stores its captures,
     * passes its guard, pops the subject and runs its body.
     */
    private void matchStmt(Match m) {
        expr(m.subject());
        int end = newLabel();
        int depth = u.depth;
        for (MatchCase c : m.cases()) {
            u.line = c.line();
            int next = newLabel();
            PatternCompiler patterns = new PatternCompiler(this::expr, c.line());
            CasePattern pattern = patterns.compile(c.pattern());
            emit(Op.BUILD_TUPLE, patterns.values());
            List<String> captures = patterns.captures();
            emitJump(Op.MATCH_PATTERN, next, constant(pattern), captures.size());
            for (int k = captures.size() - 1; k >= 0; k--) store(captures.get(k));
            if (c.guard() != null) testJump(c.guard(), next, false);
            emit(Op.POP);
            stmts(c.body());
            emitJump(Op.JUMP, end);
            mark(next);
            u.depth = depth;
        }
        emit(Op.POP);
        mark(end);
    }

    private void whileStmt(While w) {
        int body = newLabel();
        int cont = newLabel();
        int orelse = newLabel();
        int end = newLabel();
        boolean forever = w.test() instanceof Const c && c.value() instanceof Boolean b && b;
        if (!forever) testJump(w.test(), orelse, false);
        mark(body);
        u.blocks.add(new Block(LOOP, end, cont, false, null, -1, -1));
        stmts(w.body());
        u.blocks.remove(u.blocks.size() - 1);
        mark(cont);
        u.line = w.line();
        if (forever) emitJump(Op.JUMP, body);
        else testJump(w.test(), body, true);
        mark(orelse);
        stmts(w.orelse());
        mark(end);
    }

    private void forStmt(For f) {
        expr(f.iter());
        emit(Op.GET_ITER);
        int top = newLabel();
        int exhausted = newLabel();
        int end = newLabel();
        int depth = u.depth;
        mark(top);
        emitJump(Op.FOR_ITER, exhausted);
        forBody(f, top, end);
        mark(exhausted);
        u.depth = depth - 1;
        stmts(f.orelse());
        mark(end);
    }

    /** A for loop's turn: the next item is on the stack above the iterator. */
    private void forBody(For f, int top, int end) {
        storeTarget(f.target());
        u.blocks.add(new Block(LOOP, end, top, true, null, -1, -1));
        stmts(f.body());
        u.blocks.remove(u.blocks.size() - 1);
        emitJump(Op.JUMP, top);
    }

    /** break/continue: run the cleanups of the blocks being left, then jump. */
    private void jumpOut(boolean isBreak, int line) {
        List<Block> saved = new ArrayList<>(u.blocks);
        try {
            for (int i = u.blocks.size() - 1; i >= 0; i--) {
                Block b = u.blocks.get(i);
                if (b.kind == LOOP) {
                    if (isBreak) {
                        if (b.forLoop) emit(Op.POP);
                        emitJump(Op.JUMP, b.breakLabel);
                        if (b.forLoop) u.depth++;
                    } else {
                        emitJump(Op.JUMP, b.continueLabel);
                    }
                    return;
                }
                cleanup(b, i);
            }
            throw new SyntaxError(isBreak ? "'break' outside loop" : "'continue' not properly in loop", line, 1);
        } finally {
            u.blocks.clear();
            u.blocks.addAll(saved);
        }
    }

    private void unwindAll() {
        List<Block> saved = new ArrayList<>(u.blocks);
        try {
            for (int i = u.blocks.size() - 1; i >= 0; i--) cleanup(u.blocks.get(i), i);
        } finally {
            u.blocks.clear();
            u.blocks.addAll(saved);
        }
    }

    private void cleanup(Block b, int index) {
        int holeStart = u.n;
        if (b.kind == FINALLY) {
            while (u.blocks.size() > index) u.blocks.remove(u.blocks.size() - 1);
            stmts(b.finalBody);
        } else if (b.kind == WITH) {
            emit(Op.LOAD_FAST, b.slot);
            emit(Op.WITH_EXIT);
        } else if (b.kind == ASYNC_WITH) {
            awaitExit(b.slot);
        } else if (b.kind == HANDLER) {
            restoreHandled(index);
        }
        if (b.region >= 0 && u.n > holeStart) {
            for (int r = b.region; r < u.regions.size(); r++) u.regions.get(r).holes.add(new int[]{holeStart, u.n});
        }
    }

    /** Leaving an except block: the exception handled is again the enclosing block's (of blocks[0, below)), or none. */
    private void restoreHandled(int below) {
        int slot = -1;
        for (int i = below - 1; i >= 0 && slot < 0; i--) if (u.blocks.get(i).kind == HANDLER) slot = u.blocks.get(i).slot;
        if (slot >= 0) emit(Op.LOAD_FAST, slot);
        else emit(Op.LOAD_CONST, constant(PyNone.NONE));
        emit(Op.SET_HANDLED);
    }

    private Region openRegion() {
        Region r = new Region(u.n);
        u.regions.add(r);
        return r;
    }

    /** Closes the innermost region: exception-table entries for [start, now) minus its holes. */
    private void closeRegion(Region r, int handler, int depth) {
        u.regions.remove(r);
        int from = r.start;
        for (int[] hole : r.holes) {
            if (hole[0] > from) u.exc.add(new int[]{from, hole[0], handler, depth});
            from = Math.max(from, hole[1]);
        }
        if (u.n > from) u.exc.add(new int[]{from, u.n, handler, depth});
    }

    private void tryStmt(Try t) {
        int depth = u.depth;
        int finHandler = newLabel();
        int end = newLabel();
        boolean hasFinally = !t.finalbody().isEmpty();
        Region fin = null;
        if (hasFinally) {
            fin = openRegion();
            u.blocks.add(new Block(FINALLY, -1, -1, false, t.finalbody(), -1, u.regions.size() - 1));
        }
        if (t.handlers().isEmpty()) {
            stmts(t.body());
        } else {
            Region exc = openRegion();
            int excHandler = newLabel();
            int afterHandlers = newLabel();
            stmts(t.body());
            closeRegion(exc, excHandler, depth);
            stmts(t.orelse());
            emitJump(Op.JUMP, afterHandlers);
            mark(excHandler);
            u.depth = depth + 1;
            int slot = temp();
            emit(Op.STORE_FAST, slot);
            emit(Op.LOAD_FAST, slot);
            emit(Op.SET_HANDLED);
            for (Handler h : t.handlers()) {
                u.line = h.line();
                int next = newLabel();
                if (h.type() != null) {
                    emit(Op.LOAD_FAST, slot);
                    expr(h.type());
                    emit(Op.CHECK_EXC_MATCH);
                    emitJump(Op.POP_JUMP_IF_FALSE, next);
                }
                if (h.name() != null) {
                    emit(Op.LOAD_FAST, slot);
                    store(h.name());
                }
                u.blocks.add(new Block(HANDLER, -1, -1, false, null, slot, -1));
                stmts(h.body());
                u.blocks.remove(u.blocks.size() - 1);
                restoreHandled(u.blocks.size());
                if (h.name() != null && access(h.name()) != Access.DEREF) {   // as CPython: the name is unbound after the handler
                    emit(Op.LOAD_CONST, constant(PyNone.NONE));
                    store(h.name());
                    delete(h.name(), h.line());
                }
                emitJump(Op.JUMP, afterHandlers);
                mark(next);
            }
            restoreHandled(u.blocks.size());
            emit(Op.LOAD_FAST, slot);
            emit(Op.RERAISE);
            mark(afterHandlers);
        }
        if (hasFinally) {
            u.blocks.remove(u.blocks.size() - 1);
            closeRegion(fin, finHandler, depth);
            stmts(t.finalbody());
            emitJump(Op.JUMP, end);
            mark(finHandler);
            u.depth = depth + 1;
            int slot = temp();
            emit(Op.STORE_FAST, slot);
            stmts(t.finalbody());
            emit(Op.LOAD_FAST, slot);
            emit(Op.RERAISE);
        }
        mark(end);
        u.depth = depth;
    }

    private void withStmt(With w, int item) {
        if (item == w.items().size()) {
            stmts(w.body());
            return;
        }
        WithItem it = w.items().get(item);
        u.line = w.line();
        expr(it.context());
        if (w.isAsync()) {
            emit(Op.BEFORE_ASYNC_WITH);
            send();
        } else {
            emit(Op.BEFORE_WITH);
        }
        if (it.var() != null) storeTarget(it.var()); else emit(Op.POP);
        int slot = temp();
        emit(Op.STORE_FAST, slot);
        int depth = u.depth;
        Region region = openRegion();
        int handler = newLabel();
        int end = newLabel();
        u.blocks.add(new Block(w.isAsync() ? ASYNC_WITH : WITH, -1, -1, false, null, slot, u.regions.size() - 1));
        withStmt(w, item + 1);
        u.blocks.remove(u.blocks.size() - 1);
        closeRegion(region, handler, depth);
        u.line = w.line();
        if (w.isAsync()) awaitExit(slot); else { emit(Op.LOAD_FAST, slot); emit(Op.WITH_EXIT); }
        emitJump(Op.JUMP, end);
        mark(handler);
        u.depth = depth + 1;
        emit(Op.LOAD_FAST, slot);
        if (w.isAsync()) {
            // [exc, __aexit__] -> [exc, await __aexit__(type, exc, tb)]: a true result swallows exc
            emit(Op.ASYNC_WITH_EXCEPT);
            send();
            int swallowed = newLabel();
            emitJump(Op.POP_JUMP_IF_TRUE, swallowed);
            emit(Op.RERAISE);
            mark(swallowed);
            u.depth = depth + 1;
            emit(Op.POP);
        } else {
            emit(Op.WITH_EXCEPT);
        }
        mark(end);
        u.depth = depth;
    }

    /** await __aexit__(None, None, None), the bound method in slot: an async with's normal exit. */
    private void awaitExit(int slot) {
        emit(Op.LOAD_FAST, slot);
        for (int i = 0; i < 3; i++) emit(Op.LOAD_CONST, constant(PyNone.NONE));
        emit(Op.CALL, 3);
        emit(Op.GET_AWAITABLE);
        send();
        emit(Op.POP);
    }

    /**
     * Delegates to the iterator or awaitable on the stack until it returns (yield from, await): SEND
     * passes each value sent to this frame on, suspends this frame at each value it yields, and
     * leaves its return value.
     */
    private void send() {
        emit(Op.LOAD_CONST, constant(PyNone.NONE));
        int done = newLabel();
        emitJump(Op.SEND, done);
        mark(done);
    }

    /**
     * async for: x = await it.__anext__() until it raises StopAsyncIteration. Only the await is
     * inside the handler's region, so the body's own exceptions pass through.
     */
    private void asyncForStmt(For f) {
        expr(f.iter());
        emit(Op.LOAD_ATTR, name("__aiter__"));
        emit(Op.CALL, 0);
        asyncLoop((top, end) -> forBody(f, top, end), () -> stmts(f.orelse()));
    }

    /**
     * An async for over the async iterator on the stack: each turn awaits its __anext__() and hands the
     * item to turn (with the loop's top and end labels; turn jumps back to top); StopAsyncIteration
     * ends the loop, which then runs orelse.
     */
    private void asyncLoop(java.util.function.BiConsumer<Integer, Integer> turn, Runnable orelse) {
        int top = newLabel();
        int exhausted = newLabel();
        int end = newLabel();
        int depth = u.depth;
        mark(top);
        Region region = openRegion();
        emit(Op.DUP);
        emit(Op.LOAD_ATTR, name("__anext__"));
        emit(Op.CALL, 0);
        emit(Op.GET_AWAITABLE);
        send();
        closeRegion(region, exhausted, depth);
        turn.accept(top, end);
        mark(exhausted);
        u.depth = depth + 1;
        int reraise = newLabel();
        emit(Op.DUP);
        emit(Op.LOAD_GLOBAL, name("StopAsyncIteration"));
        emit(Op.CHECK_EXC_MATCH);
        emitJump(Op.POP_JUMP_IF_FALSE, reraise);
        emit(Op.POP);
        emit(Op.POP);
        orelse.run();
        emitJump(Op.JUMP, end);
        mark(reraise);
        u.depth = depth + 1;
        emit(Op.RERAISE);
        mark(end);
        u.depth = depth - 1;
    }

    private void classDef(ClassDef c) {
        for (Expr d : c.decorators()) expr(d);
        Scope cs = scopes.get(c);
        Unit outer = u;
        u = new Unit(c.name(), filename, c.line(), cs, CodeObject.CLASS_BODY, outer);
        String doc = docstring(c.body());
        if (doc != null) {
            emit(Op.LOAD_CONST, constant(doc));
            store("__doc__");
        }
        annotationsDict(c.body(), c.line());
        stmts(c.body());
        emit(Op.LOAD_CONST, constant(PyNone.NONE));
        emit(Op.RETURN_VALUE);
        CodeObject body = u.finish();
        u = outer;
        makeFunction(body, cs, 0);
        for (Expr b : c.bases()) expr(b);
        if (c.metaclass() != null) expr(c.metaclass());
        else emit(Op.LOAD_CONST, constant(PyNone.NONE));
        if (c.keywords().isEmpty()) {
            emit(Op.LOAD_CONST, constant(PyNone.NONE));
        } else {
            List<Expr> keys = c.keywords().stream().map(kw -> (Expr) new Const(kw.name(), c.line())).toList();
            expr(new Dict(keys, c.keywords().stream().map(Keyword::value).toList(), c.line()));
        }
        emit(Op.BUILD_CLASS, constant(c.name()), c.bases().size());
        for (int i = 0; i < c.decorators().size(); i++) emit(Op.CALL, 1);
        store(c.name());
    }

    // ---- functions -------------------------------------------------------------------------

    private void function(String name, Params params, List<Stmt> body, Expr lambdaBody, Object node, int line) {
        int flags = 0;
        List<Param> withDefaults = params.positional().stream().filter(p -> p.defaultValue() != null).toList();
        if (!withDefaults.isEmpty()) {
            for (Param p : withDefaults) expr(p.defaultValue());
            emit(Op.BUILD_TUPLE, withDefaults.size());
            flags |= Op.FN_DEFAULTS;
        }
        List<Param> kwDefaults = params.kwonly().stream().filter(p -> p.defaultValue() != null).toList();
        if (!kwDefaults.isEmpty()) {
            for (Param p : kwDefaults) {
                emit(Op.LOAD_CONST, constant(p.name()));
                expr(p.defaultValue());
            }
            emit(Op.BUILD_MAP, kwDefaults.size());
            flags |= Op.FN_KWDEFAULTS;
        }
        Scope fs = scopes.get(node);
        Unit outer = u;
        u = new Unit(name, filename, line, fs, 0, outer);
        for (Param p : params.positional()) u.local(p.name());
        u.co.argcount = params.positional().size();
        for (Param p : params.kwonly()) u.local(p.name());
        u.co.kwonlycount = params.kwonly().size();
        if (params.varargs() != null) { u.local(params.varargs()); u.co.flags |= CodeObject.VARARGS; }
        if (params.kwargs() != null) { u.local(params.kwargs()); u.co.flags |= CodeObject.VARKW; }
        if (lambdaBody != null) {
            expr(lambdaBody);
            if ((u.co.flags & CodeObject.GENERATOR) != 0) { emit(Op.POP); emit(Op.LOAD_CONST, constant(PyNone.NONE)); }
            emit(Op.RETURN_VALUE);
        } else {
            u.co.doc = docstring(body);
            stmts(body);
            emit(Op.LOAD_CONST, constant(PyNone.NONE));
            emit(Op.RETURN_VALUE);
        }
        CodeObject co = u.finish();
        u = outer;
        makeFunction(co, fs, flags);
    }

    private void makeFunction(CodeObject co, Scope fs, int flags) {
        if (!fs.frees.isEmpty()) {
            for (String f : fs.frees) {
                int idx = u.cellList.indexOf(f);
                if (idx < 0) throw new SyntaxError("internal: free variable '" + f + "' not found", u.line, 1);
                emit(Op.LOAD_CLOSURE, idx);
            }
            emit(Op.BUILD_TUPLE, fs.frees.size());
            flags |= Op.FN_CLOSURE;
        }
        emit(Op.MAKE_FUNCTION, constant(co), flags);
    }

    // ---- expressions -----------------------------------------------------------------------

    /** Jumps to label when the truth of e equals jumpIf; fuses local-vs-int-constant comparisons. */
    private void testJump(Expr e, int label, boolean jumpIf) {
        if (e instanceof UnaryOp un && un.op().equals("not")) {
            testJump(un.operand(), label, !jumpIf);
            return;
        }
        if (e instanceof BoolOp b) {
            boolean isAnd = b.op().equals("and");
            if (isAnd != jumpIf) {       // and/jump-if-false, or/jump-if-true: both sides jump to label
                testJump(b.left(), label, jumpIf);
                testJump(b.right(), label, jumpIf);
            } else {
                int skip = newLabel();
                testJump(b.left(), skip, !jumpIf);
                testJump(b.right(), label, jumpIf);
                mark(skip);
            }
            return;
        }
        if (e instanceof Compare c && c.ops().size() == 1 && c.left() instanceof Name n
                && access(n.id()) == Access.FAST && c.rights().get(0) instanceof Const k && k.value() instanceof Long l
                && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            int op = Op.cmpOp(c.ops().get(0));
            if (op <= Op.GE) {
                emitJump(Op.FAST_CMP_CONST_JUMP, label, u.local(n.id()), (int) (long) l, op | (jumpIf ? Op.JUMP_IF_TRUE : 0));
                u.co.flags |= CodeObject.UNBOXES_INTS;
                return;
            }
        }
        expr(e);
        emitJump(jumpIf ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
    }

    private void expr(Expr e) {
        int saved = u.line;
        if (e.line() > 0 && (e instanceof Call || e instanceof BinOp || e instanceof Subscript || e instanceof Attribute)) u.line = e.line();
        exprInner(e);
        u.line = saved;
    }

    private void exprInner(Expr e) {
        if (e instanceof Const c) {
            emit(Op.LOAD_CONST, constant(pyValue(c)));
        } else if (e instanceof Name n) {
            load(n.id());
        } else if (e instanceof FString f) {
            for (Expr p : f.parts()) {
                if (p instanceof FormatValue fv) {
                    expr(fv.value());
                    if (fv.spec() != null) expr(fv.spec());
                    emit(Op.FORMAT_VALUE, fv.conversion(), fv.spec() != null ? 1 : 0);
                } else {
                    expr(p);
                }
            }
            if (f.parts().size() != 1 || !(f.parts().get(0) instanceof FormatValue) && !(f.parts().get(0) instanceof Const)) {
                emit(Op.BUILD_STRING, f.parts().size());
            } else if (f.parts().get(0) instanceof Const c && !(c.value() instanceof String)) {
                emit(Op.BUILD_STRING, 1);
            }
        } else if (e instanceof BinOp b) {
            expr(b.left());
            expr(b.right());
            switch (b.op()) {
                case "+" -> emit(Op.BINARY_ADD);
                case "-" -> emit(Op.BINARY_SUB);
                case "*" -> emit(Op.BINARY_MUL);
                default -> emit(Op.BINARY_OP, Op.binOp(b.op()));
            }
        } else if (e instanceof UnaryOp un) {
            expr(un.operand());
            switch (un.op()) {
                case "not" -> emit(Op.UNARY_NOT);
                case "-" -> emit(Op.UNARY_NEG);
                case "+" -> emit(Op.UNARY_POS);
                default -> emit(Op.UNARY_INVERT);
            }
        } else if (e instanceof BoolOp b) {
            int end = newLabel();
            expr(b.left());
            emitJump(b.op().equals("and") ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
            expr(b.right());
            mark(end);
        } else if (e instanceof Compare c) {
            compare(c);
        } else if (e instanceof NamedExpr n) {
            expr(n.value());
            emit(Op.DUP);
            store(n.target().id());
        } else if (e instanceof IfExp i) {
            int orelse = newLabel();
            int end = newLabel();
            testJump(i.test(), orelse, false);
            expr(i.body());
            emitJump(Op.JUMP, end);
            mark(orelse);
            u.depth--;
            expr(i.orelse());
            mark(end);
        } else if (e instanceof Lambda l) {
            function("<lambda>", l.params(), null, l.body(), l, l.line());
        } else if (e instanceof Call c) {
            call(c);
        } else if (e instanceof Attribute a) {
            expr(a.value());
            emit(Op.LOAD_ATTR, name(a.name()));
        } else if (e instanceof Subscript s) {
            expr(s.value());
            expr(s.index());
            emit(Op.BINARY_SUBSCR);
        } else if (e instanceof Slice s) {
            noneOr(s.lower());
            noneOr(s.upper());
            if (s.step() != null) { expr(s.step()); emit(Op.BUILD_SLICE, 3); } else emit(Op.BUILD_SLICE, 2);
        } else if (e instanceof Tuple t) {
            if (t.elts().stream().allMatch(x -> x instanceof Const)) {
                emit(Op.LOAD_CONST, constant(new PyTuple(t.elts().stream().map(x -> pyValue((Const) x)).toArray())));
            } else if (t.elts().stream().anyMatch(x -> x instanceof Starred)) {
                sequenceWithStars(t.elts());
                emit(Op.LIST_TO_TUPLE);
            } else {
                for (Expr x : t.elts()) expr(x);
                emit(Op.BUILD_TUPLE, t.elts().size());
            }
        } else if (e instanceof ListE l) {
            if (l.elts().stream().anyMatch(x -> x instanceof Starred)) {
                sequenceWithStars(l.elts());
            } else {
                for (Expr x : l.elts()) expr(x);
                emit(Op.BUILD_LIST, l.elts().size());
            }
        } else if (e instanceof SetE s) {
            emit(Op.BUILD_SET, 0);
            if (s.elts().size() > 2 && s.elts().stream().allMatch(x -> x instanceof Const)) {
                emit(Op.LOAD_CONST, constant(constantSet(s.elts())));
                emit(Op.SET_UPDATE, 0);
            } else {
                for (Expr x : s.elts()) {
                    if (x instanceof Starred st) { expr(st.value()); emit(Op.SET_UPDATE, 0); }
                    else { expr(x); emit(Op.SET_ADD, 0); }
                }
            }
        } else if (e instanceof Dict d) {
            emit(Op.BUILD_MAP, 0);
            for (int i = 0; i < d.keys().size(); i++) {
                if (d.keys().get(i) == null) {
                    expr(d.values().get(i));
                    emit(Op.DICT_UPDATE, 0);
                } else {
                    expr(d.keys().get(i));
                    expr(d.values().get(i));
                    emit(Op.MAP_ADD, 0);
                }
            }
        } else if (e instanceof Comp c) {
            comprehension(c);
        } else if (e instanceof Yield y) {
            noneOr(y.value());
            if (u.co.isAsyncGenerator()) emit(Op.ASYNC_GEN_WRAP);   // an item for the consumer, not an await's future
            emit(Op.YIELD_VALUE);
        } else if (e instanceof YieldFrom y) {
            if (u.co.isAsyncGenerator()) throw new SyntaxError("'yield from' inside async function", y.line(), 1);
            expr(y.value());
            emit(Op.GET_ITER);
            send();
        } else if (e instanceof Await a) {
            expr(a.value());
            emit(Op.GET_AWAITABLE);
            send();
        } else if (e instanceof Starred s) {
            throw new SyntaxError("can't use starred expression here", s.line(), 1);
        } else {
            throw SyntaxError.unsupported(e.getClass().getSimpleName(), e.line(), 1);
        }
    }

    private void noneOr(Expr e) {
        if (e == null) emit(Op.LOAD_CONST, constant(PyNone.NONE)); else expr(e);
    }

    private void sequenceWithStars(List<Expr> elts) {
        emit(Op.BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Starred st) { expr(st.value()); emit(Op.LIST_EXTEND, 0); }
            else { expr(x); emit(Op.LIST_APPEND, 0); }
        }
    }

    private void compare(Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.rights().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        int cleanup = newLabel();
        int end = newLabel();
        for (int i = 0; i < n - 1; i++) {
            expr(c.rights().get(i));
            emit(Op.DUP);
            emit(Op.ROT3);
            compareOp(c.ops().get(i));
            emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.rights().get(n - 1));
        compareOp(c.ops().get(n - 1));
        int depth = u.depth;
        emitJump(Op.JUMP, end);
        mark(cleanup);
        u.depth = depth + 1;
        emit(Op.ROT2);
        emit(Op.POP);
        mark(end);
    }

    private void compareOp(String op) {
        switch (op) {
            case "<" -> emit(Op.COMPARE_LT);
            case ">" -> emit(Op.COMPARE_GT);
            default -> emit(Op.COMPARE_OP, Op.cmpOp(op));
        }
    }

    private void call(Call c) {
        if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && access("super") == Access.GLOBAL) {
            if (u.scope.kind != Scope.Kind.FUNCTION) throw new SyntaxError("super(): no arguments", c.line(), 1);
            emit(Op.LOAD_SUPER);
            return;
        }
        boolean stars = c.args().stream().anyMatch(a -> a instanceof Starred)
                || c.keywords().stream().anyMatch(k -> k.name() == null);
        Attribute method = c.func() instanceof Attribute at && !stars && c.keywords().isEmpty() ? at : null;
        if (method != null) {   // obj.name(args): no bound method is made
            expr(method.value());
            emit(Op.LOAD_METHOD, name(method.name()));
        } else {
            expr(c.func());
        }
        if (stars) {
            sequenceWithStars(c.args());
            emit(Op.LIST_TO_TUPLE);
            if (!c.keywords().isEmpty()) {
                emit(Op.BUILD_MAP, 0);
                for (Keyword k : c.keywords()) {
                    if (k.name() == null) { expr(k.value()); emit(Op.DICT_UPDATE, 0); }
                    else { emit(Op.LOAD_CONST, constant(k.name())); expr(k.value()); emit(Op.MAP_ADD, 0); }
                }
                emit(Op.CALL_EX, Op.CALL_EX_KWARGS);
            } else {
                emit(Op.CALL_EX, 0);
            }
            return;
        }
        if (method != null) {
            for (Expr a : c.args()) expr(a);
            emit(Op.CALL_METHOD, c.args().size());
            return;
        }
        for (Expr a : c.args()) expr(a);
        if (c.keywords().isEmpty()) {
            emit(Op.CALL, c.args().size());
        } else {
            String[] names = new String[c.keywords().size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = c.keywords().get(i).name();
                for (int j = 0; j < i; j++) if (names[j].equals(names[i])) throw new SyntaxError("keyword argument repeated: " + names[i], c.line(), 1);
                expr(c.keywords().get(i).value());
            }
            emit(Op.CALL_KW, c.args().size() + names.length, constant(names));
        }
    }

    private void comprehension(Comp c) {
        Scope cs = scopes.get(c);
        Unit outer = u;
        String name = switch (c.kind()) {
            case "list" -> "<listcomp>";
            case "set" -> "<setcomp>";
            case "dict" -> "<dictcomp>";
            default -> "<genexpr>";
        };
        u = new Unit(name, filename, c.line(), cs, 0, outer);
        u.line = outer.line;
        u.local(".0");
        u.co.argcount = 1;
        switch (c.kind()) {
            case "list" -> emit(Op.BUILD_LIST, 0);
            case "set" -> emit(Op.BUILD_SET, 0);
            case "dict" -> emit(Op.BUILD_MAP, 0);
            default -> { }
        }
        compGenerator(c, 0);
        if (c.kind().equals("gen")) emit(Op.LOAD_CONST, constant(PyNone.NONE));
        emit(Op.RETURN_VALUE);
        CodeObject co = u.finish();
        u = outer;
        makeFunction(co, cs, 0);
        expr(c.generators().get(0).iter());
        if (c.generators().get(0).isAsync()) {
            emit(Op.LOAD_METHOD, name("__aiter__"));
            emit(Op.CALL_METHOD, 0);
        } else {
            emit(Op.GET_ITER);
        }
        emit(Op.CALL, 1);
        if (cs.coroutine && !c.kind().equals("gen")) {   // an async comprehension runs as a coroutine, awaited here
            emit(Op.GET_AWAITABLE);
            send();
        }
    }

    private void compGenerator(Comp c, int i) {
        CompFor g = c.generators().get(i);
        if (i == 0) {
            emit(Op.LOAD_FAST, 0);
        } else {
            expr(g.iter());
            if (g.isAsync()) {
                emit(Op.LOAD_METHOD, name("__aiter__"));
                emit(Op.CALL_METHOD, 0);
            } else {
                emit(Op.GET_ITER);
            }
        }
        if (g.isAsync()) {
            asyncLoop((top, end) -> compTurn(c, i, g, top), () -> { });
            return;
        }
        int top = newLabel();
        int end = newLabel();
        int depth = u.depth;
        mark(top);
        emitJump(Op.FOR_ITER, end);
        compTurn(c, i, g, top);
        mark(end);
        u.depth = depth - 1;
    }

    /** One turn of a comprehension's for: stores the item on the stack, then filters, nests or adds; jumps back to next. */
    private void compTurn(Comp c, int i, CompFor g, int next) {
        storeTarget(g.target());
        for (Expr cond : g.ifs()) testJump(cond, next, false);
        if (i + 1 < c.generators().size()) {
            compGenerator(c, i + 1);
        } else {
            int n = c.generators().size();
            switch (c.kind()) {
                case "list" -> { expr(c.elt()); emit(Op.LIST_APPEND, n); }
                case "set" -> { expr(c.elt()); emit(Op.SET_ADD, n); }
                case "dict" -> { expr(c.elt()); expr(c.value()); emit(Op.MAP_ADD, n); }
                default -> {
                    expr(c.elt());
                    if (u.co.isAsyncGenerator()) emit(Op.ASYNC_GEN_WRAP);
                    emit(Op.YIELD_VALUE);
                    emit(Op.POP);
                }
            }
        }
        emitJump(Op.JUMP, next);
    }
}
