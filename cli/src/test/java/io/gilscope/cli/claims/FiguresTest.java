package io.gilscope.cli.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void timingLinesBecomeFiguresAndARatio() {
        String out = "Sequential time: 2.45s\nMulti-threaded time: 2.52s\n";
        assertEquals(Map.of("Sequential time", 2.45, "Multi-threaded time", 2.52), Figures.timings(out));
        assertEquals(List.of("Sequential time", "Multi-threaded time"), List.copyOf(Figures.timings(out).keySet()));
        assertEquals(2.52 / 2.45, Figures.concurrentOverSequential(out).getAsDouble(), 1e-9);
    }

    @Test
    void theSequentialLineMayComeSecond() {
        String out = "2 threads: 1.00s\nSequential: 2.00s\n";
        assertEquals(0.5, Figures.concurrentOverSequential(out).getAsDouble(), 1e-9);
    }

    @Test
    void aProgramWithoutTimingsHasItsLastNumberAndNoRatio() {
        String out = "starting\n1318450\n";
        assertEquals(Map.of(), Figures.timings(out));
        assertEquals(1318450, Figures.lastNumber(out).getAsDouble());
        assertFalse(Figures.concurrentOverSequential(out).isPresent());
    }
}
