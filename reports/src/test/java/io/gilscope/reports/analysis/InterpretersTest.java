package io.gilscope.reports.analysis;

import static io.gilscope.reports.analysis.FindingsTest.MS;
import static io.gilscope.reports.analysis.FindingsTest.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.reports.render.TextSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A process with several interpreters, each with its own GIL (events' interpreter): per-GIL figures and lanes. */
class InterpretersTest {
    /** Interpreter 0's main thread holds its GIL while two threads each hold their own interpreter's, at once. */
    private static ProcessAggregator threeInterpreters() {
        ProcessAggregator a = FindingsTest.gil("new", 5 * MS);
        a.gilHold(1, "MainThread", T0, T0 + 100 * MS, 1000, 0, "blocking", "X#enter", 0);
        a.gilHold(2, "worker-1", T0 + 10 * MS, T0 + 90 * MS, 800, 0, "threadExit", null, 1);
        a.gilWait(3, "worker-2", T0 + 10 * MS, T0 + 12 * MS, "first", 2);
        a.gilHold(3, "worker-2", T0 + 12 * MS, T0 + 92 * MS, 700, 0, "threadExit", null, 2);
        // each GIL's statistics: cumulative per GIL, so the totals are the sums of each GIL's latest
        a.statistics(T0 + 50 * MS, 500, 1, 0, 0, 0, 1);
        a.statistics(T0 + 95 * MS, 800, 2, 0, 0, 0, 1);
        a.statistics(T0 + 95 * MS, 700, 3, 0, 0, 0, 2);
        a.statistics(T0 + 95 * MS, 1000, 4, 0, 0, 0, 0);
        return a;
    }

    @Test
    void eachInterpretersGilIsSummarisedAndItsStatisticsAdded() {
        ProcessSummary p = threeInterpreters().finish();
        List<InterpreterSummary> in = p.interpreters();
        assertEquals(List.of(0, 1, 2), in.stream().map(InterpreterSummary::id).toList());
        assertEquals(100 * MS, in.get(0).heldNanos());
        assertEquals(80 * MS, in.get(1).heldNanos());
        assertEquals(2 * MS, in.get(2).waitNanos());
        assertEquals(1, in.get(2).waits());
        assertEquals(List.of(1000L, 800L, 700L), in.stream().map(InterpreterSummary::dispatches).toList());
        assertEquals(2500, p.gil().dispatches(), "statistics add up over the GILs, each counted at its latest");
        assertEquals(9, p.gil().switches());
        assertEquals(3.0, Metrics.of(p).get(Metrics.GIL_INTERPRETERS));
    }

    @Test
    void theTimelineDrawsOneGilLanePerInterpreterAboveTheThreads() {
        ProcessSummary p = threeInterpreters().finish();
        assertEquals(3, p.timeline().gilLanes());
        assertEquals(List.of("GIL of interpreter 0", "GIL of interpreter 1", "GIL of interpreter 2", "MainThread", "worker-1", "worker-2"),
                p.timeline().names());
        String text = TextSummary.render(new Summary("test", List.of(p), p));
        assertTrue(text.contains("one GIL per interpreter (PEP 684):"), text);
        assertTrue(text.contains("summed over 3 interpreters with a GIL each"), text);
    }

    @Test
    void oneInterpreterKeepsTheUsualReport() {
        ProcessAggregator a = FindingsTest.gil("new", 5 * MS);
        FindingsTest.cpuBound(a, 2, 20, 5 * MS);
        ProcessSummary p = a.finish();
        assertTrue(p.interpreters().isEmpty());
        assertEquals(0, p.timeline().gilLanes());
        assertEquals(List.of("cpu-0", "cpu-1"), p.timeline().names().stream().sorted().toList());
        assertEquals(1.0, Metrics.of(p).get(Metrics.GIL_INTERPRETERS));
        assertTrue(!TextSummary.render(new Summary("test", List.of(p), p)).contains("one GIL per interpreter"));
    }
}
