package io.gilscope.demo.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A compiled {@code case} pattern (PEP 634), a constant of the code that MATCH_PATTERN runs. The
 * values a pattern compares with, class patterns' classes and mapping keys are evaluated before
 * the match, in source order, into {@code values}; each name the pattern binds has a slot in
 * {@code captures}, which the instructions after a successful match store in order.
 */
public sealed interface CasePattern {
    boolean match(Object subject, Object[] values, Object[] captures);

    /** Binds anything to slot (-1: the wildcard, which binds nothing). */
    record Capture(int slot) implements CasePattern {
        @Override
        public boolean match(Object subject, Object[] values, Object[] captures) {
            if (slot >= 0) captures[slot] = subject;
            return true;
        }
    }

    /** A literal or dotted name: equal to values[index]. */
    record Value(int index) implements CasePattern {
        @Override
        public boolean match(Object subject, Object[] values, Object[] captures) {
            return Ops.eq(subject, values[index]);
        }
    }

    /** None, True or False: that very object. */
    record Singleton(Object value) implements CasePattern {
        @Override
        public boolean match(Object subject, Object[] values, Object[] captures) {
            return subject == value || (value instanceof Boolean b && subject instanceof Boolean s && s.booleanValue() == b);
        }
    }

    /**
     * A list, tuple or range (not a str or bytes) of matching items; star is how many items come
     * before {@code *name} (-1: there is none), whose list is bound to starSlot (-1: {@code *_}).
     */
    record Sequence(List<CasePattern> items, int star, int starSlot) implements CasePattern {
        @Override
        public boolean match(Object subject, Object[] values, Object[] captures) {
            Object v = Values.unwrap(subject);
            if (!(v instanceof PyList || v instanceof PyTuple || v instanceof PyRange)) return false;
            List<Object> xs = Ops.iterToList(v);
            int n = items.size();
            if (star < 0 ? xs.size() != n : xs.size() < n) return false;
            int after = n - star;
            for (int i = 0; i < n; i++) {
                int at = star < 0 || i < star ? i : xs.size() - (n - i);
                if (!items.get(i).match(xs.get(at), values, captures)) return false;
            }
            if (star >= 0 && starSlot >= 0) captures[starSlot] = new PyList(xs.subList(star, xs.size() - after));
            return true;
        }
    }

    /** A dict with each key of values[keys[i]] matching values, the other entries bound to restSlot (-1: none). */
    record Mapping(int[] keys, List<CasePattern> patterns, int restSlot) implements CasePattern {
        @Override
        public boolean match(Object subject, Object[] values, Object[] captures) {
            if (!(Values.unwrap(subject) instanceof PyDict d)) return false;
            for (int i = 0; i < keys.length; i++) {
                Object v = d.get(values[keys[i]]);
                if (v == null || !patterns.get(i).match(v, values, captures)) return false;
            }
            if (restSlot >= 0) {
                PyDict rest = new PyDict();
                for (Object[] e : d.entries()) rest.put(e[0], e[1]);
                for (int k : keys) rest.remove(values[k]);
                captures[restSlot] = rest;
            }
            return true;
        }
    }

    /**
     * An instance of the class at values[cls]; positional patterns match the attributes its
     * {@code __match_args__} names (or, for bool, int, str and the other builtins, the subject itself),
     * keyword patterns the named attributes.
     */
    record ClassMatch(int cls, List<CasePattern> args, List<String> kwNames, List<CasePattern> kwPatterns) implements CasePattern {
        private static final Set<PyClass> SELF_MATCHING = Set.of(Types.BOOL, Types.BYTES, Types.DICT, Types.FLOAT, Types.FROZENSET,
                Types.INT, Types.LIST, Types.SET, Types.STR, Types.TUPLE);

        @Override
        public boolean match(Object subject, Object[] values, Object[] captures) {
            if (!(values[cls] instanceof PyClass c)) throw Errors.typeError("called match pattern must be a class");
            if (!Ops.isInstance(subject, c)) return false;
            List<String> names = new ArrayList<>();
            if (!args.isEmpty()) {
                boolean self = args.size() == 1 && SELF_MATCHING.stream().anyMatch(c::isSubclassOf) && Ops.getattrOrNull(c, "__match_args__") == null;
                if (self) return args.get(0).match(subject, values, captures) && keywords(subject, values, captures);
                Object matchArgs = Ops.getattrOrNull(c, "__match_args__");
                if (!(matchArgs instanceof PyTuple t)) {
                    throw Errors.typeError(c.name + "() accepts 0 positional sub-patterns (" + args.size() + " given)");
                }
                if (t.items.length < args.size()) {
                    throw Errors.typeError(c.name + "() accepts " + t.items.length + " positional sub-pattern" + (t.items.length == 1 ? "" : "s")
                            + " (" + args.size() + " given)");
                }
                for (int i = 0; i < args.size(); i++) names.add((String) t.items[i]);
            }
            for (int i = 0; i < args.size(); i++) {
                if (kwNames.contains(names.get(i))) throw Errors.typeError(c.name + "() got multiple sub-patterns for attribute '" + names.get(i) + "'");
                Object v = Ops.getattrOrNull(subject, names.get(i));
                if (v == null || !args.get(i).match(v, values, captures)) return false;
            }
            return keywords(subject, values, captures);
        }

        private boolean keywords(Object subject, Object[] values, Object[] captures) {
            for (int i = 0; i < kwNames.size(); i++) {
                Object v = Ops.getattrOrNull(subject, kwNames.get(i));
                if (v == null || !kwPatterns.get(i).match(v, values, captures)) return false;
            }
            return true;
        }
    }

    /** pattern, then the subject bound to slot. */
    record As(CasePattern pattern, int slot) implements CasePattern {
        @Override
        public boolean match(Object subject, Object[] values, Object[] captures) {
            if (!pattern.match(subject, values, captures)) return false;
            captures[slot] = subject;
            return true;
        }
    }

    /** The first alternative that matches (all bind the same names). */
    record Or(List<CasePattern> alternatives) implements CasePattern {
        @Override
        public boolean match(Object subject, Object[] values, Object[] captures) {
            for (CasePattern p : alternatives) if (p.match(subject, values, captures)) return true;
            return false;
        }
    }

    /**
     * MATCH_PATTERN: the subject under a tuple of values on the stack; on a match, replaces the tuple by
     * the n captures and returns the new sp, otherwise pops it and returns ~sp.
     */
    static int run(Object[] stack, int sp, CasePattern pattern, int n) {
        Object[] values = ((PyTuple) stack[--sp]).items;
        stack[sp] = null;
        Object[] captures = new Object[n];
        if (!pattern.match(stack[sp - 1], values, captures)) return ~sp;
        System.arraycopy(captures, 0, stack, sp, n);
        return sp + n;
    }
}
