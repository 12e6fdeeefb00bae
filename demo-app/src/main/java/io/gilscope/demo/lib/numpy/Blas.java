package io.gilscope.demo.lib.numpy;

import io.gilscope.demo.vm.ReleasesGil;

/**
 * The numeric kernels behind numpy.dot: plain Java loops over row-major {@code double[]}. They are
 * {@link ReleasesGil} leaves (pure compute, no Python), like numpy's C loops that release the GIL,
 * so threads doing np.dot run in parallel even under the agent's GIL.
 */
public final class Blas {
    private Blas() { }

    /** Block edge (in doubles) of the tiled product: 3 tiles of 64x64 doubles fit in a 256 KiB L2. */
    static final int BLOCK = 64;

    /**
     * c[n x m] = a[n x k] . b[k x m], tiled for the cache: for each tile pair, the innermost loop runs
     * along a row of b and a row of c (unit stride), i-k-j order, so it vectorises.
     */
    @ReleasesGil
    public static void gemm(double[] a, double[] b, double[] c, int n, int k, int m) {
        for (int i0 = 0; i0 < n; i0 += BLOCK) {
            int i1 = Math.min(n, i0 + BLOCK);
            for (int p0 = 0; p0 < k; p0 += BLOCK) {
                int p1 = Math.min(k, p0 + BLOCK);
                for (int j0 = 0; j0 < m; j0 += BLOCK) {
                    int j1 = Math.min(m, j0 + BLOCK);
                    for (int i = i0; i < i1; i++) {
                        int ci = i * m;
                        int ai = i * k;
                        for (int p = p0; p < p1; p++) {
                            double aip = a[ai + p];
                            int bp = p * m;
                            for (int j = j0; j < j1; j++) c[ci + j] += aip * b[bp + j];
                        }
                    }
                }
            }
        }
    }

    /** The inner product of two vectors of length n. */
    @ReleasesGil
    public static double ddot(double[] x, double[] y, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += x[i] * y[i];
        return s;
    }
}
