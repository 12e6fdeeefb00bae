package io.gilscope.demo.vm;

import java.math.BigInteger;

/**
 * CPython's hash values for numbers and tuples (Python/pyhash.c, Objects/longobject.c,
 * Objects/tupleobject.c), so that {@code hash()} answers as CPython's does and a set, whose table is
 * ordered by hash, iterates in CPython's order. A number's hash is its value modulo the prime
 * 2**61 - 1, the same for equal ints, floats and complex numbers; -1 is never a hash (CPython
 * reserves it for errors) and becomes -2. Strings are hashed with a random key in CPython, so any
 * stable hash is as good as its.
 */
final class Hashes {
    private static final int BITS = 61;
    private static final long MODULUS = (1L << BITS) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long INF = 314159;
    private static final long IMAG = 1000003;
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private Hashes() { }

    static long ofLong(long x) {
        long h = x % MODULUS;   // Java's remainder keeps the sign, as CPython's hash does
        return h == -1 ? -2 : h;
    }

    static long ofBig(BigInteger x) {
        long h = x.abs().mod(BIG_MODULUS).longValue();
        if (x.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /** _Py_HashDouble: the value as m * 2**e reduced modulo 2**61 - 1. NaN hashes by identity. */
    static long ofDouble(double v, Object self) {
        if (Double.isNaN(v)) return System.identityHashCode(self);
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        int sign = v < 0 ? -1 : 1;
        double m = Math.abs(v);
        int e = m == 0 ? 0 : Math.getExponent(m) + 1;   // frexp: m = f * 2**e with 0.5 <= f < 1
        m = Math.scalb(m, -e);
        while (m != 0 && m < 0.5) {                     // a subnormal's exponent is the smallest one
            m *= 2;
            e--;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;   // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) x -= MODULUS;
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    static long ofComplex(long real, long imag) {
        long h = real + IMAG * imag;
        return h == -1 ? -2 : h;
    }

    /** tuplehash: xxHash's round over the items' hashes. */
    static long ofTuple(PyTuple t) {
        long acc = XXPRIME_5;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            acc += Ops.hash(t.get(i)) * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += n ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }
}
