package io.gilscope.demo.parse;

import io.gilscope.demo.lex.Scanner;
import io.gilscope.demo.lex.SyntaxError;
import io.gilscope.demo.lex.Token;
import io.gilscope.demo.lex.TokenType;
import io.gilscope.demo.parse.Expr.*;
import io.gilscope.demo.parse.Stmt.*;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Tokens to AST; one method per grammar rule. Stops at the first error (a {@link SyntaxError}). */
public final class Parser {
    private final List<Token> tokens;
    private int current = 0;

    public Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static List<Stmt> parse(String source) {
        return new Parser(new Scanner(source).scanTokens()).module();
    }

    public List<Stmt> module() {
        List<Stmt> body = new ArrayList<>();
        while (!check(TokenType.EOF)) {
            if (match(TokenType.NEWLINE)) continue;
            statement(body);
        }
        return body;
    }

    // ---- statements ------------------------------------------------------------------------

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.type() == TokenType.KEYWORD) {
            switch (t.text()) {
                case "if" -> { out.add(ifStmt()); return; }
                case "while" -> { out.add(whileStmt()); return; }
                case "for" -> { out.add(forStmt(false)); return; }
                case "try" -> { out.add(tryStmt()); return; }
                case "with" -> { out.add(withStmt(false)); return; }
                case "def" -> { out.add(funcDef(List.of(), false)); return; }
                case "class" -> { out.add(classDef(List.of())); return; }
                case "async" -> { out.add(asyncStmt(List.of())); return; }
                default -> { }
            }
        }
        if (t.is("@")) { out.add(decorated()); return; }
        if (t.type() == TokenType.NAME && t.text().equals("match")) {
            Stmt m = matchStmt();
            if (m != null) { out.add(m); return; }
        }
        simpleStatements(out);
    }

    // ---- match (PEP 634) -------------------------------------------------------------------

    /**
     * {@code match SUBJECT:} and its cases, or null with nothing consumed when the line only starts
     * with a name "match" ({@code match = 1}, {@code match(x)}): match is a soft keyword.
     */
    private Stmt matchStmt() {
        int start = current;
        int line = advance().line();
        Expr subject;
        try {
            subject = starExprList();
        } catch (SyntaxError e) {
            current = start;
            return null;
        }
        if (!check(":") || peekAt(1).type() != TokenType.NEWLINE) {
            current = start;
            return null;
        }
        advance();
        advance();
        if (!match(TokenType.INDENT)) throw new SyntaxError("IndentationError", "expected an indented block", peek().line(), peek().col());
        List<MatchCase> cases = new ArrayList<>();
        while (!check(TokenType.DEDENT) && !check(TokenType.EOF)) {
            Token c = peek();
            if (c.type() != TokenType.NAME || !c.text().equals("case")) throw error(c, "invalid syntax");
            advance();
            Pattern pattern = openPattern();
            Expr guard = match("if") ? namedExpression() : null;
            cases.add(new MatchCase(pattern, guard, block(), c.line()));
        }
        match(TokenType.DEDENT);
        return new Match(subject, cases, line);
    }

    /** A case's pattern: {@code a, *b} without brackets is a sequence pattern. */
    private Pattern openPattern() {
        Pattern first = starOrPattern();
        if (!check(",")) {
            if (first instanceof Pattern.MatchStar) throw error(peek(), "invalid syntax");
            return first;
        }
        List<Pattern> items = new ArrayList<>(List.of(first));
        while (match(",") && !check(":") && !check("if")) items.add(starOrPattern());
        return new Pattern.MatchSequence(items);
    }

    private Pattern starOrPattern() {
        if (!match("*")) return pattern();
        return new Pattern.MatchStar(captureName(consume(TokenType.NAME, "expected a name after '*'")));
    }

    private Pattern pattern() {
        Pattern p = orPattern();
        if (!match("as")) return p;
        Token name = consume(TokenType.NAME, "invalid pattern target");
        if (name.text().equals("_")) throw error(name, "cannot use '_' as a target");
        return new Pattern.MatchAs(p, name.text());
    }

    private Pattern orPattern() {
        List<Pattern> alternatives = new ArrayList<>(List.of(closedPattern()));
        while (match("|")) alternatives.add(closedPattern());
        return alternatives.size() == 1 ? alternatives.get(0) : new Pattern.MatchOr(alternatives);
    }

    private Pattern closedPattern() {
        Token t = peek();
        if (t.type() == TokenType.NUMBER || t.is("-")) return new Pattern.MatchValue(signedNumber());
        if (t.type() == TokenType.STRING) return new Pattern.MatchValue(strings());
        if (t.is("None")) { advance(); return new Pattern.MatchSingleton(Singleton.NONE); }
        if (t.is("True")) { advance(); return new Pattern.MatchSingleton(Boolean.TRUE); }
        if (t.is("False")) { advance(); return new Pattern.MatchSingleton(Boolean.FALSE); }
        if (t.is("(")) return groupOrTuplePattern();
        if (t.is("[")) {
            advance();
            return new Pattern.MatchSequence(patternsUntil("]"));
        }
        if (t.is("{")) return mappingPattern();
        if (t.type() == TokenType.NAME) {
            Expr name = dottedNameExpr();
            if (check("(")) return classPattern(name);
            if (name instanceof Name) return new Pattern.MatchCapture(captureName(t));
            return new Pattern.MatchValue(name);
        }
        throw error(t, "invalid pattern");
    }

    private static String captureName(Token t) {
        return t.text().equals("_") ? null : t.text();
    }

    /** A number literal, negative, or complex ({@code 1 + 2j}), as patterns allow. */
    private Expr signedNumber() {
        Token t = peek();
        Expr e = match("-") ? new UnaryOp("-", numberLiteral(), t.line()) : numberLiteral();
        if (check("+") || check("-")) {
            Token op = advance();
            e = new BinOp(op.text(), e, numberLiteral(), op.line());
        }
        return e;
    }

    private Expr numberLiteral() {
        Token n = consume(TokenType.NUMBER, "invalid pattern");
        return new Const(n.value(), n.line());
    }

    /** NAME(.NAME)* as a Name or Attribute expression (a pattern's value or class). */
    private Expr dottedNameExpr() {
        Token t = advance();
        Expr e = new Name(t.text(), t.line(), t.col());
        while (match(".")) e = new Attribute(e, consume(TokenType.NAME, "expected a name").text(), t.line());
        return e;
    }

    /** {@code (p)} is p itself; {@code ()}, {@code (p,)} and {@code (p, q)} are sequences. */
    private Pattern groupOrTuplePattern() {
        advance();
        if (match(")")) return new Pattern.MatchSequence(List.of());
        Pattern first = starOrPattern();
        if (match(")")) {
            if (first instanceof Pattern.MatchStar) throw error(peek(), "invalid syntax");
            return first;
        }
        consume(",", "expected ')'");
        List<Pattern> items = new ArrayList<>(List.of(first));
        items.addAll(patternsUntil(")"));
        return new Pattern.MatchSequence(items);
    }

    /** Comma-separated patterns up to and including close (a trailing comma allowed). */
    private List<Pattern> patternsUntil(String close) {
        List<Pattern> items = new ArrayList<>();
        while (!match(close)) {
            items.add(starOrPattern());
            if (!check(close)) consume(",", "expected '" + close + "'");
        }
        return items;
    }

    private Pattern mappingPattern() {
        advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!match("}")) {
            if (match("**")) {
                rest = consume(TokenType.NAME, "expected a name after '**'").text();
                match(",");
                consume("}", "'**' must come last in a mapping pattern");
                break;
            }
            Token k = peek();
            if (k.type() == TokenType.NUMBER || k.is("-")) keys.add(signedNumber());
            else if (k.type() == TokenType.STRING) keys.add(strings());
            else if (k.is("None") || k.is("True") || k.is("False")) keys.add(atom());
            else if (k.type() == TokenType.NAME) {
                Expr key = dottedNameExpr();
                if (key instanceof Name) throw error(k, "mapping pattern keys may only match literals and attribute lookups");
                keys.add(key);
            } else {
                throw error(k, "invalid pattern");
            }
            consume(":", "expected ':'");
            values.add(pattern());
            if (!check("}")) consume(",", "expected '}'");
        }
        return new Pattern.MatchMapping(keys, values, rest);
    }

    private Pattern classPattern(Expr cls) {
        advance();
        List<Pattern> args = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Pattern> kwPatterns = new ArrayList<>();
        while (!match(")")) {
            if (check(TokenType.NAME) && peekAt(1).is("=")) {
                kwNames.add(advance().text());
                advance();
                kwPatterns.add(pattern());
            } else {
                if (!kwNames.isEmpty()) throw error(peek(), "positional patterns follow keyword patterns");
                args.add(pattern());
            }
            if (!check(")")) consume(",", "expected ')'");
        }
        return new Pattern.MatchClass(cls, args, kwNames, kwPatterns);
    }

    private void simpleStatements(List<Stmt> out) {
        do {
            if (check(TokenType.NEWLINE)) break;
            out.add(smallStmt());
        } while (match(";"));
        consume(TokenType.NEWLINE, "invalid syntax");
    }

    private Stmt smallStmt() {
        Token t = peek();
        int line = t.line();
        if (t.type() == TokenType.KEYWORD) {
            switch (t.text()) {
                case "pass" -> { advance(); return new Pass(line); }
                case "break" -> { advance(); return new Break(line); }
                case "continue" -> { advance(); return new Continue(line); }
                case "return" -> {
                    advance();
                    Expr v = atStmtEnd() ? null : exprListOrTuple();
                    return new Return(v, line);
                }
                case "raise" -> {
                    advance();
                    if (atStmtEnd()) return new Raise(null, null, line);
                    Expr e = expression();
                    Expr cause = match("from") ? expression() : null;
                    return new Raise(e, cause, line);
                }
                case "global" -> { advance(); return new Global(nameList(), line); }
                case "nonlocal" -> { advance(); return new Nonlocal(nameList(), line); }
                case "del" -> {
                    advance();
                    List<Expr> targets = new ArrayList<>();
                    do { targets.add(bitOr()); } while (match(",") && !atStmtEnd());
                    return new Del(targets, line);
                }
                case "assert" -> {
                    advance();
                    Expr test = expression();
                    Expr msg = match(",") ? expression() : null;
                    return new Assert(test, msg, line);
                }
                case "import" -> { advance(); return importStmt(line); }
                case "from" -> { advance(); return fromImport(line); }
                default -> { }
            }
        }
        Expr first = starExprList();
        if (match(":")) {
            int from = current;
            expression();   // the annotation: kept as text, never evaluated (as under from __future__ import annotations)
            String annotation = sourceText(from, current);
            Expr value = match("=") ? exprListOrTuple() : null;
            checkTarget(first, t);
            return new AnnAssign(first, annotation, value, line);
        }
        if (isAugOp()) {
            Token op = advance();
            checkTarget(first, t);
            Expr value = peek().is("yield") ? yieldExpr() : exprListOrTuple();
            return new AugAssign(first, op.text().substring(0, op.text().length() - 1), value, line);
        }
        if (check("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (match("=")) {
                value = peek().is("yield") ? yieldExpr() : starExprList();
                targets.add(value);
            }
            targets.remove(targets.size() - 1);
            for (Expr target : targets) checkTarget(target, t);
            return new Assign(targets, value, line);
        }
        return new ExprStmt(first, line);
    }

    private void checkTarget(Expr e, Token at) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) return;
        if (e instanceof Tuple tu) { for (Expr x : tu.elts()) checkTarget(x, at); return; }
        if (e instanceof ListE l) { for (Expr x : l.elts()) checkTarget(x, at); return; }
        if (e instanceof Starred st) { checkTarget(st.value(), at); return; }
        throw new SyntaxError("cannot assign to expression", at.line(), at.col());
    }

    private List<String> nameList() {
        List<String> names = new ArrayList<>();
        do { names.add(consume(TokenType.NAME, "expected a name").text()); } while (match(","));
        return names;
    }

    private String dottedName() {
        StringBuilder b = new StringBuilder(consume(TokenType.NAME, "expected a module name").text());
        while (match(".")) b.append('.').append(consume(TokenType.NAME, "expected a name").text());
        return b.toString();
    }

    private Stmt importStmt(int line) {
        List<Alias> names = new ArrayList<>();
        do {
            String name = dottedName();
            String as = match("as") ? consume(TokenType.NAME, "expected a name").text() : null;
            names.add(new Alias(name, as));
        } while (match(","));
        return new Import(names, line);
    }

    private Stmt fromImport(int line) {
        if (check(".") || check("...")) throw unsupported("relative imports");
        String module = dottedName();
        consume("import", "expected 'import'");
        List<Alias> names = new ArrayList<>();
        if (match("*")) return new ImportFrom(module, List.of(new Alias("*", null)), line);
        boolean paren = match("(");
        do {
            if (paren && check(")")) break;
            String name = consume(TokenType.NAME, "expected a name").text();
            String as = match("as") ? consume(TokenType.NAME, "expected a name").text() : null;
            names.add(new Alias(name, as));
        } while (match(","));
        if (paren) consume(")", "expected ')'");
        return new ImportFrom(module, names, line);
    }

    private List<Stmt> block() {
        consume(":", "expected ':'");
        List<Stmt> body = new ArrayList<>();
        if (!match(TokenType.NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        if (!match(TokenType.INDENT)) {
            Token t = peek();
            throw new SyntaxError("IndentationError", "expected an indented block", t.line(), t.col());
        }
        while (!check(TokenType.DEDENT) && !check(TokenType.EOF)) statement(body);
        match(TokenType.DEDENT);
        return body;
    }

    private Stmt ifStmt() {
        int line = advance().line();
        Expr test = namedExpression();
        List<Stmt> body = block();
        List<Stmt> orelse = List.of();
        if (check("elif")) orelse = List.of(ifStmt());
        else if (match("else")) orelse = block();
        return new If(test, body, orelse, line);
    }

    private Stmt whileStmt() {
        int line = advance().line();
        Expr test = namedExpression();
        List<Stmt> body = block();
        List<Stmt> orelse = match("else") ? block() : List.of();
        return new While(test, body, orelse, line);
    }

    /** async def, async for, async with: the keyword after async says which. */
    private Stmt asyncStmt(List<Expr> decorators) {
        advance();
        if (check("def")) return funcDef(decorators, true);
        if (decorators.isEmpty() && check("for")) return forStmt(true);
        if (decorators.isEmpty() && check("with")) return withStmt(true);
        throw error(peek(), "invalid syntax");
    }

    private Stmt forStmt(boolean isAsync) {
        int line = advance().line();
        Expr target = targetList();
        consume("in", "expected 'in'");
        Expr iter = exprListOrTuple();
        List<Stmt> body = block();
        List<Stmt> orelse = match("else") ? block() : List.of();
        return new For(target, iter, body, orelse, isAsync, line);
    }

    private Expr targetList() {
        Token t = peek();
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        do {
            if (check("in") || check("=")) break;
            if (check("*")) {
                int line = advance().line();
                elts.add(new Starred(bitOr(), line));
            } else {
                elts.add(bitOr());
            }
            if (!check(",")) break;
            comma = true;
        } while (match(","));
        Expr e = comma ? new Tuple(elts, t.line()) : elts.get(0);
        checkTarget(e, t);
        return e;
    }

    private Stmt tryStmt() {
        int line = advance().line();
        List<Stmt> body = block();
        List<Handler> handlers = new ArrayList<>();
        while (check("except")) {
            int hl = advance().line();
            if (match("*")) throw unsupported("'except*'");
            Expr type = null;
            String name = null;
            if (!check(":")) {
                type = expression();
                if (match(",")) {
                    List<Expr> ts = new ArrayList<>(List.of(type));
                    do { ts.add(expression()); } while (match(","));
                    type = new Tuple(ts, hl);
                }
                if (match("as")) name = consume(TokenType.NAME, "expected a name").text();
            }
            handlers.add(new Handler(type, name, block(), hl));
        }
        List<Stmt> orelse = !handlers.isEmpty() && match("else") ? block() : List.of();
        List<Stmt> fin = match("finally") ? block() : List.of();
        if (handlers.isEmpty() && fin.isEmpty()) throw error(peek(), "expected 'except' or 'finally' block");
        return new Try(body, handlers, orelse, fin, line);
    }

    private Stmt withStmt(boolean isAsync) {
        int line = advance().line();
        List<WithItem> items = new ArrayList<>();
        do {
            Expr ctx = expression();
            Expr var = null;
            if (match("as")) {
                Token t = peek();
                var = bitOr();
                checkTarget(var, t);
            }
            items.add(new WithItem(ctx, var));
        } while (match(","));
        return new With(items, block(), isAsync, line);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (match("@")) {
            decorators.add(expression());
            consume(TokenType.NEWLINE, "invalid syntax");
        }
        if (check("def")) return funcDef(decorators, false);
        if (check("async")) return asyncStmt(decorators);
        if (check("class")) return classDef(decorators);
        throw error(peek(), "invalid syntax");
    }

    private Stmt funcDef(List<Expr> decorators, boolean isAsync) {
        int line = advance().line();
        String name = consume(TokenType.NAME, "expected a function name").text();
        consume("(", "expected '('");
        Params params = params(")", true);
        consume(")", "expected ')'");
        if (match("->")) expression();
        return new FunctionDef(name, params, block(), decorators, isAsync, line);
    }

    private Params params(String end, boolean annotations) {
        List<Param> positional = new ArrayList<>();
        List<Param> kwonly = new ArrayList<>();
        String varargs = null;
        String kwargs = null;
        boolean star = false;
        while (!check(end)) {
            if (match("**")) {
                kwargs = consume(TokenType.NAME, "expected a parameter name").text();
                if (annotations && match(":")) expression();
            } else if (match("*")) {
                star = true;
                if (check(TokenType.NAME)) {
                    varargs = advance().text();
                    if (annotations && match(":")) expression();
                }
            } else if (match("/")) {
                // positional-only marker: accepted and ignored
            } else {
                Token n = consume(TokenType.NAME, "expected a parameter name");
                if (annotations && match(":")) expression();
                Expr def = match("=") ? expression() : null;
                if (def == null && !star && !positional.isEmpty() && positional.get(positional.size() - 1).defaultValue() != null)
                    throw error(n, "non-default argument follows default argument");
                (star ? kwonly : positional).add(new Param(n.text(), def));
            }
            if (!match(",")) break;
        }
        return new Params(positional, varargs, kwonly, kwargs);
    }

    private Stmt classDef(List<Expr> decorators) {
        int line = advance().line();
        String name = consume(TokenType.NAME, "expected a class name").text();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        Expr metaclass = null;
        if (match("(")) {
            while (!check(")")) {
                if (check(TokenType.NAME) && peekAt(1).is("=")) {
                    String key = advance().text();
                    advance();
                    if (key.equals("metaclass")) metaclass = expression();
                    else keywords.add(new Keyword(key, expression()));
                } else {
                    bases.add(expression());
                }
                if (!match(",")) break;
            }
            consume(")", "expected ')'");
        }
        return new ClassDef(name, bases, metaclass, keywords, block(), decorators, line);
    }

    // ---- expressions -----------------------------------------------------------------------

    private boolean atStmtEnd() {
        return check(TokenType.NEWLINE) || check(";") || check(TokenType.EOF);
    }

    /** {@code a, b, *c} as a tuple, or a single expression. */
    private Expr starExprList() {
        int line = peek().line();
        Expr first = starOrExpr();
        if (!check(",")) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (match(",")) {
            if (atStmtEnd() || check("=") || check(")") || isAugOp()) break;
            elts.add(starOrExpr());
        }
        return new Tuple(elts, line);
    }

    /** +=, //= and the like; not a comparison, nor := (which only an expression may hold). */
    private boolean isAugOp() {
        Token t = peek();
        return t.type() == TokenType.OP && t.text().length() >= 2 && t.text().endsWith("=")
                && !t.is("==") && !t.is("<=") && !t.is(">=") && !t.is("!=") && !t.is(":=");
    }

    private Expr exprListOrTuple() {
        return starExprList();
    }

    private Expr starOrExpr() {
        if (check("*")) {
            int line = advance().line();
            return new Starred(bitOr(), line);
        }
        return expression();
    }

    /** An element of a display or a call's argument: an expression, starred or {@code NAME := expression}. */
    private Expr starOrNamed() {
        return check("*") ? starOrExpr() : namedExpression();
    }

    /** An expression, or {@code NAME := expression} where Python allows one (PEP 572). */
    private Expr namedExpression() {
        if (!check(TokenType.NAME) || !peekAt(1).is(":=")) return expression();
        Token name = advance();
        advance();
        return new NamedExpr(new Name(name.text(), name.line(), name.col()), expression(), name.line());
    }

    private Expr yieldExpr() {
        int line = advance().line();
        if (match("from")) return new YieldFrom(expression(), line);
        if (atStmtEnd() || check(")")) return new Yield(null, line);
        return new Yield(exprListOrTuple(), line);
    }

    public Expr expression() {
        if (check("lambda")) return lambda();
        if (check("yield")) return yieldExpr();
        Expr e = orTest();
        if (check("if")) {
            int line = advance().line();
            Expr test = orTest();
            consume("else", "expected 'else' after 'if' expression");
            Expr orelse = expression();
            return new IfExp(test, e, orelse, line);
        }
        return e;
    }

    private Expr noCondExpression() {
        return check("lambda") ? lambda() : orTest();
    }

    private Expr lambda() {
        int line = advance().line();
        Params params = params(":", false);
        consume(":", "expected ':'");
        return new Lambda(params, expression(), line);
    }

    private Expr orTest() {
        Expr e = andTest();
        while (check("or")) { int line = advance().line(); e = new BoolOp("or", e, andTest(), line); }
        return e;
    }

    private Expr andTest() {
        Expr e = notTest();
        while (check("and")) { int line = advance().line(); e = new BoolOp("and", e, notTest(), line); }
        return e;
    }

    private Expr notTest() {
        if (check("not")) { int line = advance().line(); return new UnaryOp("not", notTest(), line); }
        return comparison();
    }

    private Expr comparison() {
        Expr e = bitOr();
        List<String> ops = new ArrayList<>();
        List<Expr> rights = new ArrayList<>();
        while (true) {
            String op;
            if (match("<") ) op = "<";
            else if (match(">")) op = ">";
            else if (match("==")) op = "==";
            else if (match(">=")) op = ">=";
            else if (match("<=")) op = "<=";
            else if (match("!=")) op = "!=";
            else if (match("in")) op = "in";
            else if (check("not") && peekAt(1).is("in")) { advance(); advance(); op = "not in"; }
            else if (match("is")) op = match("not") ? "is not" : "is";
            else break;
            ops.add(op);
            rights.add(bitOr());
        }
        return ops.isEmpty() ? e : new Compare(e, ops, rights, e.line());
    }

    private Expr bitOr() {
        Expr e = bitXor();
        while (check("|")) { int l = advance().line(); e = new BinOp("|", e, bitXor(), l); }
        return e;
    }

    private Expr bitXor() {
        Expr e = bitAnd();
        while (check("^")) { int l = advance().line(); e = new BinOp("^", e, bitAnd(), l); }
        return e;
    }

    private Expr bitAnd() {
        Expr e = shift();
        while (check("&")) { int l = advance().line(); e = new BinOp("&", e, shift(), l); }
        return e;
    }

    private Expr shift() {
        Expr e = arith();
        while (check("<<") || check(">>")) { Token t = advance(); e = new BinOp(t.text(), e, arith(), t.line()); }
        return e;
    }

    private Expr arith() {
        Expr e = term();
        while (check("+") || check("-")) { Token t = advance(); e = new BinOp(t.text(), e, term(), t.line()); }
        return e;
    }

    private Expr term() {
        Expr e = factor();
        while (check("*") || check("/") || check("//") || check("%") || check("@")) {
            Token t = advance();
            if (t.is("@")) throw error(t, "the '@' operator is not supported");
            e = new BinOp(t.text(), e, factor(), t.line());
        }
        return e;
    }

    private Expr factor() {
        if (check("-") || check("+") || check("~")) {
            Token t = advance();
            Expr operand = factor();
            if (t.is("-") && operand instanceof Const c && (c.value() instanceof Long || c.value() instanceof Double
                    || c.value() instanceof BigInteger)) {
                Object v = c.value();
                if (v instanceof Long l && l != Long.MIN_VALUE) return new Const(-l, t.line());
                if (v instanceof Double d) return new Const(-d, t.line());
                if (v instanceof BigInteger b) {
                    BigInteger n = b.negate();
                    return new Const(n.bitLength() < 64 ? (Object) n.longValue() : n, t.line());
                }
            }
            return new UnaryOp(t.text(), operand, t.line());
        }
        return power();
    }

    private Expr power() {
        Expr e;
        if (check("await")) {
            int line = advance().line();
            e = new Await(primary(), line);
        } else {
            e = primary();
        }
        if (check("**")) { int l = advance().line(); return new BinOp("**", e, factor(), l); }
        return e;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            if (check("(")) {
                int line = advance().line();
                e = callArgs(e, line);
            } else if (check("[")) {
                int line = advance().line();
                e = new Subscript(e, subscriptList(), line);
                consume("]", "expected ']'");
            } else if (check(".")) {
                int line = advance().line();
                e = new Attribute(e, consume(TokenType.NAME, "expected an attribute name").text(), line);
            } else {
                return e;
            }
        }
    }

    private Expr callArgs(Expr func, int line) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> kws = new ArrayList<>();
        while (!check(")")) {
            if (match("**")) {
                kws.add(new Keyword(null, expression()));
            } else if (check("*")) {
                int l = advance().line();
                args.add(new Starred(expression(), l));
            } else if (check(TokenType.NAME) && peekAt(1).is("=")) {
                String name = advance().text();
                advance();
                kws.add(new Keyword(name, expression()));
            } else {
                if (!kws.isEmpty()) throw error(peek(), "positional argument follows keyword argument");
                Expr a = namedExpression();
                if (compFor()) a = comprehension("gen", a, null, a.line());
                args.add(a);
            }
            if (!match(",")) break;
        }
        consume(")", "expected ')'");
        return new Call(func, args, kws, line);
    }

    private Expr subscriptList() {
        int line = peek().line();
        Expr first = subscript();
        if (!check(",")) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (match(",") && !check("]")) elts.add(subscript());
        return new Tuple(elts, line);
    }

    private Expr subscript() {
        int line = peek().line();
        Expr lower = check(":") ? null : expression();
        if (!match(":")) return lower;
        Expr upper = check(":") || check("]") || check(",") ? null : expression();
        Expr step = null;
        if (match(":")) step = check("]") || check(",") ? null : expression();
        return new Slice(lower, upper, step, line);
    }

    private Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME -> { advance(); return new Name(t.text(), t.line(), t.col()); }
            case NUMBER -> { advance(); return new Const(t.value(), t.line()); }
            case STRING, FSTRING -> { return strings(); }
            case KEYWORD -> {
                switch (t.text()) {
                    case "None" -> { advance(); return new Const(Singleton.NONE, t.line()); }
                    case "True" -> { advance(); return new Const(Boolean.TRUE, t.line()); }
                    case "False" -> { advance(); return new Const(Boolean.FALSE, t.line()); }
                    default -> throw error(t, "invalid syntax");
                }
            }
            case OP -> {
                if (t.is("(")) return parenthesized();
                if (t.is("[")) return listDisplay();
                if (t.is("{")) return dictOrSet();
                if (t.is("...")) { advance(); return new Const(Singleton.ELLIPSIS, t.line()); }
                throw error(t, "invalid syntax");
            }
            case NEWLINE, EOF -> throw error(t, "invalid syntax");
            case INDENT -> throw new SyntaxError("IndentationError", "unexpected indent", t.line(), t.col());
            default -> throw error(t, "invalid syntax");
        }
    }

    private Expr strings() {
        int line = peek().line();
        List<Expr> parts = new ArrayList<>();
        boolean anyF = false;
        while (check(TokenType.STRING) || check(TokenType.FSTRING)) {
            Token t = advance();
            if (t.type() == TokenType.STRING) {
                parts.add(new Const(t.value(), t.line()));
            } else {
                anyF = true;
                fstringParts((String) t.value(), t.text().equals("r"), t, parts);
            }
        }
        boolean anyBytes = parts.stream().anyMatch(p -> p instanceof Const c && c.value() instanceof byte[]);
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Expr p : parts) {
                if (!(p instanceof Const c && c.value() instanceof byte[] b)) {
                    throw new SyntaxError("cannot mix bytes and nonbytes literals", line, 1);
                }
                out.writeBytes(b);
            }
            return new Const(out.toByteArray(), line);
        }
        if (!anyF) {
            StringBuilder b = new StringBuilder();
            for (Expr p : parts) b.append((String) ((Const) p).value());
            return new Const(b.toString(), line);
        }
        return new FString(parts, line);
    }

    private void fstringParts(String body, boolean raw, Token at, List<Expr> parts) {
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{' && i + 1 < body.length() && body.charAt(i + 1) == '{') { lit.append('{'); i += 2; continue; }
            if (c == '}' && i + 1 < body.length() && body.charAt(i + 1) == '}') { lit.append('}'); i += 2; continue; }
            if (c == '}') throw error(at, "f-string: single '}' is not allowed");
            if (c != '{') { lit.append(c); i++; continue; }
            if (lit.length() > 0) {
                parts.add(new Const(raw ? lit.toString() : Scanner.unescape(lit.toString()), at.line()));
                lit.setLength(0);
            }
            int depth = 0;
            int j = i + 1;
            char quote = 0;
            int exprEnd = -1;
            for (; j < body.length(); j++) {
                char d = body.charAt(j);
                if (quote != 0) { if (d == quote) quote = 0; continue; }
                if (d == '\'' || d == '"') quote = d;
                else if (d == '(' || d == '[' || d == '{') depth++;
                else if ((d == ')' || d == ']' || d == '}') && depth > 0) depth--;
                else if (depth == 0 && (d == '}' || d == ':' || (d == '!' && j + 1 < body.length() && body.charAt(j + 1) != '='))) { exprEnd = j; break; }
            }
            if (exprEnd < 0) throw error(at, "f-string: expecting '}'");
            String exprSrc = body.substring(i + 1, exprEnd);
            boolean selfDoc = false;
            String trimmed = exprSrc.stripTrailing();
            if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("!=") && !trimmed.endsWith("<=") && !trimmed.endsWith(">=")) {
                selfDoc = true;
                parts.add(new Const(exprSrc, at.line()));
                exprSrc = trimmed.substring(0, trimmed.length() - 1);
            }
            if (exprSrc.isBlank()) throw error(at, "f-string: empty expression not allowed");
            Expr value = subExpression(exprSrc, at);
            j = exprEnd;
            char conv = selfDoc ? 'r' : 0;
            if (body.charAt(j) == '!') {
                conv = body.charAt(j + 1);
                if (conv != 'r' && conv != 's' && conv != 'a') throw error(at, "f-string: invalid conversion character");
                j += 2;
            }
            Expr spec = null;
            if (j < body.length() && body.charAt(j) == ':') {
                int k = j + 1;
                int nest = 0;
                for (; k < body.length(); k++) {
                    char d = body.charAt(k);
                    if (d == '{') nest++;
                    else if (d == '}') { if (nest == 0) break; nest--; }
                }
                List<Expr> specParts = new ArrayList<>();
                fstringParts(body.substring(j + 1, k), raw, at, specParts);
                spec = new FString(specParts, at.line());
                j = k;
            }
            if (j >= body.length() || body.charAt(j) != '}') throw error(at, "f-string: expecting '}'");
            if (selfDoc && spec != null) conv = 0;
            parts.add(new FormatValue(value, conv, spec, at.line()));
            i = j + 1;
        }
        if (lit.length() > 0) parts.add(new Const(raw ? lit.toString() : Scanner.unescape(lit.toString()), at.line()));
    }

    private Expr subExpression(String src, Token at) {
        List<Token> toks;
        try {
            toks = new Scanner("(" + src + ")").scanTokens();
        } catch (SyntaxError e) {
            throw new SyntaxError(e.kind, "f-string: " + e.getMessage(), at.line(), at.col());
        }
        List<Token> fixed = new ArrayList<>();
        for (Token t : toks) fixed.add(new Token(t.type(), t.text(), t.value(), at.line(), at.col()));
        Parser p = new Parser(fixed);
        Expr e = p.expression();
        if (!p.check(TokenType.NEWLINE)) throw error(at, "f-string: invalid syntax");
        return e;
    }

    private Expr parenthesized() {
        int line = advance().line();
        if (match(")")) return new Tuple(List.of(), line);
        if (check("yield")) {
            Expr y = yieldExpr();
            consume(")", "expected ')'");
            return y;
        }
        Expr first = starOrNamed();
        if (compFor()) {
            Expr c = comprehension("gen", first, null, line);
            consume(")", "expected ')'");
            return c;
        }
        if (!check(",")) {
            consume(")", "'(' was never closed");
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (match(",") && !check(")")) elts.add(starOrNamed());
        consume(")", "'(' was never closed");
        return new Tuple(elts, line);
    }

    private Expr listDisplay() {
        int line = advance().line();
        List<Expr> elts = new ArrayList<>();
        if (match("]")) return new ListE(elts, line);
        Expr first = starOrNamed();
        if (compFor()) {
            Expr c = comprehension("list", first, null, line);
            consume("]", "expected ']'");
            return c;
        }
        elts.add(first);
        while (match(",") && !check("]")) elts.add(starOrNamed());
        consume("]", "'[' was never closed");
        return new ListE(elts, line);
    }

    private Expr dictOrSet() {
        int line = advance().line();
        if (match("}")) return new Dict(new ArrayList<>(), new ArrayList<>(), line);
        if (match("**")) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(null);
            values.add(bitOr());
            return dictRest(keys, values, line);
        }
        Expr first = starOrNamed();
        if (match(":")) {
            Expr value = expression();
            if (compFor()) {
                Expr c = comprehension("dict", first, value, line);
                consume("}", "expected '}'");
                return c;
            }
            List<Expr> keys = new ArrayList<>(List.of(first));
            List<Expr> values = new ArrayList<>(List.of(value));
            return dictRest(keys, values, line);
        }
        if (compFor()) {
            Expr c = comprehension("set", first, null, line);
            consume("}", "expected '}'");
            return c;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (match(",") && !check("}")) elts.add(starOrNamed());
        consume("}", "'{' was never closed");
        return new SetE(elts, line);
    }

    private Expr dictRest(List<Expr> keys, List<Expr> values, int line) {
        while (match(",") && !check("}")) {
            if (match("**")) {
                keys.add(null);
                values.add(bitOr());
            } else {
                keys.add(expression());
                consume(":", "expected ':'");
                values.add(expression());
            }
        }
        consume("}", "'{' was never closed");
        return new Dict(keys, values, line);
    }

    private Expr comprehension(String kind, Expr elt, Expr value, int line) {
        List<CompFor> gens = new ArrayList<>();
        while (compFor()) {
            boolean isAsync = match("async");
            advance();
            Expr target = targetList();
            consume("in", "expected 'in'");
            Expr iter = orTest();
            List<Expr> ifs = new ArrayList<>();
            while (check("if")) { advance(); ifs.add(noCondExpression()); }
            gens.add(new CompFor(target, iter, ifs, isAsync));
        }
        return new Comp(kind, elt, value, gens, line);
    }

    /** A comprehension's for or async for comes next. */
    private boolean compFor() {
        return check("for") || (check("async") && peekAt(1).is("for"));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private boolean match(String s) {
        if (check(s)) { advance(); return true; }
        return false;
    }

    private boolean match(TokenType type) {
        if (check(type)) { advance(); return true; }
        return false;
    }

    private boolean check(String s) { return peek().is(s); }
    private boolean check(TokenType type) { return peek().type() == type; }
    /** The tokens from {@code from} up to {@code to} as source text, spaced as code usually is. */
    private String sourceText(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token k = tokens.get(i);
            String text = k.type() == TokenType.STRING && k.value() instanceof String v ? "'" + v + "'" : k.text();
            if (text.equals(",")) sb.append(", ");
            else if (text.equals("|")) sb.append(" | ");
            else sb.append(text);
        }
        return sb.toString().strip();
    }

    private Token peek() { return tokens.get(current); }
    private Token peekAt(int k) { return tokens.get(Math.min(current + k, tokens.size() - 1)); }
    private Token advance() { Token t = tokens.get(current); if (t.type() != TokenType.EOF) current++; return t; }

    private Token consume(String s, String message) {
        if (check(s)) return advance();
        throw error(peek(), message);
    }

    private Token consume(TokenType type, String message) {
        if (check(type)) return advance();
        throw error(peek(), message);
    }

    private SyntaxError error(Token t, String message) {
        if (t.type() == TokenType.INDENT) return new SyntaxError("IndentationError", "unexpected indent", t.line(), t.col());
        return new SyntaxError(message, t.line(), t.col());
    }

    private SyntaxError unsupported(String feature) {
        Token t = peek();
        return SyntaxError.unsupported(feature, t.line(), t.col());
    }
}
