package io.gilscope.demo.parse;

import java.util.List;

/** The patterns of a {@code match} statement's cases (PEP 634). A null name is the wildcard {@code _}. */
public sealed interface Pattern {
    /** A literal, or a dotted name: the subject must equal its value. */
    record MatchValue(Expr value) implements Pattern { }
    /** None, True or False: the subject must be that object. */
    record MatchSingleton(Object value) implements Pattern { }
    /** A bare name (or _): matches anything and binds it. */
    record MatchCapture(String name) implements Pattern { }
    /** {@code *name} inside a sequence pattern. */
    record MatchStar(String name) implements Pattern { }
    record MatchSequence(List<Pattern> items) implements Pattern { }
    /** rest: the name after {@code **}, or null. */
    record MatchMapping(List<Expr> keys, List<Pattern> values, String rest) implements Pattern { }
    record MatchClass(Expr cls, List<Pattern> args, List<String> kwNames, List<Pattern> kwPatterns) implements Pattern { }
    record MatchAs(Pattern pattern, String name) implements Pattern { }
    record MatchOr(List<Pattern> alternatives) implements Pattern { }
}
