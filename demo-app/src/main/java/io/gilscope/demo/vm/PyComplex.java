package io.gilscope.demo.vm;

/**
 * A complex number, with CPython's arithmetic (Objects/complexobject.c): Smith's division, powers by
 * repeated squaring for small integer exponents and through polar form otherwise, and its repr.
 */
public record PyComplex(double real, double imag) {
    static final PyComplex ONE = new PyComplex(1, 0);

    /** A number (int, float, bool, complex) as a complex; null for anything else. */
    public static PyComplex of(Object o) {
        if (o instanceof PyComplex c) return c;
        if (Ops.isNum(o)) return new PyComplex(Ops.toDouble(o), 0);
        return null;
    }

    PyComplex plus(PyComplex b) { return new PyComplex(real + b.real, imag + b.imag); }

    public PyComplex minus(PyComplex b) { return new PyComplex(real - b.real, imag - b.imag); }

    PyComplex times(PyComplex b) { return new PyComplex(real * b.real - imag * b.imag, real * b.imag + imag * b.real); }

    /** _Py_c_quot: Smith's method, scaling by the larger part of the divisor. */
    public PyComplex dividedBy(PyComplex b) {
        double absReal = Math.abs(b.real), absImag = Math.abs(b.imag);
        if (absReal >= absImag) {
            if (absReal == 0) throw Errors.zeroDivision("complex division by zero");
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            return new PyComplex((real + imag * ratio) / denom, (imag - real * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
            return new PyComplex((real * ratio + imag) / denom, (imag * ratio - real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);   // a part of the divisor is NaN
    }

    /** complex_pow: small integer exponents by repeated multiplication, others through polar form. */
    PyComplex pow(PyComplex e) {
        PyComplex r;
        if (e.imag == 0 && e.real == Math.floor(e.real) && Math.abs(e.real) <= 100) {
            long n = (long) e.real;
            if (n < 0 && real == 0 && imag == 0) throw Errors.zeroDivision("0.0 to a negative or complex power");
            r = n >= 0 ? powUnsigned(n) : ONE.dividedBy(powUnsigned(-n));
        } else {
            r = polarPow(e);
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) throw Errors.overflow("complex exponentiation");
        return r;
    }

    private PyComplex powUnsigned(long n) {
        PyComplex r = ONE, p = this;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = r.times(p);
            p = p.times(p);
        }
        return r;
    }

    /** _Py_c_pow. */
    private PyComplex polarPow(PyComplex b) {
        if (b.real == 0 && b.imag == 0) return ONE;
        if (real == 0 && imag == 0) {
            if (b.imag != 0 || b.real < 0) throw Errors.zeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(real, imag), len = Math.pow(vabs, b.real), at = Math.atan2(imag, real), phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    public double abs() {
        double r = Math.hypot(real, imag);
        if (Double.isInfinite(r) && Double.isFinite(real) && Double.isFinite(imag)) throw Errors.overflow("absolute value too large");
        return r;
    }

    /** complex_repr: (1+2j), 2j when the real part is +0, each part as repr(float) without ".0". */
    @Override
    public String toString() {
        if (real == 0 && Math.copySign(1.0, real) == 1.0) return part(imag, false) + "j";
        return "(" + part(real, false) + part(imag, true) + "j)";
    }

    private static String part(double d, boolean sign) {
        String s = Format.floatRepr(d);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        return sign && !s.startsWith("-") ? "+" + s : s;
    }
}
