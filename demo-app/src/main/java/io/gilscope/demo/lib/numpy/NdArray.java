package io.gilscope.demo.lib.numpy;

/**
 * A float64 array of 1 or 2 dimensions, row-major in one {@code double[]}. Operations make new arrays;
 * element writes through {@code a[i, j] = x} are not synchronised (like numpy without the GIL).
 */
public final class NdArray {
    public final double[] data;
    public final int[] shape;

    public NdArray(double[] data, int... shape) {
        this.data = data;
        this.shape = shape;
    }

    public int ndim() { return shape.length; }
}
