package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Op;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/** math: CPython's functions on floats and ints (gamma, lgamma, erf and erfc in {@link SpecialFunctions}). */
public final class MathModule {
    private MathModule() { }

    public static PyModule create() {
        PyModule m = new PyModule("math");
        constants(m);
        unary(m, "sqrt", x -> {
            if (x < 0) throw Errors.valueError("math domain error");
            return Math.sqrt(x);
        });
        unary(m, "exp", Math::exp);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "atan", Math::atan);
        unary(m, "fabs", Math::abs);
        unary(m, "log10", Math::log10);
        unary(m, "log2", x -> Math.log(x) / Math.log(2));
        m.def("log", (a, k) -> {
            double x = Ops.toDouble(a[0]);
            if (x <= 0) throw Errors.valueError("math domain error");
            return a.length > 1 ? Math.log(x) / Math.log(Ops.toDouble(a[1])) : Math.log(x);
        });
        m.def("pow", (a, k) -> Math.pow(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
        m.def("atan2", (a, k) -> Math.atan2(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
        m.def("floor", (a, k) -> a[0] instanceof Double d ? Builtins.toInt(Math.floor(d), null) : own(a[0], "__floor__"));
        m.def("ceil", (a, k) -> a[0] instanceof Double d ? Builtins.toInt(Math.ceil(d), null) : own(a[0], "__ceil__"));
        m.def("trunc", (a, k) -> own(a[0], "__trunc__"));
        m.def("isqrt", (a, k) -> {
            BigInteger n = new BigInteger(Ops.str(a[0]));
            if (n.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
            return Ops.norm(n.sqrt());
        });
        m.def("gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) g = g.gcd(new BigInteger(Ops.str(o)));
            return Ops.norm(g);
        });
        m.def("factorial", (a, k) -> {
            long n = Ops.toLong(a[0]);
            if (n < 0) throw Errors.valueError("factorial() not defined for negative values");
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
            return Ops.norm(r);
        });
        domain(m, "acos", x -> x >= -1 && x <= 1, Math::acos);
        domain(m, "asin", x -> x >= -1 && x <= 1, Math::asin);
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", Math::cosh);
        unary(m, "tanh", Math::tanh);
        // asinh, acosh and atanh in the forms that keep precision near 0 (Java has none of them)
        unary(m, "asinh", x -> Math.copySign(Math.log1p(Math.abs(x) + x * x / (1 + Math.sqrt(1 + x * x))), x));
        domain(m, "acosh", x -> x >= 1, x -> Math.log(x + Math.sqrt(x - 1) * Math.sqrt(x + 1)));
        domain(m, "atanh", x -> x > -1 && x < 1, x -> 0.5 * Math.log1p(2 * x / (1 - x)));
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        unary(m, "cbrt", Math::cbrt);
        unary(m, "exp2", x -> Math.pow(2, x));
        unary(m, "expm1", Math::expm1);
        domain(m, "log1p", x -> x > -1, Math::log1p);
        unary(m, "ulp", Math::ulp);
        m.def("isfinite", (a, k) -> Double.isFinite(Ops.toDouble(a[0])));
        m.def("copysign", (a, k) -> Math.copySign(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
        m.def("nextafter", (a, k) -> Math.nextAfter(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
        m.def("remainder", (a, k) -> {
            double x = Ops.toDouble(a[0]), y = Ops.toDouble(a[1]);
            if (Double.isInfinite(x) || y == 0 && !Double.isNaN(x)) throw Errors.valueError("math domain error");
            return Math.IEEEremainder(x, y);
        });
        m.def("fmod", (a, k) -> {
            double x = Ops.toDouble(a[0]), y = Ops.toDouble(a[1]);
            if (Double.isInfinite(x) || y == 0 && !Double.isNaN(x)) throw Errors.valueError("math domain error");
            return x % y;   // Java's % on doubles truncates, as C's fmod
        });
        m.def("frexp", (a, k) -> frexp(Ops.toDouble(a[0])));
        m.def("ldexp", (a, k) -> {
            double x = Ops.toDouble(a[0]);
            double r = Math.scalb(x, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Ops.toLong(a[1]))));
            if (Double.isInfinite(r) && Double.isFinite(x)) throw Errors.overflow("math range error");
            return r;
        });
        m.def("modf", (a, k) -> {
            double x = Ops.toDouble(a[0]);
            if (Double.isInfinite(x)) return PyTuple.of(Math.copySign(0.0, x), x);
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(Math.copySign(x - whole, x), whole);
        });
        m.def("fsum", (a, k) -> fsum(a[0]));
        m.def("prod", (a, k) -> {
            Object[] p = Args.parse("prod", a, k, 1, "iterable", "start");
            Object r = p[1] == null ? (Object) 1L : p[1];
            for (Object v : Ops.iterToList(p[0])) r = Ops.binary(Op.MUL, r, v);
            return r;
        });
        m.def("hypot", (a, k) -> {
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) v[i] = Ops.toDouble(a[i]);
            return norm(v);
        });
        m.def("dist", (a, k) -> {
            Args.count("dist", a, 2, 2);
            java.util.List<Object> p = Ops.iterToList(a[0]), q = Ops.iterToList(a[1]);
            if (p.size() != q.size()) throw Errors.valueError("both points must have the same number of dimensions");
            double[] d = new double[p.size()];
            for (int i = 0; i < d.length; i++) d[i] = Ops.toDouble(p.get(i)) - Ops.toDouble(q.get(i));
            return norm(d);
        });
        m.def("comb", (a, k) -> {
            BigInteger n = nonNegative(a[0], "n"), r = nonNegative(a[1], "k");
            if (r.compareTo(n) > 0) return 0L;
            BigInteger smaller = r.min(n.subtract(r));
            return Ops.norm(fallingFactorial(n, smaller).divide(fallingFactorial(smaller, smaller)));
        });
        m.def("perm", (a, k) -> {
            BigInteger n = nonNegative(a[0], "n");
            BigInteger r = a.length > 1 && a[1] != PyNone.NONE ? nonNegative(a[1], "k") : n;
            if (r.compareTo(n) > 0) return 0L;
            return Ops.norm(fallingFactorial(n, r));
        });
        m.def("lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (Object o : a) {
                BigInteger x = Ops.big(o).abs();
                if (x.signum() == 0) return 0L;
                l = l.divide(l.gcd(x)).multiply(x);
            }
            return Ops.norm(l);
        });
        m.def("gamma", (a, k) -> SpecialFunctions.gamma(Ops.toDouble(a[0])));
        m.def("lgamma", (a, k) -> SpecialFunctions.lgamma(Ops.toDouble(a[0])));
        m.def("erf", (a, k) -> SpecialFunctions.erf(Ops.toDouble(a[0])));
        m.def("erfc", (a, k) -> SpecialFunctions.erfc(Ops.toDouble(a[0])));
        m.def("isnan", (a, k) -> Double.isNaN(Ops.toDouble(a[0])));
        m.def("isinf", (a, k) -> Double.isInfinite(Ops.toDouble(a[0])));
        m.def("isclose", (a, k) -> {
            double x = Ops.toDouble(a[0]), y = Ops.toDouble(a[1]);
            return x == y || Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 0.0);
        });
        return m;
    }

    /** pi, e, tau, inf and nan: math's, and cmath's too. */
    static void constants(PyModule m) {
        m.put("pi", Math.PI);
        m.put("e", Math.E);
        m.put("tau", 2 * Math.PI);
        m.put("inf", Double.POSITIVE_INFINITY);
        m.put("nan", Double.NaN);
    }

    /** A function defined only where {@code inside} holds; elsewhere "math domain error", as CPython says. */
    private static void domain(PyModule m, String name, java.util.function.DoublePredicate inside, DoubleUnaryOperator f) {
        m.def(name, (a, k) -> {
            double x = Ops.toDouble(a[0]);
            if (!Double.isNaN(x) && !inside.test(x)) throw Errors.valueError("math domain error");
            return f.applyAsDouble(x);
        });
    }

    private static PyTuple frexp(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return PyTuple.of(x, 0L);
        if (Math.getExponent(x) == Double.MIN_EXPONENT - 1) {   // subnormal: scale into the normal range first
            PyTuple t = frexp(x * 0x1p54);
            return PyTuple.of(t.items[0], (long) t.items[1] - 54);
        }
        int e = Math.getExponent(x) + 1;
        return PyTuple.of(Math.scalb(x, -e), (long) e);
    }

    /** The Euclidean norm, scaled so that neither huge nor tiny coordinates over- or underflow. */
    private static double norm(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
            if (Double.isNaN(x)) nan = true;
            else max = Math.max(max, Math.abs(x));
        }
        if (nan) return Double.NaN;
        if (max == 0) return 0.0;
        if (v.length == 2) return Math.hypot(v[0], v[1]);
        double sum = 0;
        for (double x : v) sum += (x / max) * (x / max);
        return max * Math.sqrt(sum);
    }

