package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyComplex;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyTuple;

import java.util.function.UnaryOperator;

/**
 * cmath: the functions on complex numbers programs use most (phase, polar, rect, sqrt, exp, log,
 * log10, isfinite, isinf, isnan, isclose), with the formulas of CPython's Modules/cmathmodule.c for
 * finite arguments. Not provided: the trigonometric and hyperbolic functions, and CPython's tables of
 * special values for infinite and NaN arguments.
 */
public final class CmathModule {
    private CmathModule() { }

    private static final double LARGE = Double.MAX_VALUE / 4;   // CM_LARGE_DOUBLE

    public static PyModule create() {
        PyModule m = new PyModule("cmath");
        MathModule.constants(m);
        m.put("infj", new PyComplex(0, Double.POSITIVE_INFINITY));
        m.put("nanj", new PyComplex(0, Double.NaN));
        m.def("phase", (a, k) -> {
            PyComplex z = arg("phase", a);
            return Math.atan2(z.imag(), z.real());
        });
        m.def("polar", (a, k) -> {
            PyComplex z = arg("polar", a);
            return new PyTuple(new Object[] {z.abs(), Math.atan2(z.imag(), z.real())});
        });
        m.def("rect", (a, k) -> {
            Args.count("rect", a, 2, 2);
            double r = Ops.toDouble(a[0]), phi = Ops.toDouble(a[1]);
            return phi == 0 ? new PyComplex(r, r * phi) : new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
        });
        unary(m, "sqrt", CmathModule::sqrt);
        unary(m, "exp", z -> {
            double l = Math.exp(z.real());
            PyComplex r = z.imag() == 0 ? new PyComplex(l, z.imag()) : new PyComplex(l * Math.cos(z.imag()), l * Math.sin(z.imag()));
            if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) throw Errors.overflow("math range error");
            return r;
        });
        m.def("log", (a, k) -> {
            Args.count("log", a, 1, 2);
            PyComplex z = log(complex(a[0]));
            return a.length == 2 ? z.dividedBy(log(complex(a[1]))) : z;
        });
        unary(m, "log10", z -> {
            PyComplex l = log(z);
            return new PyComplex(l.real() / Math.log(10), l.imag() / Math.log(10));
        });
        m.def("isfinite", (a, k) -> {
            PyComplex z = arg("isfinite", a);
            return Double.isFinite(z.real()) && Double.isFinite(z.imag());
        });
        m.def("isinf", (a, k) -> {
            PyComplex z = arg("isinf", a);
            return Double.isInfinite(z.real()) || Double.isInfinite(z.imag());
        });
        m.def("isnan", (a, k) -> {
            PyComplex z = arg("isnan", a);
            return Double.isNaN(z.real()) || Double.isNaN(z.imag());
        });
        m.def("isclose", (a, k) -> {
            Object[] p = Args.parse("isclose", a, k, 2, "a", "b", "rel_tol", "abs_tol");
            PyComplex x = complex(p[0]), y = complex(p[1]);
            double rel = p[2] == null ? 1e-9 : Ops.toDouble(p[2]), abs = p[3] == null ? 0 : Ops.toDouble(p[3]);
            if (rel < 0 || abs < 0) throw Errors.valueError("tolerances must be non-negative");
            if (x.equals(y)) return true;
            if (Double.isInfinite(x.real()) || Double.isInfinite(x.imag()) || Double.isInfinite(y.real()) || Double.isInfinite(y.imag())) return false;
            double diff = x.minus(y).abs();
            return diff <= rel * y.abs() || diff <= rel * x.abs() || diff <= abs;
        });
        return m;
    }

    private static void unary(PyModule m, String name, UnaryOperator<PyComplex> f) {
        m.def(name, (a, k) -> f.apply(arg(name, a)));
    }

    private static PyComplex arg(String name, Object[] a) {
        Args.count(name, a, 1, 1);
        return complex(a[0]);
    }

    private static PyComplex complex(Object o) {
        if (o instanceof PyInstance i && i.cls.lookup("__complex__") != null) return (PyComplex) Ops.call(i.cls.lookup("__complex__"), new Object[] {o}, null);
        PyComplex c = PyComplex.of(o);
        if (c == null) throw Errors.typeError("must be real number, not " + Ops.typeName(o));
        return c;
    }

    /** cmath_sqrt_impl, for finite arguments. */
    private static PyComplex sqrt(PyComplex z) {
        if (z.real() == 0 && z.imag() == 0) return new PyComplex(0, z.imag());
        double ax = Math.abs(z.real()), ay = Math.abs(z.imag()), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, 53))), -27);   // ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -53/2 - 1)
        } else {
            ax /= 8;
            s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        return z.real() >= 0 ? new PyComplex(s, Math.copySign(d, z.imag())) : new PyComplex(d, Math.copySign(s, z.imag()));
    }

    /** c_log, for finite arguments. */
    private static PyComplex log(PyComplex z) {
        double ax = Math.abs(z.real()), ay = Math.abs(z.imag()), real;
        if (ax > LARGE || ay > LARGE) {
            real = Math.log(Math.hypot(ax / 2, ay / 2)) + Math.log(2);
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) throw Errors.valueError("math domain error");
            real = Math.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * Math.log(2);
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                real = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                real = Math.log(h);
            }
        }
        return new PyComplex(real, Math.atan2(z.imag(), z.real()));
    }
}
