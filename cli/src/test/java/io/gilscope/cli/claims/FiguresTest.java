package io.gilscope.cli.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void timingLinesBecomeFiguresAndARatio() {
        String out = "Sequential time: 2.45s\nMulti-threaded time: 2.52s\n";
        assertEquals(List.of("Sequential time 2.45s", "Multi-threaded time 2.52s"), Figures.of(out));
        assertEquals(2.52 / 2.45, Figures.concurrentOverSequential(out).getAsDouble(), 1e-9);
    }

    @Test
    void theSequentialLineMayComeSecond() {
        String out = "2 threads: 1.00s\nSequential: 2.00s\n";
        assertEquals(0.5, Figures.concurrentOverSequential(out).getAsDouble(), 1e-9);
    }

    @Test
    void aProgramWithoutTimingsShowsItsLastLineAndNoRatio() {
        String out = "starting\n1318450\n";
        assertEquals(List.of("1318450"), Figures.of(out));
        assertFalse(Figures.concurrentOverSequential(out).isPresent());
        assertEquals("", Figures.describe(Figures.concurrentOverSequential(out)));
    }
}
