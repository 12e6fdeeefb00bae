package io.gilscope.agent.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The GIL driven directly through GilHooks, the way instrumented code calls it. */
class GilTest {
    private final AtomicLong violations = new AtomicLong();
    private final AtomicReference<Thread> inside = new AtomicReference<>();

    private Gil install(String mode, long intervalMicros) {
        return install(mode, intervalMicros, true);
    }

    private Gil install(String mode, long intervalMicros, boolean count) {
        Gil gil = Gil.create(mode, TimeUnit.MICROSECONDS.toNanos(intervalMicros), 100, count);
        GilHooks.evalBreaker = 0;
        GilHooks.install(gil, () -> Gil.create(mode, TimeUnit.MICROSECONDS.toNanos(intervalMicros), 100, count));
        return gil;
    }

    @AfterEach
    void uninstall() {
        GilHooks.install(null, null);
        GilHooks.evalBreaker = 0;
    }

    /**
     * What an instrumented dispatch frame does (DispatchSwitchVisitor: the ticker or the breaker
     * check), checking after every dispatch that this thread alone runs.
     */
    private void frame(long dispatches, boolean exclusive) {
        boolean took = GilHooks.enter(GilTest.class);
        try {
            int n = 0;
            boolean ticker = GilHooks.gil().countsDispatches();
            int lookInterval = GilHooks.gil().lookInterval();
            Thread me = Thread.currentThread();
            for (long i = 0; i < dispatches && !me.isInterrupted(); i++) {
                if (!ticker) {
                    if (GilHooks.evalBreaker != 0) GilHooks.look(0, GilTest.class);
                } else if (++n >= lookInterval) {
                    GilHooks.look(n, GilTest.class);
                    n = 0;
                }
                if (exclusive) {
                    if (GilHooks.gil().holderThread() != me) violations.incrementAndGet();
                    inside.set(me);
                    Thread.onSpinWait();
                    if (inside.get() != me) violations.incrementAndGet();
                }
            }
            if (ticker) GilHooks.look(n, GilTest.class);
        } finally {
            GilHooks.exit(took, null, GilTest.class);
        }
    }

