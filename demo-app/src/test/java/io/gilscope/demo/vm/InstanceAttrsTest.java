package io.gilscope.demo.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

class InstanceAttrsTest {
    private final PyClass cls = new PyClass("K", (PyClass) null);

    @Test
    void keepsTheOrderNamesWereFirstSetInPastTheFirstSlotsAndChunks() {
        PyInstance o = new PyInstance(cls);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            names.add("a" + (29 - i));
            o.attrs.put("a" + (29 - i), (long) i);
        }
        assertEquals(names, new ArrayList<>(o.attrs.keySet()));
        assertEquals(7L, o.attrs.get(new String("a22")));   // not the interned name
        o.attrs.remove("a10");
        assertNull(o.attrs.get("a10"));
        assertEquals(29, o.attrs.size());
    }

    @Test
    void instancesThatSetTheSameNamesShareAShapeAndLaterOnesGetRoomForThem() {
        PyInstance first = new PyInstance(cls);
        for (int i = 0; i < 12; i++) first.attrs.put("x" + i, 1L);
        PyInstance second = new PyInstance(cls);
        for (int i = 0; i < 12; i++) second.attrs.put("x" + i, 2L);
        assertEquals(first.attrs.shape(), second.attrs.shape());
        assertEquals(2L, second.attrs.slot(11));
    }

    /** Threads that add names to one instance while others replace existing values lose nothing. */
    @Test
    void racingAdditionsAndReplacementsAreAllKept() throws Exception {
        for (int round = 0; round < 50; round++) {
            PyInstance o = new PyInstance(new PyClass("R", (PyClass) null));
            o.attrs.put("counter", 0L);
            int threads = 4;
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                ts.add(new Thread(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    for (int i = 0; i < 40; i++) {
                        if (id == 0) o.attrs.put("counter", (long) i);   // a replacement while the others add
                        else o.attrs.put("t" + id + "_" + i, (long) i);
                    }
                }));
            }
            ts.forEach(Thread::start);
            for (Thread t : ts) t.join();
            assertEquals(39L, o.attrs.get("counter"));
            for (int t = 1; t < threads; t++) for (int i = 0; i < 40; i++) assertEquals((long) i, o.attrs.get("t" + t + "_" + i));
            assertEquals(1 + 3 * 40, o.attrs.size());
        }
    }
}
