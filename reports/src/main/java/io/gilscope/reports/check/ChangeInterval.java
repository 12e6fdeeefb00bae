package io.gilscope.reports.check;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How far the runs let one trust a change of the median: a bootstrap interval of the relative change
 * (current median - baseline median) / |baseline median|, resampling each side's runs with replacement.
 * The seed is fixed, so the same runs always print the same interval.
 */
public record ChangeInterval(double low, double high) {
    static final int RESAMPLES = 2_000;
    private static final long SEED = 0x6a15c09eL;

    /** The central 95 % of the resampled changes; NaN bounds when the baseline median is 0. */
    public static ChangeInterval of(double[] baseline, double[] current) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] changes = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            double b = Median.median(resample(baseline, random));
            changes[i] = b == 0 ? Double.NaN : (Median.median(resample(current, random)) - b) / Math.abs(b);
        }
        Arrays.sort(changes);
        if (Double.isNaN(changes[RESAMPLES - 1])) return new ChangeInterval(Double.NaN, Double.NaN);
        return new ChangeInterval(changes[(int) (RESAMPLES * 0.025)], changes[(int) (RESAMPLES * 0.975) - 1]);
    }

    private static double[] resample(double[] values, SplittableRandom random) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) out[i] = values[random.nextInt(values.length)];
        return out;
    }
}