    /** The exactly rounded sum of floats (Shewchuk's partials, as CPython's fsum). */
    private static double fsum(Object iterable) {
        java.util.List<Double> partials = new java.util.ArrayList<>();
        double special = 0, inf = 0;
        for (Object o : Ops.iterToList(iterable)) {
            double x = Ops.toDouble(o);
            if (!Double.isFinite(x)) {
                if (Double.isInfinite(x)) inf += x;
                special += x;
                continue;
            }
            int i = 0;
            for (int j = 0; j < partials.size(); j++) {
                double y = partials.get(j);
                if (Math.abs(x) < Math.abs(y)) { double t = x; x = y; y = t; }
                double hi = x + y, lo = y - (hi - x);
                if (lo != 0) partials.set(i++, lo);
                x = hi;
            }
            partials.subList(i, partials.size()).clear();
            partials.add(x);
        }
        if (special != 0 || Double.isNaN(special)) {
            if (Double.isNaN(inf)) throw Errors.valueError("-inf + inf in fsum");
            return special;
        }
        int n = partials.size();
        double hi = 0;
        if (n > 0) {
            hi = partials.get(--n);
            double lo = 0;
            while (n > 0) {
                double x = hi, y = partials.get(--n);
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0) break;
            }
            // Half-way cases: round to even the way the remaining partials say.
            if (n > 0 && (lo < 0 && partials.get(n - 1) < 0 || lo > 0 && partials.get(n - 1) > 0)) {
                double y = lo * 2, x = hi + y;
                if (y == x - hi) hi = x;
            }
        }
        return hi;
    }

    private static BigInteger nonNegative(Object o, String arg) {
        if (!Ops.isInt(o)) throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        BigInteger v = Ops.big(o);
        if (v.signum() < 0) throw Errors.valueError(arg + " must be a non-negative integer");
        return v;
    }

    /** n * (n - 1) * ... * (n - k + 1). */
    private static BigInteger fallingFactorial(BigInteger n, BigInteger k) {
        BigInteger r = BigInteger.ONE;
        for (BigInteger i = BigInteger.ZERO; i.compareTo(k) < 0; i = i.add(BigInteger.ONE)) r = r.multiply(n.subtract(i));
        return r;
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f) {
        m.def(name, (a, k) -> f.applyAsDouble(Ops.toDouble(a[0])));
    }

    /** An instance's own __floor__, __ceil__ or __trunc__ (a Fraction's), else int(x). */
    private static Object own(Object x, String dunder) {
        if (x instanceof PyInstance i) {
            Object m = i.cls.lookup(dunder);
            if (m != null) return Ops.call(m, new Object[]{x}, null);
        }
        return Builtins.toInt(x, null);
    }
}
