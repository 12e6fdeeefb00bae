package io.gilscope.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The convoy indicator is the median wait over all returns from blocking calls: a return that found the
 * GIL free waited 0 and has no GilWait. Events are fed to the aggregator directly, with exact times.
 */
class ConvoyTest {
    private static final long MS = 1_000_000;
    private static final long INTERVAL = 5 * MS;

    /** {@code returns} blocking calls by one thread, the first {@code waited} of them followed by a 5 ms wait. */
    private static GilMetrics run(int returns, int waited) {
        ProcessAggregator a = new ProcessAggregator("test");
        a.configuration(1, "new", INTERVAL, 100, null, null, true, null);
        long t = 1_000 * MS;
        for (int i = 0; i < returns; i++) {
            a.blockingCall(1, "io", t, t + MS, "socket#recv");
            t += MS;
            if (i < waited) {
                a.gilWait(1, "io", t, t + INTERVAL, "afterBlocking", 0);
                t += INTERVAL;
            }
            a.gilHold(1, "io", t, t + MS, 10, 0, "blocking", "socket#recv", 0);
            t += MS;
        }
        return a.finish().gil();
    }

    @Test
    void returnsThatFoundTheGilFreeCountAsNoWait() {
        assertEquals(0.0, run(30, 10).convoyRatio(), "20 of 30 returns did not wait: the median return waited 0");
        assertEquals(1.0, run(30, 20).convoyRatio(), 0.01, "20 of 30 waited one interval: the median return too");
        assertTrue(Metrics.convoyNote(run(30, 10)).contains("30 returns, 10 of them waited"), Metrics.convoyNote(run(30, 10)));
    }

    @Test
    void tooFewReturnsSayHowManyThereWere() {
        GilMetrics few = run(15, 15);
        assertTrue(Double.isNaN(few.convoyRatio()));
        assertEquals("only 15 blocking calls returned; the indicator needs 20", Metrics.convoyNote(few));
        assertEquals("no blocking call returned", Metrics.convoyNote(run(0, 0)));
    }
}