    private static void runAll(int threads, Runnable body) throws InterruptedException {
        List<Thread> list = new ArrayList<>();
        for (int i = 0; i < threads; i++) list.add(new Thread(body, "t" + i));
        list.forEach(Thread::start);
        for (Thread t : list) t.join();
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "legacy", "fair"})
    void atMostOneHolder(String mode) {
        Gil gil = install(mode, 200);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runAll(4, () -> frame(1_000_000, true)));
        assertEquals(0, violations.get());
        assertTrue(gil.switches() > 0, "switches " + gil.switches());
        assertNull(gil.holderThread());
        assertEquals(0, gil.waiters());
        assertEquals(4_000_000L, gil.dispatches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "fair"})
    void atMostOneHolderWhenDispatchesAreNotCounted(String mode) {
        Gil gil = install(mode, 200, false);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runAll(4, () -> frame(1_000_000, true)));
        assertEquals(0, violations.get());
        assertTrue(gil.switches() > 0, "switches " + gil.switches());
        assertNull(gil.holderThread());
        assertEquals(0, gil.dispatches());
        assertEquals(-1, new GilStatus(gil).getDispatches(), "the MXBean says not counted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy", "off"})
    void legacyAndOffCountWithoutTheOption(String mode) {
        assertTrue(install(mode, 200, false).countsDispatches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "legacy", "fair", "off"})
    void noLostWakeUpWithManyShortFrames(String mode) {
        install(mode, 50);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runAll(8, () -> {
            for (int i = 0; i < 5_000; i++) frame(i % 7, !mode.equals("off"));
        }));
        assertEquals(0, violations.get());
    }

    /**
     * Each class loader is an interpreter with its own GIL (PEP 684): while this thread holds the first
     * interpreter's, another takes the second's without waiting, and each GIL numbers its interpreter.
     */
    @Test
    void eachInterpreterHasItsOwnGil() throws Exception {
        Gil first = install("new", 5000);
        Class<?> other;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {GilTest.class.getProtectionDomain().getCodeSource().getLocation()}, null)) {
            other = Class.forName(GilTest.class.getName(), false, loader);
        }
        assertNotEquals(GilTest.class, other);
        assertTrue(GilHooks.enter(GilTest.class));
        AtomicReference<Gil> held = new AtomicReference<>();
        Thread t = new Thread(() -> {
            boolean took = GilHooks.enter(other);
            Gil g = Interpreters.of(other);
            if (took && g.holderThread() == Thread.currentThread()) held.set(g);
            GilHooks.exit(took, null, other);
        });
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(held.get() != null && held.get() != first, "the second interpreter's GIL was free while the first's was held");
        assertSame(Thread.currentThread(), first.holderThread());
        assertEquals(List.of(0, 1), Interpreters.all().stream().map(Gil::interpreter).collect(Collectors.toList()));
        GilHooks.exit(true, null, GilTest.class);
        assertNull(first.holderThread());
    }

    @Test
    void nestedFramesDoNotReacquire() {
        Gil gil = install("new", 5000);
        boolean outer = GilHooks.enter(GilTest.class);
        boolean inner = GilHooks.enter(GilTest.class);
        assertTrue(outer);
        assertTrue(!inner);
        GilHooks.exit(inner, null, GilTest.class);
        assertSame(Thread.currentThread(), gil.holderThread());
        GilHooks.exit(outer, new RuntimeException("unwinding"), GilTest.class);
        assertNull(gil.holderThread());
    }

    @Test
    void releaseMethodDropsAndTakesBack() throws Exception {
        Gil gil = install("new", 1000);
        assertTrue(GilHooks.enter(GilTest.class));
        Object token = GilHooks.releaseEnter("x.Y#sleep", GilTest.class);
        assertNull(gil.holderThread());
        CountDownLatch ran = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            frame(10, true);
            ran.countDown();
        });
        other.start();
        assertTrue(ran.await(10, TimeUnit.SECONDS), "another thread runs while this one is in a release method");
        assertNull(GilHooks.releaseEnter("x.Y#nested", GilTest.class), "a thread not holding the GIL releases nothing");
        GilHooks.releaseExit(token);
        assertSame(Thread.currentThread(), gil.holderThread());
        GilHooks.exit(true, null, GilTest.class);
        assertEquals(1, gil.blockingCalls());
    }

    @Test
    void aDeadHolderIsReaped() {
        Gil gil = install("new", 1000);
        Thread dies = new Thread(() -> GilHooks.enter(GilTest.class), "dies-holding");
        dies.start();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            dies.join();
            assertSame(dies, gil.holderThread());
            frame(100, true);
        });
        assertNotEquals(dies, gil.holderThread());
        assertEquals(0, violations.get());
    }

    @Test
    void offModeLetsThreadsRunTogether() {
        Gil gil = install("off", 1000);
        CyclicBarrier both = new CyclicBarrier(2);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> runAll(2, () -> {
            boolean took = GilHooks.enter(GilTest.class);
            try {
                both.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                violations.incrementAndGet();
            } finally {
                GilHooks.exit(took, null, GilTest.class);
            }
        }));
        assertEquals(0, violations.get());
        assertEquals("off", gil.mode());
    }

    @Test
    void legacyReacquiresMoreThanNew() throws InterruptedException {
        Gil legacy = install("legacy", 1000);
        contendedPair();
        long legacyReacquisitions = legacy.reacquisitions();
        Gil fresh = install("new", 1000);
        contendedPair();
        assertTrue(legacyReacquisitions > 10 * Math.max(1, fresh.reacquisitions()),
                "legacy " + legacyReacquisitions + " new " + fresh.reacquisitions());
    }

    /** Two threads that surely meet: the first runs until the second (started once the first holds the GIL) has run for 300 ms. */
    private void contendedPair() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        AtomicBoolean secondDone = new AtomicBoolean();
        Thread first = new Thread(() -> {
            boolean took = GilHooks.enter(GilTest.class);
            holding.countDown();
            try {
                while (!secondDone.get()) frame(10_000, false);
            } finally {
                GilHooks.exit(took, null, GilTest.class);
            }
        });
        first.start();
        holding.await();
        Thread second = new Thread(() -> {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < end) frame(10_000, false);
            secondDone.set(true);
        });
        second.start();
        first.join();
        second.join();
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "off"})
    void aLongRunningFrameReportsItsDispatchesWhileItRuns(String mode) throws Exception {
        Gil gil = install(mode, 5000);
        Thread runner = new Thread(() -> frame(Long.MAX_VALUE / 2, false));
        runner.setDaemon(true);
        runner.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gil.dispatches() == 0 && System.nanoTime() < deadline) Thread.sleep(5);
        assertTrue(gil.dispatches() > 0);
        runner.interrupt();
        runner.join(10_000);
        assertTrue(!runner.isAlive());
    }

    @Test
    void switchIntervalIsWritableThroughTheMXBean() {
        Gil gil = install("new", 5000);
        GilStatus status = new GilStatus(gil);
        assertEquals(0.005, status.getSwitchIntervalSeconds(), 1e-12);
        status.setSwitchIntervalSeconds(0.0001);
        assertEquals(100_000L, gil.intervalNanos());
        assertEquals("new", status.getMode());
        assertEquals("", status.getHolder());
    }

    /** The reports read these strings (docs/events.md): an enum constant renamed must not change them. */
    @Test
    void reasonsAreRecordedUnderTheirSchemaNames() {
        assertEquals(List.of("first", "afterDrop", "afterBlocking", "afterStall"),
                Arrays.stream(WaitReason.values()).map(r -> r.recorded).collect(Collectors.toList()));
        assertEquals(List.of("dropRequest", "checkInterval", "blocking", "threadExit", "exception", "stall"),
                Arrays.stream(ReleaseReason.values()).map(r -> r.recorded).collect(Collectors.toList()));
    }
}
