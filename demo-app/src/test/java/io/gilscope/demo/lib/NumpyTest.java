package io.gilscope.demo.lib;

import io.gilscope.demo.PythonRun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.demo.lib.numpy.Blas;
import io.gilscope.demo.lib.numpy.NdArray;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.ReleasesGil;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tiny numpy: dot against a naive reference, the GIL contract of its kernels, the Python surface. */
class NumpyTest {
    @TempDir
    Path dir;

    private static double[] random(Random r, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = r.nextDouble() * 2 - 1;
        return d;
    }

    private static double[] naive(double[] a, double[] b, int n, int k, int m) {
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) s += a[i * k + p] * b[p * m + j];
                c[i * m + j] = s;
            }
        }
        return c;
    }

    @Test
    void dotMatchesANaiveReferenceOnRandomInputs() {
        Random r = new Random(42);
        int[][] shapes = {{1, 1, 1}, {2, 3, 4}, {64, 64, 64}, {65, 129, 67}, {100, 1, 100}, {1, 200, 1}, {130, 70, 5}};
        for (int[] s : shapes) {
            double[] a = random(r, s[0] * s[1]);
            double[] b = random(r, s[1] * s[2]);
            Object c = NumpyModule.dot(NumpyModule.wrap(new NdArray(a, s[0], s[1])), NumpyModule.wrap(new NdArray(b, s[1], s[2])));
            NdArray got = (NdArray) ((PyInstance) c).nativeState;
            assertArrayEquals(new int[]{s[0], s[2]}, got.shape);
            assertArrayEquals(naive(a, b, s[0], s[1], s[2]), got.data, 1e-9, Arrays.toString(s));
        }
        double[] x = random(r, 77);
        double[] y = random(r, 77);
        assertEquals(naive(x, y, 1, 77, 1)[0], (Double) NumpyModule.dot(NumpyModule.wrap(new NdArray(x, 77)), NumpyModule.wrap(new NdArray(y, 77))), 1e-9);
    }

    @Test
    void kernelsReleaseTheGil() throws Exception {
        assertTrue(Blas.class.getMethod("gemm", double[].class, double[].class, double[].class, int.class, int.class, int.class)
                .isAnnotationPresent(ReleasesGil.class));
        assertTrue(Blas.class.getMethod("ddot", double[].class, double[].class, int.class).isAnnotationPresent(ReleasesGil.class));
    }

    @Test
    void pythonSurface() {
        PythonRun r = PythonRun.script(dir, "np", String.join("\n",
                "import numpy as np",
                "a = np.array([[1, 2], [3, 4]])",
                "b = np.array([[5, 6], [7, 8]])",
                "print(repr(np.dot(a, b)))",
                "print(np.dot(a, b).shape, a.sum(), a.T.tolist(), a[1, 0], len(a))",
                "print(np.dot([1, 2, 3], [4, 5, 6]), (a * 2 + 1).tolist(), np.zeros((2, 3)).shape, np.ones(3).sum())",
                "m = np.random.rand(30, 20)",
                "v = np.random.rand(20, 10)",
                "ref = [[sum(m[i, p] * v[p, j] for p in range(20)) for j in range(10)] for i in range(30)]",
                "print(np.allclose(np.dot(m, v), np.array(ref)), m.shape, 0.0 <= m.min() and m.max() < 1.0)",
                "np.random.seed(1)",
                "x = np.random.rand(3)",
                "np.random.seed(1)",
                "print(x.tolist() == np.random.rand(3).tolist())",
                "try:",
                "    np.dot(np.zeros((2, 3)), np.zeros((2, 3)))",
                "except ValueError as e:",
                "    print(e)",
                ""));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("array([[19., 22.],\n       [43., 50.]])\n(2, 2) 10.0 [[1.0, 3.0], [2.0, 4.0]] 3.0 2\n"
                + "32.0 [[3.0, 5.0], [7.0, 9.0]] (2, 3) 3.0\nTrue (30, 20) True\nTrue\n"
                + "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)\n", r.stdout(), r.toString());
    }
}
