package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyModule;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/** math: the common functions on floats and ints. */
public final class MathModule {
    private MathModule() { }

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.put("pi", Math.PI);
        m.put("e", Math.E);
        m.put("tau", 2 * Math.PI);
        m.put("inf", Double.POSITIVE_INFINITY);
        m.put("nan", Double.NaN);
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
        m.def("hypot", (a, k) -> Math.hypot(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
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
        m.def("isnan", (a, k) -> Double.isNaN(Ops.toDouble(a[0])));
        m.def("isinf", (a, k) -> Double.isInfinite(Ops.toDouble(a[0])));
        m.def("isclose", (a, k) -> {
            double x = Ops.toDouble(a[0]), y = Ops.toDouble(a[1]);
            return x == y || Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 0.0);
        });
        return m;
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
