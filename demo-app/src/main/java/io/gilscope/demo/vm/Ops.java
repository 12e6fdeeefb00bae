package io.gilscope.demo.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Python semantics on Java values. Value mapping: int = Long (BigInteger beyond 64 bits, always
 * normalised), bool = Boolean, float = Double, str = String, None = {@link PyNone#NONE}, list/tuple/
 * dict/set = PyList/PyTuple/PyDict/PySet, everything else a PyInstance or one of the Py* classes.
 */
public final class Ops {
    private Ops() { }

    // ---- numbers ---------------------------------------------------------------------------

    /** float.as_integer_ratio(): the exact fraction, in lowest terms with a positive denominator. */
    static PyTuple integerRatio(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert NaN to integer ratio");
        if (Double.isInfinite(d)) throw Errors.make(Errors.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
        BigDecimal exact = new BigDecimal(d);
        BigInteger num = exact.unscaledValue(), den = BigInteger.ONE;
        if (exact.scale() > 0) den = BigInteger.TEN.pow(exact.scale());
        else num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        BigInteger g = num.gcd(den);
        return PyTuple.of(norm(num.divide(g)), norm(den.divide(g)));
    }

    public static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    static boolean isNum(Object o) {
        return isInt(o) || o instanceof Double;
    }

    public static BigInteger big(Object o) {
        if (o instanceof BigInteger b) return b;
        if (o instanceof Long l) return BigInteger.valueOf(l);
        return BigInteger.valueOf((Boolean) o ? 1 : 0);
    }

    public static double toDouble(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) throw Errors.overflow("int too large to convert to float");
            return d;
        }
        if (Values.isValueInstance(o)) return toDouble(Values.unwrap(o));
        throw Errors.typeError("must be real number, not " + typeName(o));
    }

    /** An index-like int as a Java long. */
    public static long toLong(Object o) {
        if (o instanceof Long l) return l;
        if (Values.isValueInstance(o)) return toLong(Values.unwrap(o));
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger b) {
            if (b.bitLength() >= 64) throw Errors.make(Errors.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            return b.longValue();
        }
        throw Errors.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    public static int toInt(Object o) {
        long l = toLong(o);
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) throw Errors.overflow("Python int too large to convert to C int");
        return (int) l;
    }

    /** a op b. Small, so that the JIT inlines it into the dispatch loop; int and float + - * first. */
    public static Object binary(int op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            Object r = longOp(op, x, y);
            if (r != null) return r;
        } else if (a instanceof Double x && b instanceof Double y && op <= Op.MUL) {   // float + - * (nbody-style code): no further checks
            return op == Op.ADD ? x + y : op == Op.SUB ? x - y : (Object) (x * y);
        }
        return binarySlow(op, a, b);
    }

    /** int op int within 64 bits, or null when the answer needs more (or is not an int's). */
    private static Object longOp(int op, long x, long y) {
        long r;
        switch (op) {
            case Op.ADD: r = x + y; return ((x ^ r) & (y ^ r)) < 0 ? norm(BigInteger.valueOf(x).add(BigInteger.valueOf(y))) : (Object) r;
            case Op.SUB: r = x - y; return ((x ^ y) & (x ^ r)) < 0 ? norm(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y))) : (Object) r;
            case Op.MUL: {
                long hi = Math.multiplyHigh(x, y);
                r = x * y;
                if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) return r;
                return norm(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
            }
            case Op.FLOORDIV:
                if (y == 0) throw Errors.zeroDivision("integer division or modulo by zero");
                if (x == Long.MIN_VALUE && y == -1) return norm(BigInteger.valueOf(x).negate());
                return Math.floorDiv(x, y);
            case Op.MOD:
                if (y == 0) throw Errors.zeroDivision("integer modulo by zero");
                return Math.floorMod(x, y);
            case Op.RSHIFT:
                return y >= 0 ? (Object) (x >> Math.min(y, 63)) : null;
            case Op.LSHIFT:
                if (y >= 0 && y < 63 && (x == 0 || (x > 0 && Long.numberOfLeadingZeros(x) > y + 1)
                        || (x < 0 && Long.numberOfLeadingZeros(~x) > y + 1))) return x << y;
                return null;
            case Op.AND: return x & y;
            case Op.OR: return x | y;
            case Op.XOR: return x ^ y;
            default: return null;
        }
    }

    private static Object binarySlow(int op, Object a, Object b) {
        if (isInt(a) && isInt(b)) return intOp(op, big(a), big(b), a, b);
        if (isNum(a) && isNum(b)) return floatOp(op, toDouble(a), toDouble(b));
        if (a instanceof PyComplex || b instanceof PyComplex) {
            PyComplex x = PyComplex.of(a), y = PyComplex.of(b);
            if (x != null && y != null) return complexOp(op, x, y, a, b);
        }
        Object r = seqOp(op, a, b);
        if (r != null) return r;
        if (a instanceof PyInstance || b instanceof PyInstance) {
            String[] names = SPECIAL[op];
            if (a instanceof PyInstance ia) {
                Object m = ia.cls.lookup(names[0]);
                if (m != null) {
                    Object v = call(m, new Object[]{a, b}, null);
                    if (v != PyNone.NOT_IMPLEMENTED) return v;
                }
            }
            if (b instanceof PyInstance ib) {
                Object m = ib.cls.lookup(names[1]);
                if (m != null) {
                    Object v = call(m, new Object[]{b, a}, null);
                    if (v != PyNone.NOT_IMPLEMENTED) return v;
                }
            }
        }
        if (op == Op.OR && (a instanceof PyClass || b instanceof PyClass)) {   // int | None (PEP 604)
            Object u = TypeForms.union(a, b);
            if (u != PyNone.NOT_IMPLEMENTED) return u;
        }
        if (op == Op.ADD && (a instanceof String || a instanceof PyList || a instanceof PyTuple)) {
            throw Errors.typeError("can only concatenate " + typeName(a) + " (not \"" + typeName(b) + "\") to " + typeName(a));
        }
        throw Errors.typeError("unsupported operand type(s) for " + Op.BIN_SYMBOLS[op] + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    private static final String[][] SPECIAL = {
            {"__add__", "__radd__"}, {"__sub__", "__rsub__"}, {"__mul__", "__rmul__"}, {"__truediv__", "__rtruediv__"},
            {"__floordiv__", "__rfloordiv__"}, {"__mod__", "__rmod__"}, {"__pow__", "__rpow__"}, {"__lshift__", "__rlshift__"},
            {"__rshift__", "__rrshift__"}, {"__and__", "__rand__"}, {"__or__", "__ror__"}, {"__xor__", "__rxor__"}};

    /** a op= b: lists extend in place, everything else as the binary operator. */
    public static Object inplace(int op, Object a, Object b) {
        if (a instanceof Long) return binary(op, a, b);
        if (op == Op.ADD && a instanceof PyList l) {
            l.extend(iterToList(b));
            return l;
        }
        if (a instanceof PySet s && !s.frozen && b instanceof PySet y && (op == Op.OR || op == Op.AND || op == Op.SUB || op == Op.XOR)) {
            switch (op) {   // set |= &= -= ^= change the set itself, as CPython's set_ior, set_iand, ... do
                case Op.OR -> s.update(y);
                case Op.AND -> s.become((PySet) binary(op, a, b));
                case Op.SUB -> s.removeAll(y);
                default -> s.symmetricUpdate(y);
            }
            return s;
        }
        if (a instanceof PyInstance ia) {
            Object m = ia.cls.lookup("__i" + SPECIAL[op][0].substring(2));
            if (m != null) return call(m, new Object[]{a, b}, null);
        }
        return binary(op, a, b);
    }

    /**
     * x / y for big ints, correctly rounded as CPython's: an integer quotient of at least 55 bits, made
     * odd when inexact ("round to odd"), so that its one conversion to a double rounds the true quotient.
     */
    static double trueDivide(BigInteger x, BigInteger y) {
        boolean negative = x.signum() * y.signum() < 0;
        BigInteger n = x.abs(), d = y.abs();
        int shift = 55 - (n.bitLength() - d.bitLength());
        if (shift > 0) n = n.shiftLeft(shift);
        else d = d.shiftLeft(-shift);
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
        double r = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(r)) throw Errors.overflow("integer division result too large for a float");
        return negative ? -r : r;
    }

    private static Object intOp(int op, BigInteger x, BigInteger y, Object a, Object b) {
        switch (op) {
            case Op.ADD: return norm(x.add(y));
            case Op.SUB: return norm(x.subtract(y));
            case Op.MUL: return norm(x.multiply(y));
            case Op.TRUEDIV:
                if (y.signum() == 0) throw Errors.zeroDivision("division by zero");
                if (x.bitLength() < 53 && y.bitLength() < 53) return x.doubleValue() / y.doubleValue();
                return trueDivide(x, y);
            case Op.FLOORDIV: {
                if (y.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) q = q.subtract(BigInteger.ONE);
                return norm(q);
            }
            case Op.MOD: {
                if (y.signum() == 0) throw Errors.zeroDivision("integer modulo by zero");
                BigInteger r = x.mod(y.abs());
                if (y.signum() < 0 && r.signum() != 0) r = r.add(y);
                return norm(r);
            }
            case Op.POW: {
                if (y.signum() < 0) {
                    if (x.signum() == 0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
                    return Math.pow(x.doubleValue(), y.doubleValue());
                }
                if (y.bitLength() > 31) {
                    if (x.abs().compareTo(BigInteger.ONE) <= 0) return norm(x.signum() == 0 ? x : x.pow(y.testBit(0) ? 1 : 2));
                    throw Errors.make(Errors.MEMORY_ERROR, "exponent too large");
                }
                return norm(x.pow(y.intValue()));
            }
            case Op.LSHIFT:
                if (y.signum() < 0) throw Errors.valueError("negative shift count");
                return norm(x.shiftLeft(y.intValueExact()));
            case Op.RSHIFT:
                if (y.signum() < 0) throw Errors.valueError("negative shift count");
                return norm(x.shiftRight(y.bitLength() > 31 ? Integer.MAX_VALUE : y.intValue()));
            case Op.AND:
                if (a instanceof Boolean p && b instanceof Boolean q) return p & q;
                return norm(x.and(y));
            case Op.OR:
                if (a instanceof Boolean p && b instanceof Boolean q) return p | q;
                return norm(x.or(y));
            case Op.XOR:
                if (a instanceof Boolean p && b instanceof Boolean q) return p ^ q;
                return norm(x.xor(y));
            default: throw new IllegalStateException();
        }
    }

    private static Object complexOp(int op, PyComplex x, PyComplex y, Object a, Object b) {
        switch (op) {
            case Op.ADD: return x.plus(y);
            case Op.SUB: return x.minus(y);
            case Op.MUL: return x.times(y);
            case Op.TRUEDIV: return x.dividedBy(y);
            case Op.POW: return x.pow(y);
            default:
                throw Errors.typeError("unsupported operand type(s) for " + Op.BIN_SYMBOLS[op] + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
        }
    }

    private static Object floatOp(int op, double x, double y) {
        switch (op) {
            case Op.ADD: return x + y;
            case Op.SUB: return x - y;
            case Op.MUL: return x * y;
            case Op.TRUEDIV:
                if (y == 0) throw Errors.zeroDivision("float division by zero");
                return x / y;
            case Op.FLOORDIV:
                if (y == 0) throw Errors.zeroDivision("float floor division by zero");
                return Math.floor(x / y);
            case Op.MOD: {
                if (y == 0) throw Errors.zeroDivision("float modulo");
                double m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) m += y;
                return m;
            }
            case Op.POW:
                if (x == 0 && y < 0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
                if (x < 0 && y != Math.rint(y) && Double.isFinite(y)) return new PyComplex(x, 0).pow(new PyComplex(y, 0));   // as CPython
                return Math.pow(x, y);
            default:
                throw Errors.typeError("unsupported operand type(s) for " + Op.BIN_SYMBOLS[op] + ": 'float' and 'float'");
        }
    }

    private static Object seqOp(int op, Object a, Object b) {
        if (op == Op.ADD) {
            if (a instanceof String x && b instanceof String y) return x.concat(y);
            if (a instanceof PyList x && b instanceof PyList y) {
                PyList r = new PyList(x.size() + y.size());
                r.extend(List.of(x.toArray()));
                r.extend(List.of(y.toArray()));
                return r;
            }
            if (a instanceof PyBytes x && b instanceof PyBytes y) {
                byte[] r = Arrays.copyOf(x.data(), x.data().length + y.data().length);
                System.arraycopy(y.data(), 0, r, x.data().length, y.data().length);
                return new PyBytes(r);
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                Object[] r = new Object[x.size() + y.size()];
                System.arraycopy(x.items, 0, r, 0, x.size());
                System.arraycopy(y.items, 0, r, x.size(), y.size());
                return new PyTuple(r);
            }
        } else if (op == Op.MUL) {
            if (isInt(a) && !isInt(b)) { Object t = a; a = b; b = t; }
            if (isInt(b)) {
                long n = Math.max(0, toLong(b));
                if (a instanceof String s) return s.repeat((int) n);
                if (a instanceof PyBytes by) {
                    byte[] r = new byte[(int) (by.data().length * n)];
                    for (int i = 0; i < n; i++) System.arraycopy(by.data(), 0, r, i * by.data().length, by.data().length);
                    return new PyBytes(r);
                }
                if (a instanceof PyList l) {
                    Object[] items = l.toArray();
                    PyList r = new PyList((int) (items.length * n));
                    List<Object> src = Arrays.asList(items);
                    for (long i = 0; i < n; i++) r.extend(src);
                    return r;
                }
                if (a instanceof PyTuple t) {
                    Object[] r = new Object[(int) (t.size() * n)];
                    for (int i = 0; i < n; i++) System.arraycopy(t.items, 0, r, i * t.size(), t.size());
                    return new PyTuple(r);
                }
            }
        } else if (op == Op.MOD && a instanceof String s) {
            return Format.percent(s, b);
        } else if ((isSetLikeView(a) || isSetLikeView(b)) && (op == Op.OR || op == Op.AND || op == Op.SUB || op == Op.XOR)) {
            return binary(op, setOf(a), setOf(b));   // keys and items views combine as sets, with any iterable
        } else if (a instanceof PySet x && b instanceof PySet y) {
            return setOp(op, x, y);
        } else if (op == Op.OR && a instanceof PyDict x && b instanceof PyDict y) {
            PyDict r = new PyDict();
            r.putAll(x);
            r.putAll(y);
            return r;
        }
        return null;
    }

    /**
     * x | y, x & y, x - y, x ^ y as CPython's setobject.c computes them (which set is copied and which
     * is walked decides the result's table, and so its order); the result has x's type.
     */
    private static PySet setOp(int op, PySet x, PySet y) {
        switch (op) {
            case Op.OR: {
                PySet r = x.copy(x.frozen);
                r.update(y);
                return r;
            }
            case Op.AND: {
                PySet r = new PySet(x.frozen);
                PySet small = y.size() > x.size() ? x : y, large = small == x ? y : x;
                for (Object o : small.items()) if (large.contains(o)) r.add(o);
                return r;
            }
            case Op.SUB: {
                if (x.size() >> 2 > y.size()) {
                    PySet r = x.copy(x.frozen);
                    r.removeAll(y);
                    return r;
                }
                PySet r = new PySet(x.frozen);
                for (Object o : x.items()) if (!y.contains(o)) r.add(o);
                return r;
            }
            default: {
                PySet r = y.copy(x.frozen);
                r.symmetricUpdate(x);
                return r;
            }
        }
    }

    public static Object negate(Object a) {
        if (a instanceof Long l) return l == Long.MIN_VALUE ? norm(big(a).negate()) : (Object) (-l);
        if (a instanceof Double d) return -d;
        if (a instanceof Boolean b) return b ? -1L : 0L;
        if (a instanceof BigInteger b) return norm(b.negate());
        if (a instanceof PyComplex c) return new PyComplex(-c.real(), -c.imag());
        if (a instanceof PyInstance i && i.cls.lookup("__neg__") != null) return call(i.cls.lookup("__neg__"), new Object[]{a}, null);
        throw Errors.typeError("bad operand type for unary -: '" + typeName(a) + "'");
    }

    public static Object positive(Object a) {
        if (a instanceof Boolean b) return b ? 1L : 0L;
        if (isNum(a) || a instanceof PyComplex) return a;
        if (a instanceof PyInstance i && i.cls.lookup("__pos__") != null) return call(i.cls.lookup("__pos__"), new Object[]{a}, null);
        throw Errors.typeError("bad operand type for unary +: '" + typeName(a) + "'");
    }

    public static Object invert(Object a) {
        if (a instanceof Long l) return ~l;
        if (a instanceof Boolean b) return b ? -2L : -1L;
        if (a instanceof BigInteger b) return norm(b.not());
        if (a instanceof PyInstance i && i.cls.lookup("__invert__") != null) return call(i.cls.lookup("__invert__"), new Object[]{a}, null);
        throw Errors.typeError("bad operand type for unary ~: '" + typeName(a) + "'");
    }

    // ---- comparison ------------------------------------------------------------------------

    public static boolean cmpLong(int op, long a, long b) {
        switch (op) {
            case Op.LT: return a < b;
            case Op.LE: return a <= b;
            case Op.EQ: return a == b;
            case Op.NE: return a != b;
            case Op.GT: return a > b;
            default: return a >= b;
        }
    }

    /** a op b for a comparison op. Small, so that the JIT inlines it into the dispatch loop. */
    public static Object compare(int op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && op <= Op.GE) return cmpLong(op, x, y);
        if (op == Op.IS) return is(a, b);
        if (op == Op.IS_NOT) return !is(a, b);
        return compareSlow(op, a, b);
    }

    private static Object compareSlow(int op, Object a, Object b) {
        switch (op) {
            case Op.EQ: return richEq(a, b);
            case Op.NE: return richNe(a, b);
            case Op.IN: return contains(b, a);
            case Op.NOT_IN: return !contains(b, a);
            default: break;
        }
        if (a instanceof Long x && b instanceof Long y) return cmpLong(op, x, y);
        if (a instanceof PyInstance || b instanceof PyInstance) {
            String[] names = {"__lt__", "__le__", "", "", "__gt__", "__ge__"};
            String[] reflected = {"__gt__", "__ge__", "", "", "__lt__", "__le__"};
            Object r = richCompare(a, b, names[op], reflected[op]);
            if (r != PyNone.NOT_IMPLEMENTED) return r;
            throw unorderable(op, a, b);
        }
        int c = order(a, b, op);
        switch (op) {
            case Op.LT: return c < 0;
            case Op.LE: return c <= 0;
            case Op.GT: return c > 0;
            default: return c >= 0;
        }
    }

    private static boolean is(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long || a instanceof Boolean || a instanceof Double) return a.equals(b) && a.getClass() == b.getClass();
        return false;
    }

    /** Three-way comparison for ordering; TypeError for unorderable pairs. */
    public static int order(Object a, Object b, int op) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                double x = toDouble(a), y = toDouble(b);
                if (Double.isNaN(x) || Double.isNaN(y)) return op == Op.LT || op == Op.LE ? 1 : -1;
                return Double.compare(x, y) == 0 ? 0 : (x < y ? -1 : 1);
            }
            return big(a).compareTo(big(b));
        }
        if (a instanceof String x && b instanceof String y) return Integer.signum(x.compareTo(y));
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            Object[] xs = a instanceof PyList l ? l.toArray() : ((PyTuple) a).items;
            Object[] ys = b instanceof PyList l ? l.toArray() : ((PyTuple) b).items;
            for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
                if (!eq(xs[i], ys[i])) return order(xs[i], ys[i], op);
            }
            return Integer.compare(xs.length, ys.length);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            boolean sub = x.items().stream().allMatch(y::contains);
            boolean sup = y.items().stream().allMatch(x::contains);
            return sub && sup ? 0 : sub ? -1 : sup ? 1 : (op == Op.LT || op == Op.LE ? 1 : -1);
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {   // sorting: a < b, then b < a
            Object lt = richCompare(a, b, "__lt__", "__gt__");
            if (lt != PyNone.NOT_IMPLEMENTED) {
                if (truthy(lt)) return -1;
                Object gt = richCompare(b, a, "__lt__", "__gt__");
                return gt != PyNone.NOT_IMPLEMENTED && truthy(gt) ? 1 : 0;
            }
        }
        throw unorderable(op, a, b);
    }

    private static PyException unorderable(int op, Object a, Object b) {
        return Errors.typeError("'" + Op.CMP_SYMBOLS[op] + "' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    /**
     * CPython's do_richcompare for instances: {@code a.name(b)}, then {@code b.reflected(a)}; the reflected
     * method goes first when b's class is a proper subclass of a's that defines it itself. @return the first
     * answer that is not NotImplemented, else NotImplemented
     */
    private static Object richCompare(Object a, Object b, String name, String reflected) {
        PyClass ca = a instanceof PyInstance ia ? ia.cls : null, cb = b instanceof PyInstance ib ? ib.cls : null;
        boolean reflectedFirst = cb != null && ca != null && cb != ca && cb.isSubclassOf(ca) && cb.lookup(reflected) != ca.lookup(reflected);
        if (reflectedFirst) {
            Object r = call(cb.lookup(reflected), new Object[]{b, a}, null);
            if (r != PyNone.NOT_IMPLEMENTED) return r;
        }
        Object m = ca == null ? null : ca.lookup(name);
        if (m != null) {
            Object r = call(m, new Object[]{a, b}, null);
            if (r != PyNone.NOT_IMPLEMENTED) return r;
        }
        m = cb == null || reflectedFirst ? null : cb.lookup(reflected);
        return m == null ? PyNone.NOT_IMPLEMENTED : call(m, new Object[]{b, a}, null);
    }

    /** {@code a == b}: the instances' __eq__, then identity, as CPython. */
    private static Object richEq(Object a, Object b) {
        if (!(a instanceof PyInstance) && !(b instanceof PyInstance)) return eq(a, b);
        Object r = richCompare(a, b, "__eq__", "__eq__");
        return r != PyNone.NOT_IMPLEMENTED ? r : (Object) (a == b);
    }

    /** {@code a != b}: the instances' __ne__ (object's is derived from __eq__), then non-identity. */
    private static Object richNe(Object a, Object b) {
        if (!(a instanceof PyInstance) && !(b instanceof PyInstance)) return !eq(a, b);
        Object r = richCompare(a, b, "__ne__", "__ne__");
        return r != PyNone.NOT_IMPLEMENTED ? r : (Object) (a != b);
    }

    /** object.__ne__: the inverse of type(self).__eq__, or NotImplemented when that is. */
    public static Object objectNe(Object self, Object other) {
        Object m = self instanceof PyInstance i ? i.cls.lookup("__eq__") : null;
        Object r = m == null ? (Object) (self == other) : call(m, new Object[]{self, other}, null);
        return r == PyNone.NOT_IMPLEMENTED ? r : (Object) !truthy(r);
    }

    public static boolean eq(Object a, Object b) {
        if (a == b) return !(a instanceof Double d && d.isNaN());
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof String x) return x.equals(b);
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) return toDouble(a) == toDouble(b);
            return big(a).equals(big(b));
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            PyComplex x = PyComplex.of(a), y = PyComplex.of(b);
            if (x != null && y != null) return x.real() == y.real() && x.imag() == y.imag();
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) return x.equals(y);
        if (a instanceof PyList x && b instanceof PyList y) {
            Object[] xs = x.toArray(), ys = y.toArray();
            if (xs.length != ys.length) return false;
            for (int i = 0; i < xs.length; i++) if (!eq(xs[i], ys[i])) return false;
            return true;
        }
        if (a instanceof PyDict x && b instanceof PyDict y) {
            if (x.size() != y.size()) return false;
            for (Object[] kv : x.entries()) {
                Object v = y.get(kv[0]);
                if (v == null || !eq(kv[1], v)) return false;
            }
            return true;
        }
        if (a instanceof PySet x && b instanceof PySet y) return x.equals(y);
        if (a instanceof PyInstance || b instanceof PyInstance) return truthy(richEq(a, b));
        if (a instanceof PyBoundMethod x && b instanceof PyBoundMethod y) return x.self() == y.self() && x.func() == y.func();
        if (a instanceof PyBytes || a instanceof PySlice) return a.equals(b);
        if (a instanceof PyDictView x && b instanceof PyDictView y && x.kind().equals("keys") && y.kind().equals("keys")) {
            List<Object> xs = x.items();
            return xs.size() == y.dict().size() && xs.stream().allMatch(y.dict()::containsKey);
        }
        return false;
    }

    /** Normalises a dict/set key so that Java equality matches Python's (1 == 1.0 == True). */
    public static Object key(Object k) {
        if (k instanceof String || k instanceof Long) return k;
        if (k instanceof Boolean b) return b ? 1L : 0L;
        if (k instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.2e18) return (long) (double) d;
            return d;
        }
        if (k instanceof PyComplex c && c.imag() == 0) return key(c.real());   // 1+0j is the key 1
        if (Values.isValueInstance(k) && !(((PyInstance) k).cls.lookup("__hash__") instanceof PyFunction)) {
            return key(Values.unwrap(k));   // a str subclass's instance is the key its str is
        }
        if (k instanceof PyList || k instanceof PyDict || (k instanceof PySet s && !s.frozen)
                || (k instanceof PyInstance i && i.cls.lookup("__hash__") == PyNone.NONE)) {
            throw Errors.typeError("unhashable type: '" + typeName(k) + "'");
        }
        return k;
    }

    /** hash(o): CPython's value for numbers and tuples ({@link Hashes}), a stable one for the rest. */
    public static long hash(Object o) {
        return hashOf(key(o), o);
    }

    /** hash() of a key already in its {@link #key} form (what sets store), without normalising it again. */
    static long hashOfKey(Object k) {
        return hashOf(k, k);
    }

    /** k is o's key form; o is what a NaN hashes by (its identity) and what __hash__ is called on. */
    private static long hashOf(Object k, Object o) {
        if (k instanceof Long x) return Hashes.ofLong(x);
        if (k instanceof String) return k.hashCode();
        if (k instanceof Double d) return Hashes.ofDouble(d, o);
        if (k instanceof BigInteger b) return Hashes.ofBig(b);
        if (k instanceof PyTuple t) return Hashes.ofTuple(t);
        if (k instanceof PySet s) return s.hash();   // a frozenset (key() refuses a set)
        if (k instanceof PyComplex c) return Hashes.ofComplex(hash(c.real()), hash(c.imag()));
        if (k instanceof PyInstance i) {
            Object m = i.cls.lookup("__hash__");
            if (m == null) return System.identityHashCode(k);
            Object h = call(m, new Object[]{o}, null);
            if (!isInt(h)) throw Errors.typeError("__hash__ method should return an integer");
            return h instanceof BigInteger b ? Hashes.ofBig(b) : Hashes.ofLong(toLong(h));
        }
        return k.hashCode();
    }

    /** bool(o). Small, so that the JIT inlines it into the dispatch loop. */
    public static boolean truthy(Object o) {
        if (o instanceof Boolean b) return b;
        if (o instanceof Long l) return l != 0;
        return o != PyNone.NONE && truthySlow(o);
    }

    private static boolean truthySlow(Object o) {
        if (o instanceof String s) return !s.isEmpty();
        if (o instanceof Double d) return d != 0;
        if (o instanceof PyComplex c) return c.real() != 0 || c.imag() != 0;
        if (o instanceof PyList l) return l.size() != 0;
        if (o instanceof PyBytes b) return b.data().length != 0;
        if (o instanceof PyDictView v) return v.dict().size() != 0;
        if (o instanceof PyTuple t) return t.size() != 0;
        if (o instanceof PyDict d) return d.size() != 0;
        if (o instanceof PySet s) return s.size() != 0;
        if (o instanceof BigInteger) return true;
        if (o instanceof PyRange r) return r.length() != 0;
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__bool__");
            if (m != null) return truthy(call(m, new Object[]{o}, null));
            m = i.cls.lookup("__len__");
            if (m != null) return toLong(call(m, new Object[]{o}, null)) != 0;
        }
        return true;
    }

    /**
     * A method of a class's metaclass for an operation on the class itself (iteration, len, in, [], repr,
     * calling it): a metaclass's own Python method, not type's; null if none.
     */
    static Object metaMethod(Object o, String name) {
        return o instanceof PyClass c && c.metaclass != null ? metaMethodOf(c.metaclass, name) : null;
    }

    /** A metaclass's own method (not type's, which the VM does itself); null if none. */
    static Object metaMethodOf(PyClass meta, String name) {
        Object m = meta.lookup(name);
        return m == null || m == Types.TYPE.dict.get(name) ? null : m;
    }

    public static boolean contains(Object container, Object item) {
        Object meta = metaMethod(container, "__contains__");
        if (meta != null) return truthy(call(meta, new Object[]{container, item}, null));
        if (container instanceof PyDict d) return d.containsKey(item);
        if (container instanceof PySet s) return s.contains(item);
        if (container instanceof PyDictView v) return v.contains(item);
        if (container instanceof String s) {
            if (!(item instanceof String x)) throw Errors.typeError("'in <string>' requires string as left operand, not " + typeName(item));
            return s.contains(x);
        }
        if (container instanceof PyBytes b) {
            String text = new String(b.data(), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (item instanceof PyBytes x) return text.contains(new String(x.data(), java.nio.charset.StandardCharsets.ISO_8859_1));
            if (isInt(item)) {
                long v = toLong(item);
                if (v < 0 || v > 255) throw Errors.valueError("byte must be in range(0, 256)");
                return text.indexOf((int) v) >= 0;
            }
            throw Errors.typeError("a bytes-like object is required, not '" + typeName(item) + "'");
        }
        if (container instanceof PyRange r && isInt(item)) {
            long v = toLong(item);
            if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) return false;
            return (v - r.start) % r.step == 0;
        }
        if (container instanceof PyInstance i && i.cls.lookup("__contains__") != null) {
            return truthy(call(i.cls.lookup("__contains__"), new Object[]{container, item}, null));
        }
        if (container instanceof PyTuple t) {
            for (Object o : t.items) if (eq(o, item)) return true;
            return false;
        }
        if (container instanceof PyList l) {
            for (Object o : l.toArray()) if (eq(o, item)) return true;
            return false;
        }
        PyIter it;
        try {
            it = iter(container);
        } catch (PyException e) {
            throw Errors.typeError("argument of type '" + typeName(container) + "' is not iterable");
        }
        for (Object o = it.next(); o != null; o = it.next()) if (eq(o, item)) return true;
        return false;
    }

    // ---- text ------------------------------------------------------------------------------

    public static String typeName(Object o) {
        return Types.of(o).name;
    }

    public static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__str__");
            if (m != null) return checkStr(call(m, new Object[]{o}, null), "__str__");
            if (Errors.isException(o)) {
                PyTuple args = exceptionArgs(i);
                if (i.cls.isSubclassOf(Errors.KEY_ERROR) && args.size() == 1) return repr(args.get(0));
                if (args.size() == 0) return "";
                if (args.size() == 1) return str(args.get(0));
                return repr(args);
            }
        }
        return repr(o);
    }

    static PyTuple exceptionArgs(PyInstance i) {
        Object a = i.attrs.get("args");
        return a instanceof PyTuple t ? t : PyTuple.EMPTY;
    }

    private static String checkStr(Object r, String method) {
        if (r instanceof String s) return s;
        throw Errors.typeError(method + " returned non-string (type " + typeName(r) + ")");
    }

    public static String repr(Object o) {
        if (o instanceof String s) return reprString(s);
        if (o instanceof Long || o instanceof BigInteger) return o.toString();
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof Double d) return Format.floatRepr(d);
        if (o instanceof PyComplex || o instanceof PyNone) return o.toString();
        if (o instanceof PyList l) return Repr.guarded(o, "[...]", () -> seqRepr(l.toArray(), "[", "]", false));
        if (o instanceof PyTuple t) return seqRepr(t.items, "(", ")", t.size() == 1);
        if (o instanceof PyDict d) return Repr.guarded(o, "{...}", () -> {
            StringBuilder b = new StringBuilder("{");
            List<Object[]> es = d.entries();
            for (int i = 0; i < es.size(); i++) {
                if (i > 0) b.append(", ");
                b.append(repr(es.get(i)[0])).append(": ").append(repr(es.get(i)[1]));
            }
            return b.append('}').toString();
        });
        if (o instanceof PySet s) {
            if (s.size() == 0) return s.frozen ? "frozenset()" : "set()";
            String r = seqRepr(s.items().toArray(), "{", "}", false);
            return s.frozen ? "frozenset(" + r + ")" : r;
        }
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__repr__");
            if (m != null) return checkStr(call(m, new Object[]{o}, null), "__repr__");
            if (Errors.isException(o)) {
                PyTuple args = exceptionArgs(i);
                String inner = args.size() == 1 ? repr(args.get(0)) : seqRepr(args.items, "", "", false);
                return i.cls.name + "(" + inner + ")";
            }
            return "<" + i.cls.module + "." + i.cls.name + " object at 0x" + Integer.toHexString(System.identityHashCode(o)) + ">";
        }
        if (o instanceof PyClass c) {
            Object meta = metaMethod(o, "__repr__");
            if (meta != null) return checkStr(call(meta, new Object[]{o}, null), "__repr__");
            return c.module.equals("builtins") ? "<class '" + c.name + "'>" : "<class '" + c.module + "." + c.name + "'>";
        }
        if (o instanceof PyFunction f) return "<function " + str(getattr(f, "__qualname__")) + " at 0x" + Integer.toHexString(System.identityHashCode(o)) + ">";
        if (o instanceof Frame) return "<frame>";
        return String.valueOf(o);
    }

    private static String seqRepr(Object[] items, String open, String close, boolean trailingComma) {
        StringBuilder b = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) b.append(", ");
            b.append(items[i] == null ? "<NULL>" : repr(items[i]));
        }
        if (trailingComma) b.append(',');
        return b.append(close).toString();
    }

    public static String reprString(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') b.append('\\').append((char) c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x7f ? c < 0x20 : !isPrintable(c)) b.append(String.format(c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c));
            else b.appendCodePoint(c);
        }
        return b.append(q).toString();
    }

    /** ascii(): a repr with every non-ASCII code point escaped. */
    public static String asciiEscape(String repr) {
        StringBuilder b = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 0x80) b.append((char) c);
            else b.append(String.format(c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c));
        });
        return b.toString();
    }

    public static boolean callable(Object o) {
        return o instanceof PyCallable || (o instanceof PyInstance i && i.cls.lookup("__call__") != null);
    }

    /** str.isprintable's rule for one code point: not a control, format, surrogate, private, unassigned or separator (but ' '). */
    static boolean isPrintable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return c == ' ';
            default:
                return true;
        }
    }

    // ---- attributes ------------------------------------------------------------------------

    private static boolean isSetLikeView(Object o) {
        return o instanceof PyDictView v && !v.kind().equals("values");
    }

    private static PySet setOf(Object iterable) {
        if (iterable instanceof PySet s) return s;
        PySet s = new PySet();
        for (Object o : iterToList(iterable)) s.add(o);
        return s;
    }

    public static Object getattr(Object o, String name) {
        Object v = getattrOrNull(o, name);
        if (v == null) {
            if (o instanceof PyModule m) throw Errors.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
            if (o instanceof PyClass c) throw Errors.attributeError("type object '" + c.name + "' has no attribute '" + name + "'");
            throw Errors.attributeError("'" + typeName(o) + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    public static Object getattrOrNull(Object o, String name) {
        if (o instanceof PyInstance i) {
            Object c = i.cls.lookup(name);
            if (c instanceof PyDescriptors.Property) return bind(c, o, i.cls);   // a data descriptor wins over the instance
            Object v = i.attrs.get(name);
            if (v != null) return v;
            if (name.equals("__class__")) return i.cls;
            if (name.equals("__dict__")) return PyDict.live(i.attrs);
            if (c != null) return bind(c, o, i.cls);
            Object ga = i.cls.lookup("__getattr__");
            if (ga != null) return call(ga, new Object[]{o, name}, null);
            return null;
        }
        if (o instanceof PyModule m) {
            Object v = m.dict.get(name);
            if (v != null) return v;
            if (name.equals("__dict__")) return PyDict.live(m.dict);
            if (name.equals("__doc__")) return PyNone.NONE;   // a module without a docstring
            Object hook = m.dict.get("__getattr__");   // PEP 562: a module's own answer for names it lacks
            if (hook == null || name.startsWith("__")) return null;
            return attributeOrNull(() -> call(hook, new Object[]{name}, null));
        }
        if (o instanceof PyClass c) {
            Object v = c.lookup(name);
            if (v instanceof PyDescriptors.StaticMethod sm) return sm.func();
            if (v instanceof PyDescriptors.ClassMethod cm) return new PyBoundMethod(c, cm.func());
            if (v != null) return v;
            if (name.equals("__name__")) return c.name;
            if (name.equals("__qualname__")) return c.qualname != null ? c.qualname : c.name;
            if (name.equals("__doc__")) return PyNone.NONE;   // a class without a docstring
            if (name.equals("__call__")) return c;
            if (name.equals("__dict__")) return PyDict.copyOf(c.dict);   // a snapshot, read as CPython's mappingproxy is
            if (name.equals("__module__")) return c.module;
            if (name.equals("__base__")) return c.base == null ? PyNone.NONE : c.base;
            if (name.equals("__bases__")) return new PyTuple(c.bases.clone());
            if (name.equals("__mro__")) return new PyTuple(c.mro.clone());
            if (name.equals("__class__")) return Types.of(c);
            if (c.metaclass != null) {   // the metaclass's methods and properties, bound to the class
                Object m = c.metaclass.lookup(name);
                if (m != null) return bind(m, c, c.metaclass);
                Object hook = c.metaclass.lookup("__getattr__");   // the metaclass's answer for names the class lacks
                if (hook != null && !name.startsWith("__")) return attributeOrNull(() -> call(hook, new Object[]{c, name}, null));
            }
            return null;
        }
        if (o instanceof PyDescriptors.Super s) {   // the next class after s.cls() in the order of self's class (self's own, in a classmethod)
            PyClass start = s.self() instanceof PyClass c && c.isSubclassOf(s.cls()) ? c : Types.of(s.self());
            Object v = start.lookupAfter(s.cls(), name);
            return v == null ? null : bind(v, s.self(), start);
        }
        if (o instanceof PyFunction f) {
            Object assigned = f.attrs.get(name);   // what the program set, as functools.wraps sets __name__
            if (assigned != null) return assigned;
            if (name.equals("__name__")) return f.name;
            if (name.equals("__qualname__")) return f.code.qualname == null ? f.name : f.code.qualname;
            if (name.equals("__module__")) return f.globals.get("__name__");
            if (name.equals("__call__")) return f;
            if (name.equals("__defaults__")) return f.defaults == null ? PyNone.NONE : new PyTuple(f.defaults.clone());
            if (name.equals("__kwdefaults__")) return f.kwdefaults == null ? PyNone.NONE : f.kwdefaults;
            if (name.equals("__globals__")) return PyDict.live(f.globals);
            if (name.equals("__annotations__")) return new PyDict();   // annotations are not kept on functions
            if (name.equals("__code__")) return f.code;
            if (name.equals("__doc__")) return f.code.doc == null ? PyNone.NONE : f.code.doc;
            if (name.equals("__dict__")) return PyDict.live(f.attrs);
            return null;
        }
        if (o instanceof BuiltinFunction f && name.equals("__name__")) return f.name;
        if (o instanceof CodeObject co) return codeAttribute(co, name);
        if (o instanceof PyDescriptors.Property p) {
            if (name.equals("fget")) return p.fget;
            if (name.equals("fset")) return p.fset == null ? PyNone.NONE : p.fset;
            if (name.equals("fdel")) return p.fdel == null ? PyNone.NONE : p.fdel;
            if (name.equals("__doc__")) return p.doc;
            if (name.equals("__isabstractmethod__")) return isAbstract(p.fget) || p.fset != null && isAbstract(p.fset);
        }
        if (o instanceof PyDescriptors.ClassMethod cm) {
            if (name.equals("__func__")) return cm.func();
            if (name.equals("__isabstractmethod__")) return isAbstract(cm.func());
        }
        if (o instanceof PyDescriptors.StaticMethod sm) {
            if (name.equals("__func__")) return sm.func();
            if (name.equals("__isabstractmethod__")) return isAbstract(sm.func());
        }
        if (o instanceof PyBoundMethod m) {
            if (name.equals("__self__")) return m.self();
            if (name.equals("__func__")) return m.func();
            if (name.equals("__name__")) return getattrOrNull(m.func(), name);
        }
        if (name.equals("__class__")) return Types.of(o);
        if (name.equals("__call__") && o instanceof PyCallable) return o;   // calling it is calling the object
        if (o instanceof Double d && name.equals("is_integer")) return new PyBoundMethod(o, new BuiltinFunction("is_integer", (a, k) -> d == Math.rint(d) && !Double.isInfinite(d)));
        if (o instanceof Double d && name.equals("as_integer_ratio")) return new PyBoundMethod(o, new BuiltinFunction("as_integer_ratio", (a, k) -> integerRatio(d)));
        if (o instanceof PySlice s) {
            if (name.equals("start")) return s.start();
            if (name.equals("stop")) return s.stop();
            if (name.equals("step")) return s.step();
            if (name.equals("indices")) return new BuiltinFunction("indices", (a, k) -> {
                Args.count("indices", a, 1, 1);
                long[] r = s.indices(toLong(a[0]));
                return PyTuple.of(r[0], r[1], r[2]);
            });
        }
        if (o instanceof PyRange r) {
            if (name.equals("start")) return r.start;
            if (name.equals("stop")) return r.stop;
            if (name.equals("step")) return r.step;
        }
        Object m = Types.of(o).lookup(name);
        if (m != null) return bind(m, o, Types.of(o));
        return null;
    }

    /** What a __getattr__ hook answers, or null where it raises AttributeError (so hasattr and getattrOrNull work). */
    private static Object attributeOrNull(java.util.function.Supplier<Object> hook) {
        try {
            return hook.get();
        } catch (PyException e) {
            if (e.value.cls.isSubclassOf(Errors.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }

    /** A code object's co_* attributes (a function's __code__). */
    private static Object codeAttribute(CodeObject co, String name) {
        return switch (name) {
            case "co_name" -> co.name;
            case "co_qualname" -> co.qualname == null ? co.name : co.qualname;
            case "co_filename" -> co.filename;
            case "co_firstlineno" -> (long) co.firstLine;
            case "co_argcount" -> (long) co.argcount;
            case "co_posonlyargcount" -> 0L;
            case "co_kwonlyargcount" -> (long) co.kwonlycount;
            case "co_nlocals" -> (long) co.nlocals;
            case "co_varnames" -> new PyTuple(co.localNames.clone());
            case "co_names" -> new PyTuple(co.names.clone());
            case "co_cellvars" -> new PyTuple(co.cellNames.clone());
            case "co_freevars" -> new PyTuple(co.freeNames.clone());
            case "co_flags" -> (long) co.flags;
            default -> null;
        };
    }

    /** What a descriptor says of the function it wraps (abc.abstractmethod's mark), as CPython's do. */
    private static boolean isAbstract(Object f) {
        return truthy(Objects.requireNonNullElse(getattrOrNull(f, "__isabstractmethod__"), Boolean.FALSE));
    }

    static Object bind(Object attr, Object self, PyClass cls) {
        if (attr instanceof PyFunction || attr instanceof BuiltinFunction) return new PyBoundMethod(self, attr);
        if (attr instanceof PyDescriptors.Property p) return call(p.fget, new Object[]{self}, null);
        if (attr instanceof PyDescriptors.StaticMethod sm) return sm.func();
        if (attr instanceof PyDescriptors.ClassMethod cm) return new PyBoundMethod(cls, cm.func());
        return attr;
    }

    public static void setattr(Object o, String name, Object value) {
        if (o instanceof PyInstance i) {
            Object c = i.cls.lookup(name);
            if (c instanceof PyDescriptors.Property p) {
                if (p.fset == null) throw Errors.attributeError("property '" + name + "' of '" + i.cls.name + "' object has no setter");
                call(p.fset, new Object[]{o, value}, null);
                return;
            }
            Object sa = i.cls.lookup("__setattr__");
            if (sa != null && sa != Methods.objectSetattr) { call(sa, new Object[]{o, name, value}, null); return; }
            storeOwn(i, name, value);
        } else if (o instanceof PyClass c) {
            c.dict.put(name, value);
        } else if (o instanceof PyModule m) {
            m.dict.put(name, value);
        } else if (o instanceof PyFunction f) {
            f.attrs.put(name, value);
        } else {
            throw Errors.attributeError("'" + typeName(o) + "' object has no attribute '" + name + "'");
        }
    }

    /** The plain store into an instance's own attributes, which a class with __slots__ limits to those names. */
    static void storeOwn(PyInstance i, String name, Object value) {
        if (i.cls.slots != null && !i.cls.slots.contains(name)) {
            throw Errors.attributeError("'" + i.cls.name + "' object has no attribute '" + name + "'");
        }
        i.attrs.put(name, value);
    }

    public static void delattr(Object o, String name) {
        Object removed = null;
        if (o instanceof PyInstance i) {
            Object c = i.cls.lookup(name);
            if (c instanceof PyDescriptors.Property p) {
                if (p.fdel == null) throw Errors.attributeError("property '" + name + "' of '" + i.cls.name + "' object has no deleter");
                call(p.fdel, new Object[]{o}, null);
                return;
            }
            Object da = i.cls.lookup("__delattr__");
            if (da != null && da != Methods.objectDelattr) {
                call(da, new Object[]{o, name}, null);
                return;
            }
            removed = i.attrs.remove(name);
        }
        else if (o instanceof PyClass c) removed = c.dict.remove(name);
        else if (o instanceof PyModule m) removed = m.dict.remove(name);
        if (removed == null) throw Errors.attributeError("'" + typeName(o) + "' object has no attribute '" + name + "'");
    }

    // ---- items -----------------------------------------------------------------------------

    public static Object getitem(Object o, Object idx) {
        if (idx instanceof PyInstance i && !(o instanceof PyDict) && !(o instanceof PyInstance) && i.cls.lookup("__index__") != null) {
            idx = call(i.cls.lookup("__index__"), new Object[]{idx}, null);   // a sequence indexed by an object with __index__
        }
        if (o instanceof PyList l) {
            if (idx instanceof Long || idx instanceof Boolean) {
                Object v = l.getOrNull(toLong(idx));
                if (v == null) throw Errors.indexError("list index out of range");
                return v;
            }
            if (idx instanceof PySlice s) return new PyList(Arrays.asList(sliceArray(l.toArray(), s)));
            throw Errors.typeError("list indices must be integers or slices, not " + typeName(idx));
        }
        if (o instanceof PyDict d) {
            Object v = d.get(idx);
            if (v == null) throw Errors.keyError(idx);
            return v;
        }
        if (o instanceof PyTuple t) {
            if (idx instanceof PySlice s) return new PyTuple(sliceArray(t.items, s));
            long i = indexArg(idx, "tuple");
            if (i < 0) i += t.size();
            if (i < 0 || i >= t.size()) throw Errors.indexError("tuple index out of range");
            return t.items[(int) i];
        }
        if (o instanceof String s) {
            if (idx instanceof PySlice sl) {
                long[] r = sl.indices(s.length());
                if (r[2] == 1) return r[3] == 0 ? "" : s.substring((int) r[0], (int) (r[0] + r[3]));
                StringBuilder b = new StringBuilder();
                for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) b.append(s.charAt((int) i));
                return b.toString();
            }
            long i = indexArg(idx, "string");
            if (i < 0) i += s.length();
            if (i < 0 || i >= s.length()) throw Errors.indexError("string index out of range");
            return String.valueOf(s.charAt((int) i));
        }
        if (o instanceof PyBytes b && idx instanceof PySlice sl) {
            long[] ix = sl.indices(b.data().length);
            byte[] out = new byte[(int) ix[3]];
            for (int j = 0; j < out.length; j++) out[j] = b.data()[(int) (ix[0] + j * ix[2])];
            return new PyBytes(out);
        }
        if (o instanceof PyBytes b) {
            long i = indexArg(idx, "bytes");
            if (i < 0) i += b.data().length;
            if (i < 0 || i >= b.data().length) throw Errors.indexError("index out of range");
            return (long) (b.data()[(int) i] & 0xff);
        }
        if (o instanceof PyRange r) {
            if (idx instanceof PySlice sl) {
                long[] ix = sl.indices(r.length());
                return new PyRange(r.start + ix[0] * r.step, r.start + ix[1] * r.step, r.step * ix[2]);
            }
            long i = indexArg(idx, "range object");
            long n = r.length();
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.indexError("range object index out of range");
            return r.start + i * r.step;
        }
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__getitem__");
            if (m != null) return call(m, new Object[]{o, idx}, null);
        }
        Object meta = metaMethod(o, "__getitem__");
        if (meta != null) return call(meta, new Object[]{o, idx}, null);
        if (o instanceof PyClass c) {
            Object alias = TypeForms.subscript(c, idx);
            if (alias != null) return alias;
            // A program's class subscripted as a generic (Box[int]): its typing.Generic base is object here, with no
            // __class_getitem__ to answer, so the class stands for itself.
            if (!c.module.equals("builtins")) return c;
            throw Errors.typeError("type '" + c.name + "' is not subscriptable");
        }
        throw Errors.typeError("'" + typeName(o) + "' object is not subscriptable");
    }

    private static long indexArg(Object idx, String what) {
        if (idx instanceof Long || idx instanceof Boolean || idx instanceof BigInteger) return toLong(idx);
        throw Errors.typeError(what + " indices must be integers" + (what.equals("string") || what.equals("tuple") ? " or slices" : "") + ", not " + typeName(idx));
    }

    static Object[] sliceArray(Object[] items, PySlice s) {
        long[] r = s.indices(items.length);
        Object[] out = new Object[(int) r[3]];
        for (int k = 0; k < out.length; k++) out[k] = items[(int) (r[0] + k * r[2])];
        return out;
    }

    public static void setitem(Object o, Object idx, Object value) {
        if (o instanceof PyDict d) { key(idx); d.put(idx, value); return; }
        if (o instanceof PyList l) {
            if (idx instanceof PySlice s) {
                List<Object> with = new ArrayList<>(iterToList(value));
                synchronized (l) {
                    long[] r = s.indices(l.size());
                    if (r[2] != 1) throw Errors.notSupported("extended slice assignment");
                    l.replaceRange((int) r[0], (int) Math.max(r[0], r[1]), with);
                }
                return;
            }
            if (!l.setAt(indexArg(idx, "list"), value)) throw Errors.indexError("list assignment index out of range");
            return;
        }
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__setitem__");
            if (m != null) { call(m, new Object[]{o, idx, value}, null); return; }
        }
        throw Errors.typeError("'" + typeName(o) + "' object does not support item assignment");
    }

    public static void delitem(Object o, Object idx) {
        if (o instanceof PyDict d) {
            if (d.remove(idx) == null) throw Errors.keyError(idx);
            return;
        }
        if (o instanceof PyList l) {
            if (idx instanceof PySlice s) {
                synchronized (l) {
                    long[] r = s.indices(l.size());
                    if (r[2] == 1) {
                        l.replaceRange((int) r[0], (int) Math.max(r[0], r[1]), List.of());
                    } else {   // every step-th item: keep the others
                        Object[] items = l.toArray();
                        boolean[] gone = new boolean[items.length];
                        for (long i = 0; i < r[3]; i++) gone[(int) (r[0] + i * r[2])] = true;
                        List<Object> kept = new ArrayList<>();
                        for (int i = 0; i < items.length; i++) if (!gone[i]) kept.add(items[i]);
                        l.setAll(kept);
                    }
                }
                return;
            }
            if (!l.removeAt(indexArg(idx, "list"))) throw Errors.indexError("list assignment index out of range");
            return;
        }
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__delitem__");
            if (m != null) { call(m, new Object[]{o, idx}, null); return; }
        }
        throw Errors.typeError("'" + typeName(o) + "' object does not support item deletion");
    }

    // ---- iteration and calls ---------------------------------------------------------------

    public static PyIter iter(Object o) {
        if (o instanceof PyIter it) return it;
        Object meta = metaMethod(o, "__iter__");
        if (meta != null) return iter(call(meta, new Object[]{o}, null));
        if (o instanceof PyList l) return l.iterator();
        if (o instanceof PyRange r) return r.iterator();
        if (o instanceof PyTuple t) return arrayIter(t.items);
        if (o instanceof PyDict d) return arrayIter(d.keys().toArray());
        if (o instanceof PyDictView v) return arrayIter(v.items().toArray());
        if (o instanceof PyBytes b) {
            Object[] xs = new Object[b.data().length];
            for (int i = 0; i < xs.length; i++) xs[i] = (long) (b.data()[i] & 0xff);
            return arrayIter(xs);
        }
        if (o instanceof PySet s) return arrayIter(s.items().toArray());
        if (o instanceof String s) {
            return new PyIter() {
                int i = 0;

                @Override
                public Object next() { return i < s.length() ? String.valueOf(s.charAt(i++)) : null; }
            };
        }
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__iter__");
            if (m != null) {
                Object it = call(m, new Object[]{o}, null);
                if (it instanceof PyIter pi) return pi;
                if (it instanceof PyInstance ii && ii.cls.lookup("__next__") != null) return nextAdapter(ii);
                throw Errors.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
            }
            if (i.cls.lookup("__getitem__") != null) {
                return new PyIter() {
                    long k = 0;

                    @Override
                    public Object next() {
                        try {
                            return getitem(o, k++);
                        } catch (PyException e) {
                            if (e.value.cls.isSubclassOf(Errors.INDEX_ERROR)) return null;
                            throw e;
                        }
                    }
                };
            }
        }
        throw Errors.typeError("'" + typeName(o) + "' object is not iterable");
    }

    private static PyIter nextAdapter(PyInstance it) {
        Object next = it.cls.lookup("__next__");
        return new PyIter() {
            @Override
            public Object next() {
                try {
                    return call(next, new Object[]{it}, null);
                } catch (PyException e) {
                    if (e.value.cls.isSubclassOf(Errors.STOP_ITERATION)) return null;
                    throw e;
                }
            }
        };
    }

    public static PyIter arrayIter(Object[] items) {
        return new PyIter() {
            int i = 0;

            @Override
            public Object next() { return i < items.length ? items[i++] : null; }
        };
    }

    public static List<Object> iterToList(Object o) {
        if (o instanceof PyList l) return Arrays.asList(l.toArray());
        if (o instanceof PyTuple t) return Arrays.asList(t.items);
        if (o instanceof PyDictView v) return v.items();
        List<Object> out = new ArrayList<>();
        PyIter it = iter(o);
        for (Object v = it.next(); v != null; v = it.next()) out.add(v);
        return out;
    }

    public static Object call(Object f, Object[] args, String[] kwnames) {
        if (f instanceof PyCallable c) return c.call(args, kwnames);
        if (f instanceof PyInstance i) {
            Object m = i.cls.lookup("__call__");
            if (m != null) return call(m, Args.prepend(f, args), kwnames);
        }
        if (f instanceof PyDescriptors.StaticMethod sm) return call(sm.func(), args, kwnames);
        throw Errors.typeError("'" + typeName(f) + "' object is not callable");
    }

    /** Calls a Python callable from Java with positional arguments. */
    public static Object callPy(Object f, Object... args) {
        return call(f, args, null);
    }

    public static long len(Object o) {
        Object meta = metaMethod(o, "__len__");
        if (meta != null) return toLong(call(meta, new Object[]{o}, null));
        if (o instanceof String s) return s.length();
        if (o instanceof PyList l) return l.size();
        if (o instanceof PyTuple t) return t.size();
        if (o instanceof PyDict d) return d.size();
        if (o instanceof PySet s) return s.size();
        if (o instanceof PyRange r) return r.length();
        if (o instanceof PyBytes b) return b.data().length;
        if (o instanceof PyDictView v) return v.dict().size();
        if (o instanceof PyInstance i && i.cls.lookup("__len__") != null) return toLong(call(i.cls.lookup("__len__"), new Object[]{o}, null));
        throw Errors.typeError("object of type '" + typeName(o) + "' has no len()");
    }

    public static boolean isInstance(Object o, Object cls) {
        if (cls instanceof PyTuple t) {
            for (Object c : t.items) if (isInstance(o, c)) return true;
            return false;
        }
        Object[] union = TypeForms.unionMembers(cls);
        if (union != null) return isInstance(o, new PyTuple(union));
        if (!(cls instanceof PyClass c)) throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        if (c == Types.OBJECT) return true;
        if (c == Types.INT && o instanceof Boolean) return true;
        if (Types.of(o) == c) return true;   // as CPython: the exact class is an instance without asking a hook
        Object hook = metaHook(c, "__instancecheck__");
        if (hook != null) return truthy(call(hook, new Object[]{c, o}, null));
        return isSubclass(Types.of(o), c);
    }

    /**
     * issubclass: a metaclass's {@code __subclasscheck__} (abc.ABCMeta's), else the class hierarchy or
     * the class's {@code __subclasshook__} (collections.abc's, a classmethod). CPython asks the hook only
     * of classes made by ABCMeta; collections.abc's ABCs are plain classes here, so any class is asked.
     */
    public static boolean isSubclass(PyClass sub, PyClass c) {
        Object check = metaHook(c, "__subclasscheck__");
        if (check != null) return truthy(call(check, new Object[]{c, sub}, null));
        return realIsSubclass(sub, c);
    }

    /** type.__subclasscheck__: what issubclass answers without a metaclass's hook. */
    static boolean realIsSubclass(PyClass sub, PyClass c) {
        if (sub.isSubclassOf(c) || c == Types.OBJECT) return true;
        Object hook = c.lookup("__subclasshook__");
        if (hook instanceof PyDescriptors.ClassMethod cm) return call(cm.func(), new Object[]{c, sub}, null) == Boolean.TRUE;
        return false;
    }

    /** A hook a metaclass defines in Python (type's own builtin ones are what the caller does anyway), or null. */
    private static Object metaHook(PyClass c, String name) {
        if (c.metaclass == null) return null;
        Object hook = c.metaclass.lookup(name);
        return hook instanceof BuiltinFunction ? null : hook;
    }
}
