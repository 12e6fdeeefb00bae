package io.gilscope.demo.lib;

import java.math.BigInteger;

/**
 * MT19937 as CPython's Modules/_randommodule.c runs it: the same seeding (init_by_array of the seed's
 * 32-bit words, least significant first), the same 53-bit random() and the same getrandbits, so that a
 * seeded program draws CPython's numbers. Not thread-safe: RandomModule serialises calls, as CPython's
 * per-object lock does.
 */
final class MersenneTwister {
    private static final int N = 624, M = 397;
    private static final int MATRIX_A = 0x9908b0df, UPPER_MASK = 0x80000000, LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int mti = N + 1;

    /** Seeds from a non-negative integer, as random.seed(n) does with abs(n). */
    void seed(BigInteger n) {
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) key[i] = n.shiftRight(32 * i).intValue();
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** genrand_uint32, as an unsigned value in an int. */
    int next32() {
        if (mti >= N) {
            if (mti == N + 1) initGenrand(5489);
            int kk = 0;
            for (; kk < N - M; kk++) mt[kk] = mt[kk + M] ^ twist(mt[kk], mt[kk + 1]);
            for (; kk < N - 1; kk++) mt[kk] = mt[kk + (M - N)] ^ twist(mt[kk], mt[kk + 1]);
            mt[N - 1] = mt[M - 1] ^ twist(mt[N - 1], mt[0]);
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private static int twist(int upper, int lower) {
        int y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
        return (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }

    /** random(): a 53-bit float in [0, 1). */
    double random() {
        long a = (next32() & 0xffffffffL) >>> 5, b = (next32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k) for 0 < k <= 63: 32-bit words, least significant first, the last one shifted down. */
    long bits(int k) {
        long r = 0;
        for (int shift = 0; k > 0; shift += 32, k -= 32) {
            long word = next32() & 0xffffffffL;
            if (k < 32) word >>>= 32 - k;
            r |= word << shift;
        }
        return r;
    }

    /** _randbelow_with_getrandbits: uniform in [0, n), n > 0. */
    long below(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = bits(k);
        while (r >= n) r = bits(k);
        return r;
    }
}
