package io.gilscope.demo.lib;

import io.gilscope.demo.lib.numpy.Blas;
import io.gilscope.demo.lib.numpy.NdArray;
import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.Types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleBinaryOperator;

/**
 * numpy, tiny ({@code import numpy as np}): float64 arrays of 1 or 2 dimensions ({@link NdArray}) with
 * {@code np.random.rand/random/randn/seed}, {@code np.zeros/ones/array/arange/dot/matmul/sum/allclose}
 * and ndarray {@code shape, ndim, size, dtype, T, sum, mean, min, max, tolist, copy, dot}, indexing,
 * and element-wise + - * / with scalars or same-shape arrays. {@code np.dot} runs in {@link Blas},
 * with the GIL released. Random numbers come from a per-thread generator (no contention between
 * threads) unless {@code np.random.seed} was called, which makes them one reproducible sequence.
 */
public final class NumpyModule {
    private NumpyModule() { }

    public static final PyClass NDARRAY = new PyClass("ndarray", Types.OBJECT);
    private static volatile Random seeded;

    static {
        NDARRAY.module = "numpy";
        defineArray();
    }

    public static PyModule create() {
        PyModule m = new PyModule("numpy");
        m.put("ndarray", NDARRAY);
        m.put("float64", Types.FLOAT);
        m.put("pi", Math.PI);
        m.put("e", Math.E);
        m.put("random", randomModule());
        m.def("zeros", (a, k) -> filled(Args.parse("zeros", a, k, 1, "shape", "dtype")[0], 0));
        m.def("ones", (a, k) -> filled(Args.parse("ones", a, k, 1, "shape", "dtype")[0], 1));
        m.def("array", (a, k) -> fromObject(Args.parse("array", a, k, 1, "object", "dtype")[0]));
        m.def("asarray", (a, k) -> fromObject(Args.parse("asarray", a, k, 1, "a", "dtype")[0]));
        m.def("arange", (a, k) -> {
            Object[] pos = Args.positional(a, k);
            double start = pos.length > 1 ? Ops.toDouble(pos[0]) : 0;
            double stop = Ops.toDouble(pos[pos.length > 1 ? 1 : 0]);
            double step = pos.length > 2 ? Ops.toDouble(pos[2]) : 1;
            if (step == 0) throw Errors.make(Errors.ZERO_DIVISION_ERROR, "division by zero");
            int n = (int) Math.max(0, Math.ceil((stop - start) / step));
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = start + i * step;
            return wrap(new NdArray(d, n));
        });
        m.def("dot", (a, k) -> {
            Args.count("dot", a, 2, 2);
            return dot(a[0], a[1]);
        });
        m.def("matmul", (a, k) -> {
            Args.count("matmul", a, 2, 2);
            return dot(a[0], a[1]);
        });
        m.def("sum", (a, k) -> {
            Object[] p = Args.parse("sum", a, k, 1, "a", "axis");
            return sum(toArray(p[0]), p[1]);
        });
        m.def("mean", (a, k) -> {
            NdArray x = toArray(a[0]);
            return total(x) / x.data.length;
        });
        m.def("allclose", (a, k) -> {
            Object[] p = Args.parse("allclose", a, k, 2, "a", "b", "rtol", "atol");
            NdArray x = toArray(p[0]);
            NdArray y = toArray(p[1]);
            double rtol = p[2] == null ? 1e-05 : Ops.toDouble(p[2]);
            double atol = p[3] == null ? 1e-08 : Ops.toDouble(p[3]);
            NdArray[] xy = broadcast(x, y);
            for (int i = 0; i < xy[0].data.length; i++) {
                if (Math.abs(xy[0].data[i] - xy[1].data[i]) > atol + rtol * Math.abs(xy[1].data[i])) return false;
            }
            return true;
        });
        return m;
    }

