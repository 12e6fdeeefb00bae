package io.gilscope.reports.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RankTestTest {
    @Test
    void exactPValuesOfSmallSides() {
        double[] base = {1.0, 1.1, 0.9};
        assertEquals(1 / 20.0, RankTest.pWorse(base, new double[] {2.0, 2.1, 1.9}, true), 1e-12, "every current run worse");
        assertEquals(1.0, RankTest.pWorse(base, new double[] {0.1, 0.2, 0.3}, true), 1e-12, "every current run better");
        assertEquals(1 / 20.0, RankTest.pWorse(base, new double[] {0.1, 0.2, 0.3}, false), 1e-12, "lower is worse");
        assertEquals(2 / 20.0, RankTest.pWorse(base, new double[] {2.0, 1.05, 1.9}, true), 1e-12, "one run among the baseline's: {1.9, 2.0} with 1.05 or 1.1");
        assertEquals(1 / 70.0, RankTest.pWorse(new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8}, true), 1e-12);
    }

    @Test
    void identicalRunsAreNeverARegression() {
        assertEquals(1.0, RankTest.pWorse(new double[] {5, 5, 5}, new double[] {5, 5, 5}, true), 1e-12);
    }

    @Test
    void intervalOfTheChangeOfMedians() {
        ChangeInterval same = ChangeInterval.of(new double[] {2, 2, 2}, new double[] {2, 2, 2});
        assertEquals(0, same.low(), 1e-12);
        assertEquals(0, same.high(), 1e-12);
        ChangeInterval doubled = ChangeInterval.of(new double[] {1, 1, 1}, new double[] {2, 2, 2});
        assertEquals(1.0, doubled.low(), 1e-12);
        assertEquals(1.0, doubled.high(), 1e-12);
        ChangeInterval spread = ChangeInterval.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
        assertEquals(true, spread.low() < 1.0 && spread.high() > 1.0, spread.toString());
        assertEquals(true, Double.isNaN(ChangeInterval.of(new double[] {0, 0, 0}, new double[] {1, 1, 1}).low()));
    }
}
