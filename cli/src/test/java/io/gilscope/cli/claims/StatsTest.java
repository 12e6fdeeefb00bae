package io.gilscope.cli.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void medianOfAnOddAndAnEvenNumberOfRuns() {
        assertEquals(2.0, Stats.of(new double[] {3, 1, 2}).median());
        assertEquals(2.5, Stats.of(new double[] {4, 1, 3, 2}).median());
    }

    @Test
    void formatShowsTheRangeOnlyForRepeatedRuns() {
        assertEquals("1.03 (0.98–1.10)", Stats.of(new double[] {1.10, 0.98, 1.03}).format("%.2f"));
        assertEquals("1.03", Stats.of(new double[] {1.03}).format("%.2f"));
    }

    @Test
    void numbersAreReadFromWhatAProgramPrinted() {
        assertEquals(0.2, Figures.number("kept: 0.2%\n", "kept: ([0-9.]+)%").getAsDouble());
        assertEquals(1.25, Figures.seconds("Sequential time: 1.25s\nThreaded: 2.00s\n", "Sequential").getAsDouble());
        assertEquals(1_482_113, Figures.lastNumber("1482113\n").getAsDouble());
    }
}