    private static PyModule randomModule() {
        PyModule r = new PyModule("numpy.random");
        r.def("seed", (a, k) -> {
            seeded = a.length == 0 || a[0] == PyNone.NONE ? null : new Random(Ops.toLong(a[0]));
            return PyNone.NONE;
        });
        r.def("rand", (a, k) -> {
            Object[] pos = Args.positional(a, k);
            if (pos.length == 0) return uniform();
            return random(dims(pos));
        });
        r.def("random", (a, k) -> {
            Object[] p = Args.parse("random", a, k, 0, "size");
            if (p[0] == null || p[0] == PyNone.NONE) return uniform();
            return random(shapeOf(p[0]));
        });
        r.def("randn", (a, k) -> {
            Object[] pos = Args.positional(a, k);
            int[] shape = dims(pos);
            double[] d = new double[count(shape)];
            Random s = seeded;
            if (s != null) {
                synchronized (s) {
                    for (int i = 0; i < d.length; i++) d[i] = s.nextGaussian();
                }
            } else {
                ThreadLocalRandom t = ThreadLocalRandom.current();
                for (int i = 0; i < d.length; i++) d[i] = t.nextGaussian();
            }
            return pos.length == 0 ? (Object) d[0] : wrap(new NdArray(d, shape));
        });
        return r;
    }

    private static double uniform() {
        Random s = seeded;
        if (s != null) {
            synchronized (s) {
                return s.nextDouble();
            }
        }
        return ThreadLocalRandom.current().nextDouble();
    }

    private static PyInstance random(int[] shape) {
        double[] d = new double[count(shape)];
        Random s = seeded;
        if (s != null) {
            synchronized (s) {
                for (int i = 0; i < d.length; i++) d[i] = s.nextDouble();
            }
        } else {
            SplittableRandom t = new SplittableRandom(ThreadLocalRandom.current().nextLong());
            for (int i = 0; i < d.length; i++) d[i] = t.nextDouble();
        }
        return wrap(new NdArray(d, shape));
    }

    // ---- shapes and conversion ------------------------------------------------------------------

    private static int[] dims(Object[] pos) {
        if (pos.length > 2) throw Errors.notSupported("numpy arrays of more than 2 dimensions");
        int[] shape = new int[pos.length];
        for (int i = 0; i < pos.length; i++) {
            shape[i] = Ops.toInt(pos[i]);
            if (shape[i] < 0) throw Errors.valueError("negative dimensions are not allowed");
        }
        return shape.length == 0 ? new int[]{1} : shape;
    }

    private static int[] shapeOf(Object o) {
        if (o instanceof PyTuple || o instanceof PyList) return dims(Ops.iterToList(o).toArray());
        return dims(new Object[]{o});
    }

    private static int count(int[] shape) {
        long n = 1;
        for (int s : shape) n *= s;
        if (n > Integer.MAX_VALUE - 8) throw Errors.make(Errors.MEMORY_ERROR, "array too large");
        return (int) n;
    }

    private static PyInstance filled(Object shape, double v) {
        int[] s = shapeOf(shape);
        double[] d = new double[count(s)];
        if (v != 0) Arrays.fill(d, v);
        return wrap(new NdArray(d, s));
    }

    public static PyInstance wrap(NdArray a) {
        PyInstance i = new PyInstance(NDARRAY);
        i.nativeState = a;
        return i;
    }

