package io.gilscope.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatsTest {
    /** HdrHistogram's bucket tops are up to 1 % above the values in them: a percentile must still not pass the maximum. */
    @Test
    void percentilesAreOrderedAndNeverAboveTheMaximum() {
        SplittableRandom random = new SplittableRandom(7);
        for (int set = 0; set < 2_000; set++) {
            Durations d = new Durations();
            int n = 1 + random.nextInt(50);
            long scale = 1L << random.nextInt(40);
            for (int i = 0; i < n; i++) d.add(1 + random.nextLong(scale));
            Stats s = d.stats();
            String where = "set " + set + ": " + s;
            assertTrue(s.p50Nanos() <= s.p90Nanos() && s.p90Nanos() <= s.p99Nanos(), where);
            assertTrue(s.p99Nanos() <= s.maxNanos(), where);
        }
    }

    @Test
    void oneValueIsEveryPercentile() {
        Durations d = new Durations();
        d.add(1_234_567);
        Stats s = d.stats();
        assertEquals(1_234_567, s.p90Nanos(), "the value, not the top of its bucket");
        assertEquals(1_234_567, s.maxNanos());
    }
}
