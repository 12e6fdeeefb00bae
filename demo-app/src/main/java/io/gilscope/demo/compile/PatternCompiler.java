package io.gilscope.demo.compile;

import io.gilscope.demo.lex.SyntaxError;
import io.gilscope.demo.parse.Expr;
import io.gilscope.demo.parse.Expr.Singleton;
import io.gilscope.demo.parse.Pattern;
import io.gilscope.demo.parse.Pattern.*;
import io.gilscope.demo.vm.CasePattern;
import io.gilscope.demo.vm.PyNone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One case's pattern to a {@link CasePattern}: the expressions it needs (values, classes, mapping
 * keys) are emitted through {@code emitValue} in source order, and the names it binds get slots in
 * {@link #captures}, as CPython's compiler checks them (one binding per name, the same names in every
 * alternative).
 */
final class PatternCompiler {
    private final Consumer<Expr> emitValue;
    private final int line;
    private final List<String> captures = new ArrayList<>();
    private int values;

    PatternCompiler(Consumer<Expr> emitValue, int line) {
        this.emitValue = emitValue;
        this.line = line;
    }

    CasePattern compile(Pattern p) {
        boundNames(p);
        return pattern(p);
    }

    /** The names bound, slot by slot. */
    List<String> captures() { return captures; }

    /** How many values were emitted. */
    int values() { return values; }

    private CasePattern pattern(Pattern p) {
        if (p instanceof MatchValue v) return new CasePattern.Value(value(v.value()));
        if (p instanceof MatchSingleton s) return new CasePattern.Singleton(s.value() == Singleton.NONE ? PyNone.NONE : s.value());
        if (p instanceof MatchCapture c) return new CasePattern.Capture(slot(c.name()));
        if (p instanceof MatchAs a) return new CasePattern.As(pattern(a.pattern()), slot(a.name()));
        if (p instanceof MatchOr o) return new CasePattern.Or(o.alternatives().stream().map(this::pattern).toList());
        if (p instanceof MatchSequence s) return sequence(s);
        if (p instanceof MatchMapping m) {
            int[] keys = new int[m.keys().size()];
            List<CasePattern> patterns = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                keys[i] = value(m.keys().get(i));
                patterns.add(pattern(m.values().get(i)));
            }
            return new CasePattern.Mapping(keys, patterns, slot(m.rest()));
        }
        if (p instanceof MatchClass c) {
            int cls = value(c.cls());
            List<CasePattern> args = c.args().stream().map(this::pattern).toList();
            return new CasePattern.ClassMatch(cls, args, c.kwNames(), c.kwPatterns().stream().map(this::pattern).toList());
        }
        throw new SyntaxError("invalid pattern", line, 1);
    }

    private CasePattern sequence(MatchSequence s) {
        List<CasePattern> items = new ArrayList<>();
        int star = -1;
        int starSlot = -1;
        for (Pattern item : s.items()) {
            if (item instanceof MatchStar st) {
                if (star >= 0) throw new SyntaxError("multiple starred names in sequence pattern", line, 1);
                star = items.size();
                starSlot = slot(st.name());
            } else {
                items.add(pattern(item));
            }
        }
        return new CasePattern.Sequence(items, star, starSlot);
    }

    private int value(Expr e) {
        emitValue.accept(e);
        return values++;
    }

    /** name's slot (-1 for none, the wildcard); alternatives of an or-pattern share slots. */
    private int slot(String name) {
        if (name == null) return -1;
        int i = captures.indexOf(name);
        if (i >= 0) return i;
        captures.add(name);
        return captures.size() - 1;
    }

    /** The names p binds, checked as CPython's compiler checks them. */
    private Set<String> boundNames(Pattern p) {
        Set<String> out = new LinkedHashSet<>();
        if (p instanceof MatchCapture c) add(out, c.name());
        else if (p instanceof MatchStar s) add(out, s.name());
        else if (p instanceof MatchAs a) { out.addAll(boundNames(a.pattern())); add(out, a.name()); }
        else if (p instanceof MatchSequence s) for (Pattern x : s.items()) addAll(out, boundNames(x));
        else if (p instanceof MatchMapping m) { for (Pattern x : m.values()) addAll(out, boundNames(x)); add(out, m.rest()); }
        else if (p instanceof MatchClass c) {
            for (Pattern x : c.args()) addAll(out, boundNames(x));
            for (Pattern x : c.kwPatterns()) addAll(out, boundNames(x));
        } else if (p instanceof MatchOr o) {
            Set<String> first = null;
            for (Pattern alt : o.alternatives()) {
                Set<String> names = boundNames(alt);
                if (first == null) first = names;
                else if (!new HashSet<>(first).equals(names)) throw new SyntaxError("alternative patterns bind different names", line, 1);
            }
            addAll(out, first);
        }
        return out;
    }

    private void add(Set<String> out, String name) {
        if (name != null && !out.add(name)) throw new SyntaxError("multiple assignments to name '" + name + "' in pattern", line, 1);
    }

    private void addAll(Set<String> out, Set<String> names) {
        for (String n : names) add(out, n);
    }
}
