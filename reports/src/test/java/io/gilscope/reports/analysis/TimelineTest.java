package io.gilscope.reports.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TimelineTest {
    @Test
    void staysBoundedAndKeepsTotalsWhateverTheOrder() {
        Timeline t = new Timeline();
        int a = t.addLane("a"), b = t.addLane("b");
        long base = 1_700_000_000_000_000_000L;
        long total = 0;
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 100_000; i++) {
            long start = base + (long) (r.nextDouble() * 3_600e9); // an hour, any order
            long d = 1 + r.nextInt(5_000_000);
            t.add(i % 2 == 0 ? a : b, i % 3, start, start + d);
            total += d;
        }
        Timeline.Data data = t.data();
        assertTrue(data.buckets() <= Timeline.CAPACITY);
        long sum = 0;
        for (long[] lane : data.lanes()) for (long v : lane) sum += v;
        assertEquals(total, sum);
        assertTrue(data.startNanos() <= base + 3_600_000_000_000L);
    }

    @Test
    void earlierEventsExtendToTheLeft() {
        Timeline t = new Timeline();
        int a = t.addLane("a");
        t.add(a, Timeline.HELD, 10_000_000, 11_000_000);
        t.add(a, Timeline.WAITING, 5_000_000, 6_000_000);
        Timeline.Data d = t.data();
        assertTrue(d.startNanos() <= 5_000_000);
        long held = 0, waiting = 0;
        long[] lane = d.lanes().get(0);
        for (int i = 0; i < d.buckets(); i++) { held += lane[i * 3]; waiting += lane[i * 3 + 1]; }
        assertEquals(1_000_000, held);
        assertEquals(1_000_000, waiting);
    }

    @Test
    void outOfOrderEventsDoNotCoarsenMoreThanTheSpanNeeds() {
        Timeline t = new Timeline();
        int a = t.addLane("a");
        long base = 1_700_000_000_000_000_000L;
        for (int i = 999; i >= 0; i--) t.add(a, Timeline.HELD, base + i * 100_000L, base + i * 100_000L + 50_000); // 100 ms backwards
        for (int i = 0; i < 1000; i++) t.add(a, Timeline.WAITING, base + i * 100_000L + 50_000, base + (i + 1) * 100_000L);
        Timeline.Data d = t.data();
        assertTrue(d.widthNanos() <= 131_072, "width " + d.widthNanos());
        assertTrue(d.buckets() >= 700, "buckets " + d.buckets());
    }
}
