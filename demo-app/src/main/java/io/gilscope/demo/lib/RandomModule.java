package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyBytes;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.Types;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * random: CPython's module, a class Random on a Mersenne Twister whose methods the module exports bound
 * to one shared instance, as Lib/random.py does; so random.seed(n) and Random(n) give CPython's
 * sequence for random, getrandbits, randrange, randint, choice, choices, shuffle, sample, uniform,
 * gauss, expovariate and triangular (each the same arithmetic as Lib/random.py). Calls are serialised
 * on the generator, as CPython's are by its lock.
 */
public final class RandomModule {
    private RandomModule() { }

    /** The generator and gauss's spare value, which seed() clears. */
    private static final class State {
        final MersenneTwister mt = new MersenneTwister();
        double gaussNext = Double.NaN;
    }

    /** A method's body: the instance's generator, then the arguments after self. */
    private interface Method {
        Object call(State st, Object[] a, String[] k);
    }

    /** The module: class Random, and its methods bound to one hidden instance, as Lib/random.py exports them. */
    public static PyModule create() {
        PyClass random = randomClass();
        PyInstance shared = (PyInstance) random.call(new Object[0], null);
        PyModule m = new PyModule("random");
        m.dict.put("Random", random);
        for (String name : random.dict.keySet()) {
            if (!name.startsWith("_")) m.dict.put(name, Ops.getattr(shared, name));
        }
        return m;
    }