    /** An ndarray, or a (nested) list/tuple of numbers converted to one. */
    public static NdArray toArray(Object o) {
        if (o instanceof PyInstance i && i.nativeState instanceof NdArray a) return a;
        if (o instanceof PyList || o instanceof PyTuple) return (NdArray) fromObject(o).nativeState;
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger) {
            return new NdArray(new double[]{Ops.toDouble(o)}, new int[0]);
        }
        throw Errors.typeError("expected an array, got '" + Ops.typeName(o) + "'");
    }

    private static PyInstance fromObject(Object o) {
        if (o instanceof PyInstance i && i.nativeState instanceof NdArray a) return wrap(new NdArray(a.data.clone(), a.shape.clone()));
        List<Object> rows = Ops.iterToList(o);
        if (!rows.isEmpty() && (rows.get(0) instanceof PyList || rows.get(0) instanceof PyTuple)) {
            int m = Ops.iterToList(rows.get(0)).size();
            double[] d = new double[rows.size() * m];
            for (int i = 0; i < rows.size(); i++) {
                List<Object> row = Ops.iterToList(rows.get(i));
                if (row.size() != m) throw Errors.valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions.");
                for (int j = 0; j < m; j++) d[i * m + j] = number(row.get(j));
            }
            return wrap(new NdArray(d, rows.size(), m));
        }
        double[] d = new double[rows.size()];
        for (int i = 0; i < d.length; i++) d[i] = number(rows.get(i));
        return wrap(new NdArray(d, d.length));
    }

    private static double number(Object o) {
        if (o instanceof PyList || o instanceof PyTuple) throw Errors.notSupported("numpy arrays of more than 2 dimensions");
        return Ops.toDouble(o);
    }

    private static PyTuple shapeTuple(NdArray a) {
        Object[] s = new Object[a.shape.length];
        for (int i = 0; i < s.length; i++) s[i] = (long) a.shape[i];
        return new PyTuple(s);
    }

    private static String shapeString(NdArray a) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < a.shape.length; i++) b.append(i > 0 ? "," : "").append(a.shape[i]);
        return b.append(a.shape.length == 1 ? ",)" : ")").toString();
    }

    // ---- dot ------------------------------------------------------------------------------------

    /** np.dot for 0-, 1- and 2-dimensional operands; the products run in {@link Blas} without the GIL. */
    static Object dot(Object x, Object y) {
        NdArray a = toArray(x);
        NdArray b = toArray(y);
        if (a.ndim() == 0 || b.ndim() == 0) return elementwise(a, b, (p, q) -> p * q);
        if (a.ndim() == 1 && b.ndim() == 1) {
            if (a.shape[0] != b.shape[0]) throw notAligned(a, b, 0, 0);
            return Blas.ddot(a.data, b.data, a.shape[0]);
        }
        int n = a.ndim() == 2 ? a.shape[0] : 1;
        int k = a.ndim() == 2 ? a.shape[1] : a.shape[0];
        int kb = b.shape[0];
        int m = b.ndim() == 2 ? b.shape[1] : 1;
        if (k != kb) throw notAligned(a, b, a.ndim() - 1, 0);
        double[] c = new double[n * m];
        Blas.gemm(a.data, b.data, c, n, k, m);
        if (a.ndim() == 1) return wrap(new NdArray(c, m));
        if (b.ndim() == 1) return wrap(new NdArray(c, n));
        return wrap(new NdArray(c, n, m));
    }

    private static RuntimeException notAligned(NdArray a, NdArray b, int da, int db) {
        return Errors.valueError("shapes " + shapeString(a) + " and " + shapeString(b) + " not aligned: " + a.shape[da]
                + " (dim " + da + ") != " + b.shape[db] + " (dim " + db + ")");
    }

    // ---- element-wise ---------------------------------------------------------------------------

    private static NdArray[] broadcast(NdArray a, NdArray b) {
        if (Arrays.equals(a.shape, b.shape)) return new NdArray[]{a, b};
        if (a.ndim() == 0) return new NdArray[]{full(b.shape, a.data[0]), b};
        if (b.ndim() == 0) return new NdArray[]{a, full(a.shape, b.data[0])};
        throw Errors.valueError("operands could not be broadcast together with shapes " + shapeString(a) + " " + shapeString(b));
    }

    private static NdArray full(int[] shape, double v) {
        double[] d = new double[count(shape)];
        Arrays.fill(d, v);
        return new NdArray(d, shape);
    }

    private static PyInstance elementwise(NdArray a, NdArray b, DoubleBinaryOperator op) {
        NdArray[] ab = broadcast(a, b);
        double[] x = ab[0].data;
        double[] y = ab[1].data;
        double[] r = new double[x.length];
        for (int i = 0; i < r.length; i++) r[i] = op.applyAsDouble(x[i], y[i]);
        return wrap(new NdArray(r, ab[0].ndim() >= ab[1].ndim() ? ab[0].shape.clone() : ab[1].shape.clone()));
    }

    private static Object operand(Object o) {
        if (o instanceof PyInstance i && i.nativeState instanceof NdArray) return o;
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof PyList || o instanceof PyTuple) return o;
        return null;
    }

    private static void binary(String name, String rname, DoubleBinaryOperator op) {
        NDARRAY.def(name, (a, k) -> operand(a[1]) == null ? PyNone.NOT_IMPLEMENTED : elementwise(toArray(a[0]), toArray(a[1]), op));
        NDARRAY.def(rname, (a, k) -> operand(a[1]) == null ? PyNone.NOT_IMPLEMENTED : elementwise(toArray(a[1]), toArray(a[0]), op));
    }

    private static double total(NdArray a) {
        double s = 0;
        for (double d : a.data) s += d;
        return s;
    }

    private static Object sum(NdArray a, Object axis) {
        if (axis == null || axis == PyNone.NONE) return total(a);
        int ax = Ops.toInt(axis);
        if (a.ndim() != 2 || (ax != 0 && ax != 1)) {
            if (a.ndim() == 1 && ax == 0) return total(a);
            throw Errors.make(Errors.VALUE_ERROR, "axis " + ax + " is out of bounds for array of dimension " + a.ndim());
        }
        int n = a.shape[0];
        int m = a.shape[1];
        double[] r = new double[ax == 0 ? m : n];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r[ax == 0 ? j : i] += a.data[i * m + j];
        return wrap(new NdArray(r, r.length));
    }

    // ---- ndarray --------------------------------------------------------------------------------

    private static NdArray self(Object[] a) { return (NdArray) ((PyInstance) a[0]).nativeState; }

    private static void defineArray() {
        NDARRAY.constructor = (a, k) -> filled(Args.parse("ndarray", a, k, 1, "shape")[0], 0);
        NDARRAY.defProperty("shape", (a, k) -> shapeTuple(self(a)));
        NDARRAY.defProperty("ndim", (a, k) -> (long) self(a).ndim());
        NDARRAY.defProperty("size", (a, k) -> (long) self(a).data.length);
        NDARRAY.defProperty("dtype", (a, k) -> "float64");
        NDARRAY.defProperty("T", (a, k) -> {
            NdArray x = self(a);
            if (x.ndim() < 2) return a[0];
            int n = x.shape[0];
            int m = x.shape[1];
            double[] t = new double[x.data.length];
            for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) t[j * n + i] = x.data[i * m + j];
            return wrap(new NdArray(t, m, n));
        });
        NDARRAY.def("sum", (a, k) -> sum(self(a), Args.parse("sum", a, k, 1, "self", "axis")[1]));
        NDARRAY.def("mean", (a, k) -> total(self(a)) / self(a).data.length);
        NDARRAY.def("max", (a, k) -> Arrays.stream(nonEmpty(self(a), "maximum")).max().getAsDouble());
        NDARRAY.def("min", (a, k) -> Arrays.stream(nonEmpty(self(a), "minimum")).min().getAsDouble());
        NDARRAY.def("copy", (a, k) -> wrap(new NdArray(self(a).data.clone(), self(a).shape.clone())));
        NDARRAY.def("dot", (a, k) -> dot(a[0], a[1]));
        NDARRAY.def("tolist", (a, k) -> {
            NdArray x = self(a);
            if (x.ndim() == 1) return row(x.data, 0, x.shape[0]);
            PyList rows = new PyList(x.shape[0]);
            for (int i = 0; i < x.shape[0]; i++) rows.append(row(x.data, i * x.shape[1], x.shape[1]));
            return rows;
        });
        NDARRAY.def("__len__", (a, k) -> (long) self(a).shape[0]);
        NDARRAY.def("__getitem__", (a, k) -> {
            NdArray x = self(a);
            if (a[1] instanceof PyTuple t) {
                if (t.size() != 2 || x.ndim() != 2) throw Errors.indexError("too many indices for array: array is " + x.ndim() + "-dimensional, but " + t.size() + " were indexed");
                return x.data[index(t.get(0), x.shape[0], 0) * x.shape[1] + index(t.get(1), x.shape[1], 1)];
            }
            int i = index(a[1], x.shape[0], 0);
            if (x.ndim() == 1) return x.data[i];
            int m = x.shape[1];
            return wrap(new NdArray(Arrays.copyOfRange(x.data, i * m, i * m + m), m));
        });
        NDARRAY.def("__setitem__", (a, k) -> {
            NdArray x = self(a);
            double v = Ops.toDouble(a[2]);
            if (a[1] instanceof PyTuple t && t.size() == 2 && x.ndim() == 2) {
                x.data[index(t.get(0), x.shape[0], 0) * x.shape[1] + index(t.get(1), x.shape[1], 1)] = v;
            } else if (x.ndim() == 1) {
                x.data[index(a[1], x.shape[0], 0)] = v;
            } else {
                int i = index(a[1], x.shape[0], 0);
                Arrays.fill(x.data, i * x.shape[1], (i + 1) * x.shape[1], v);
            }
            return PyNone.NONE;
        });
        binary("__add__", "__radd__", Double::sum);
        binary("__mul__", "__rmul__", (p, q) -> p * q);
        NDARRAY.def("__sub__", (a, k) -> operand(a[1]) == null ? PyNone.NOT_IMPLEMENTED : elementwise(toArray(a[0]), toArray(a[1]), (p, q) -> p - q));
        NDARRAY.def("__rsub__", (a, k) -> operand(a[1]) == null ? PyNone.NOT_IMPLEMENTED : elementwise(toArray(a[1]), toArray(a[0]), (p, q) -> p - q));
        NDARRAY.def("__truediv__", (a, k) -> operand(a[1]) == null ? PyNone.NOT_IMPLEMENTED : elementwise(toArray(a[0]), toArray(a[1]), (p, q) -> p / q));
        NDARRAY.def("__rtruediv__", (a, k) -> operand(a[1]) == null ? PyNone.NOT_IMPLEMENTED : elementwise(toArray(a[1]), toArray(a[0]), (p, q) -> p / q));
        NDARRAY.def("__neg__", (a, k) -> elementwise(self(a), toArray(0.0), (p, q) -> -p));
        NDARRAY.def("__matmul__", (a, k) -> dot(a[0], a[1]));
        NDARRAY.def("__repr__", (a, k) -> "array(" + format(self(a), "      ") + ")");
        NDARRAY.def("__str__", (a, k) -> format(self(a), "").replace(",", ""));
    }

    private static double[] nonEmpty(NdArray x, String op) {
        if (x.data.length == 0) throw Errors.valueError("zero-size array to reduction operation " + op + " which has no identity");
        return x.data;
    }

    private static PyList row(double[] d, int from, int n) {
        PyList l = new PyList(n);
        for (int j = 0; j < n; j++) l.append(d[from + j]);
        return l;
    }

    private static int index(Object o, int n, int axis) {
        long i = Ops.toLong(o);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("index " + Ops.toLong(o) + " is out of bounds for axis " + axis + " with size " + n);
        return (int) i;
    }

    /** numpy-like text: up to 8 significant decimals, long dimensions summarised with "...". */
    private static String format(NdArray x, String indent) {
        if (x.ndim() == 0) return num(x.data[0]);
        if (x.ndim() == 1) return formatRow(x.data, 0, x.shape[0]);
        StringBuilder b = new StringBuilder("[");
        int n = x.shape[0];
        int m = x.shape[1];
        boolean summarise = (long) n * m > 1000 && n > 6;
        for (int i = 0; i < n; i++) {
            if (summarise && i == 3) {
                b.append(",\n").append(indent).append(" ...");
                i = n - 3;
            }
            if (i > 0) b.append(",\n").append(indent).append(' ');
            b.append(formatRow(x.data, i * m, m));
        }
        return b.append(']').toString();
    }

    private static String formatRow(double[] d, int from, int n) {
        StringBuilder b = new StringBuilder("[");
        boolean summarise = n > 1000 || (n > 6 && d.length > 1000);
        for (int j = 0; j < n; j++) {
            if (summarise && j == 3) {
                b.append(", ...");
                j = n - 3;
            }
            if (j > 0) b.append(", ");
            b.append(num(d[from + j]));
        }
        return b.append(']').toString();
    }

    private static String num(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e16) return (long) v + ".";
        String s = new BigDecimal(v).setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s;
    }
}
