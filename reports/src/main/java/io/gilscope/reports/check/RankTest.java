package io.gilscope.reports.check;

/**
 * The one-sided Mann-Whitney U test (Wilcoxon rank-sum) of repeated runs: is the current side worse
 * than the baseline side beyond what shuffling the runs between the sides would give? Exact, by
 * counting every split of the pooled runs, so it holds for the few runs a build makes: with 3 against
 * 3 the smallest p is 1/20 = 0.05, reached only when every current run is worse than every baseline run.
 * Makes no assumption about the metric's distribution, and a single wild run moves it by one rank.
 */
public final class RankTest {
    /** The p-value at or below which a change beyond the tolerance is a regression, not noise. */
    public static final double ALPHA = 0.05;
    /** Sides this large or larger would make counting every split slow; a build never needs them. */
    static final int MAX_RUNS = 12;

    private RankTest() { }

    /**
     * P(U >= observed) when both sides come from one distribution, where U counts the pairs (current,
     * baseline) in which the current run is worse (ties count one half).
     *
     * @param higherIsWorse the metric's bad direction
     */
    public static double pWorse(double[] baseline, double[] current, boolean higherIsWorse) {
        int n = Math.min(baseline.length, MAX_RUNS), m = Math.min(current.length, MAX_RUNS);
        double[] pooled = new double[n + m];
        System.arraycopy(baseline, 0, pooled, 0, n);
        System.arraycopy(current, 0, pooled, n, m);
        double observed = u(pooled, n, m, higherIsWorse, (1 << (n + m)) - (1 << n));
        int atLeast = 0, splits = 0;
        for (int mask = 0; mask < 1 << (n + m); mask++) {
            if (Integer.bitCount(mask) != m) continue;
            splits++;
            if (u(pooled, n, m, higherIsWorse, mask) >= observed - 1e-9) atLeast++;
        }
        return (double) atLeast / splits;
    }

    /** U of the split where the runs whose bits are set in {@code currentMask} are the current side. */
    private static double u(double[] pooled, int n, int m, boolean higherIsWorse, int currentMask) {
        double u = 0;
        for (int c = 0; c < pooled.length; c++) {
            if ((currentMask & 1 << c) == 0) continue;
            for (int b = 0; b < pooled.length; b++) {
                if ((currentMask & 1 << b) != 0) continue;
                double d = higherIsWorse ? pooled[c] - pooled[b] : pooled[b] - pooled[c];
                u += d > 0 ? 1 : d == 0 ? 0.5 : 0;
            }
        }
        return u;
    }
}