    private static PyClass randomClass() {
        PyClass m = new PyClass("Random", Types.OBJECT);
        m.module = "random";
        m.def("__init__", (a, k) -> {
            State st = new State();
            seed(st, a.length > 1 ? a[1] : PyNone.NONE);
            ((PyInstance) a[0]).nativeState = st;
            return PyNone.NONE;
        });
        method(m, "seed", (st, a, k) -> {
            synchronized (st) {
                seed(st, a.length > 0 ? a[0] : PyNone.NONE);
            }
            return PyNone.NONE;
        });
        method(m, "random", (st, a, k) -> random(st));
        method(m, "getrandbits", (st, a, k) -> {
            long n = Ops.toLong(a[0]);
            if (n < 0) throw Errors.valueError("number of bits must be non-negative");
            if (n > 63) throw Errors.notSupported("getrandbits() of more than 63 bits");
            synchronized (st) {
                return n == 0 ? 0L : st.mt.bits((int) n);
            }
        });
        method(m, "uniform", (st, a, k) -> {
            double lo = Ops.toDouble(a[0]), hi = Ops.toDouble(a[1]);
            return lo + (hi - lo) * random(st);
        });
        method(m, "randint", (st, a, k) -> randrange(st, Ops.toLong(a[0]), Ops.toLong(a[1]) + 1, 1));
        method(m, "randrange", (st, a, k) -> {
            if (a.length == 1) return randrange(st, 0, Ops.toLong(a[0]), 1);
            return randrange(st, Ops.toLong(a[0]), Ops.toLong(a[1]), a.length > 2 ? Ops.toLong(a[2]) : 1);
        });
        method(m, "choice", (st, a, k) -> {
            List<Object> items = Ops.iterToList(a[0]);
            if (items.isEmpty()) throw Errors.indexError("Cannot choose from an empty sequence");
            return items.get((int) below(st, items.size()));
        });
        method(m, "shuffle", (st, a, k) -> {
            if (!(a[0] instanceof PyList l)) throw Errors.typeError("shuffle() needs a list");
            synchronized (l) {
                Object[] x = l.toArray();
                for (int i = x.length - 1; i > 0; i--) {
                    int j = (int) below(st, i + 1);
                    Object t = x[i];
                    x[i] = x[j];
                    x[j] = t;
                }
                l.setAll(List.of(x));
            }
            return PyNone.NONE;
        });
        method(m, "sample", (st, a, k) -> {
            Object[] p = Args.parse("sample", a, k, 2, "population", "k");
            return sample(st, Ops.iterToList(p[0]), Ops.toLong(p[1]));
        });
        method(m, "choices", (st, a, k) -> {
            Object[] p = Args.parse("choices", a, k, 1, "population", "weights", "k");
            return choices(st, Ops.iterToList(p[0]), p[1] == null || p[1] == PyNone.NONE ? null : Ops.iterToList(p[1]),
                    p[2] == null ? 1 : Ops.toLong(p[2]));
        });
        method(m, "gauss", (st, a, k) -> {
            double mu = a.length > 0 ? Ops.toDouble(a[0]) : 0, sigma = a.length > 1 ? Ops.toDouble(a[1]) : 1;
            synchronized (st) {
                double z = st.gaussNext;
                st.gaussNext = Double.NaN;
                if (Double.isNaN(z)) {
                    double x2pi = st.mt.random() * 2 * Math.PI;
                    double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - st.mt.random()));
                    z = Math.cos(x2pi) * g2rad;
                    st.gaussNext = Math.sin(x2pi) * g2rad;
                }
                return mu + z * sigma;
            }
        });
        method(m, "expovariate", (st, a, k) -> {
            double lambd = a.length > 0 ? Ops.toDouble(a[0]) : 1.0;
            return -Math.log(1.0 - random(st)) / lambd;
        });
        method(m, "triangular", (st, a, k) -> {
            double low = a.length > 0 ? Ops.toDouble(a[0]) : 0, high = a.length > 1 ? Ops.toDouble(a[1]) : 1;
            double u = random(st);
            double c;
            try {
                c = a.length > 2 && a[2] != PyNone.NONE ? (Ops.toDouble(a[2]) - low) / (high - low) : 0.5;
            } catch (ArithmeticException e) {
                return low;
            }
            if (high == low) return low;
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double t = low;
                low = high;
                high = t;
            }
            return low + (high - low) * Math.sqrt(u * c);
        });
        return m;
    }

    private static void method(PyClass cls, String name, Method body) {
        cls.def(name, (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyInstance self) || !(self.nativeState instanceof State st)) {
                throw Errors.typeError("descriptor '" + name + "' for 'Random' objects needs a Random instance");
            }
            return body.call(st, Arrays.copyOfRange(a, 1, a.length), k);
        });
    }

    /** random.seed(a): None from the OS, an int's absolute value, a str or bytes with its SHA-512 (version 2). */
    private static void seed(State st, Object a) {
        st.gaussNext = Double.NaN;
        BigInteger n;
        if (a == PyNone.NONE) {
            byte[] b = new byte[32];
            new SecureRandom().nextBytes(b);
            n = new BigInteger(1, b);
        } else if (a instanceof String || a instanceof PyBytes) {
            byte[] b = a instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : ((PyBytes) a).data();
            byte[] digest = sha512(b);
            byte[] all = new byte[b.length + digest.length];
            System.arraycopy(b, 0, all, 0, b.length);
            System.arraycopy(digest, 0, all, b.length, digest.length);
            n = new BigInteger(1, all);
        } else if (Ops.isInt(a)) {
            n = Ops.big(a).abs();
        } else if (a instanceof Double d) {
            long h = Ops.hash(d);   // as CPython: the hash read as an unsigned 64-bit number
            n = h >= 0 ? BigInteger.valueOf(h) : BigInteger.valueOf(h).add(BigInteger.ONE.shiftLeft(64));
        } else {
            throw Errors.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        st.mt.seed(n);
    }

    private static byte[] sha512(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);   // every JDK has SHA-512
        }
    }

    private static double random(State st) {
        synchronized (st) {
            return st.mt.random();
        }
    }

    private static long below(State st, long n) {
        synchronized (st) {
            return st.mt.below(n);
        }
    }

    /** Lib/random.py's randrange for int arguments. */
    private static long randrange(State st, long start, long stop, long step) {
        long width = stop - start;
        if (step == 1) {
            if (width <= 0) throw Errors.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
            return start + below(st, width);
        }
        if (step == 0) throw Errors.valueError("zero step for randrange()");
        long n = step > 0 ? (width + step - 1) / step : (width + step + 1) / step;
        if (n <= 0) throw Errors.valueError("empty range for randrange()");
        return start + step * below(st, n);
    }

    /** Lib/random.py's sample: a pool for small populations, a set of chosen indexes for large ones. */
    private static PyList sample(State st, List<Object> population, long k) {
        int n = population.size();
        if (k < 0 || k > n) throw Errors.valueError("Sample larger than population or is negative");
        Object[] result = new Object[(int) k];
        int setsize = 21;
        if (k > 5) setsize += (int) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        if (n <= setsize) {
            List<Object> pool = new ArrayList<>(population);
            for (int i = 0; i < k; i++) {
                int j = (int) below(st, n - i);
                result[i] = pool.get(j);
                pool.set(j, pool.get(n - i - 1));
            }
        } else {
            Set<Long> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = below(st, n);
                while (!selected.add(j)) j = below(st, n);
                result[i] = population.get((int) j);
            }
        }
        return new PyList(List.of(result));
    }

    /** Lib/random.py's choices: floor(random() * n) without weights, bisect on cumulative weights with them. */
    private static PyList choices(State st, List<Object> population, List<Object> weights, long k) {
        int n = population.size();
        List<Object> out = new ArrayList<>();
        if (weights == null) {
            if (n == 0) throw Errors.indexError("Cannot choose from an empty sequence");
            for (long i = 0; i < k; i++) out.add(population.get((int) Math.floor(random(st) * n)));
            return new PyList(out);
        }
        if (weights.size() != n) throw Errors.valueError("The number of weights does not match the population");
        double[] cum = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) cum[i] = total += Ops.toDouble(weights.get(i));
        if (total <= 0) throw Errors.valueError("Total of weights must be greater than zero");
        for (long i = 0; i < k; i++) {
            double x = random(st) * total;
            int lo = 0, hi = n - 1;   // bisect_right(cum, x, 0, n - 1)
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (x < cum[mid]) hi = mid;
                else lo = mid + 1;
            }
            out.add(population.get(lo));
        }
        return new PyList(out);
    }
}
