package io.gilscope.junit;

import io.gilscope.reports.check.Rule;
import io.gilscope.reports.testing.GilEvents;
import io.gilscope.reports.testing.GilSimulator;
import io.gilscope.reports.testing.Recordings;
import io.gilscope.reports.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

/**
 * The {@link GilBudget} extension on this project's own code: the cases below are run through
 * JUnit's EngineTestKit (surefire skips nested classes), so a test that must fail can be asserted to fail.
 */
class GilBudgetExtensionTest {
    private static final Object LOCK = new Object();

    /** One thread holds {@code LOCK} for {@code holdMillis} while another blocks entering it. */
    static void contend(long holdMillis) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (LOCK) {
                held.countDown();
                Recordings.spin(holdMillis * 1_000_000);
            }
        }, "holder");
        holder.start();
        held.await();
        synchronized (LOCK) {
            Recordings.spin(1000);
        }
        holder.join();
    }

    // ---- the cases, run by EngineTestKit only ----

    static class Cases {
        @Test
        @GilBudget(maxMonitorBlockedMillis = 50)
        void holdsContendedLockTooLong() throws Exception {
            contend(300);
        }

        @Test
        @GilBudget(maxMonitorBlockedMillis = 500)
        void staysWithinBudget() throws Exception {
            contend(20);
        }

        @Test
        @GilBudget(maxMonitorBlockedMillis = 50)
        void failsOnItsOwn() {
            fail("the test's own failure");
        }

        @Test
        @GilBudget(maxWaitShare = 0.2)
        void cpuBoundThreadsShareTheGil() throws Exception {
            GilEvents.configuration("new", 2_000_000);
            GilSimulator g = new GilSimulator(2_000_000);
            GilSimulator.runAll(GilSimulator.list(g.cpuThread("cpu-1", 20), g.cpuThread("cpu-2", 20)));
        }

        @Test
        @GilBudget(maxWaitShare = 0.2, maxMonitorBlockedMillis = 100)
        void noGilNoContention() {
            Recordings.spin(5_000_000);
        }

        @Test
        @GilBudget(maxWaitShareIn = "nap (w.py) = 0.05")
        void waitsBegunInNapOverBudget() {
            Samples.stackEvents();
        }

        @Test
        @GilBudget(maxWaitShareIn = {"fetch (w.py) = 0.05", "spin (w.py) = 0.05"})
        void noWaitsBegunInFetchOrSpin() {
            Samples.stackEvents();
        }

        @Test
        @GilBudget(maxWaitShareIn = "nap (w.py)")
        void malformedFunctionBudget() {
            Samples.stackEvents();
        }

        @ParameterizedTest
        @ValueSource(ints = {5, 300})
        @GilBudget(maxMonitorBlockedMillis = 100)
        void parameterized(int holdMillis) throws Exception {
            contend(holdMillis);
        }
    }

    @GilBudget(maxMonitorBlockedMillis = 50)
    static class ClassBudget {
        @Test
        void inheritsTheClassBudget() throws Exception {
            contend(300);
        }

        @Test
        @GilBudget(maxMonitorBlockedMillis = 5000)
        void ownBudgetWins() throws Exception {
            contend(300);
        }
    }

    private static EngineExecutionResults run(Class<?> cases, String method) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(cases, method)).execute();
    }

    private static EngineExecutionResults run(Class<?> cases, String method, String parameterTypes) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(cases, method, parameterTypes)).execute();
    }

    private static String failure(EngineExecutionResults r) {
        List<Event> failed = r.testEvents().failed().list();
        assertEquals(1, failed.size(), "one failed test");
        return failed.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
    }

    /** A function's share of waiting, from the interpreter stacks in the GIL events (the agent's location hook). */
    @Test
    void aFunctionsWaitingIsBudgeted() {
        String msg = failure(run(Cases.class, "waitsBegunInNapOverBudget"));
        assertTrue(msg.startsWith("GIL budget exceeded in waitsBegunInNapOverBudget()"), msg);
        assertTrue(msg.matches("(?s).*where\\.waitShare\\[nap \\(w\\.py\\)\\] = 0\\.\\d+ > maxWaitShareIn\\[nap \\(w\\.py\\)\\] = 0\\.05.*"), msg);
        assertTrue(msg.contains("waited most: nap (w.py:9) ← spin (w.py:4)"), msg);
        run(Cases.class, "noWaitsBegunInFetchOrSpin").testEvents().assertStatistics(s -> s.started(1).succeeded(1));
        String bad = failure(run(Cases.class, "malformedFunctionBudget"));
        assertTrue(bad.contains("maxWaitShareIn entry 'nap (w.py)': expected \"name (file) = share\""), bad);
    }

    @Test
    void contendedSynchronizedBlockOverBudgetFails() throws Exception {
        Path report = Path.of("target/gilscope/Cases.holdsContendedLockTooLong.html");
        Files.deleteIfExists(report);
        Files.deleteIfExists(Path.of("target/gilscope/Cases.holdsContendedLockTooLong.jfr"));
        EngineExecutionResults r = run(Cases.class, "holdsContendedLockTooLong");
        r.testEvents().assertStatistics(s -> s.started(1).failed(1).succeeded(0));
        String msg = failure(r);
        assertTrue(msg.startsWith("Lock budget exceeded in holdsContendedLockTooLong() (Cases.holdsContendedLockTooLong):"),
                "no agent, so no GIL: " + msg);
        assertTrue(msg.contains("locks.monitorEnter.totalMillis = "), msg);
        assertTrue(msg.contains(" ms > maxMonitorBlockedMillis = 50 ms"), msg);
        assertTrue(msg.contains("hottest site: " + GilBudgetExtensionTest.class.getName() + ".contend"), msg);
        Path recording = Path.of("target/gilscope/Cases.holdsContendedLockTooLong.jfr");
        assertTrue(msg.contains("report: target/gilscope/Cases.holdsContendedLockTooLong.html (recording: " + recording + ")"), msg);
        assertTrue(Files.exists(report), "the failing test's HTML report");
        assertTrue(Files.size(recording) > 0, "the recording it was made from, kept beside it");
        String html = Files.readString(report);
        assertTrue(html.contains(recording.getFileName().toString()), "the report names the kept recording");
        assertTrue(html.contains("Cases.holdsContendedLockTooLong"), "titled after the test");
        assertTrue(html.contains("GilBudgetExtensionTest.contend"), "shows the contended site");
    }

    @Test
    void contendedSynchronizedBlockWithinBudgetPasses() {
        Path report = Path.of("target/gilscope/Cases.staysWithinBudget.html");
        run(Cases.class, "staysWithinBudget").testEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0));
        assertFalse(Files.exists(report), "no report for a passing test");
    }

    @Test
    void theTestsOwnFailureIsKept() {
        String msg = failure(run(Cases.class, "failsOnItsOwn"));
        assertEquals("the test's own failure", msg);
    }

    @Test
    void gilWaitShareOverBudgetFails() {
        String msg = failure(run(Cases.class, "cpuBoundThreadsShareTheGil"));
        assertTrue(msg.contains("gil.waitShare = 0."), msg);
        assertTrue(msg.contains(" > maxWaitShare = 0.2"), msg);
        assertTrue(msg.contains("most waiting: cpu-"), msg);
    }

    @Test
    void worksWithoutTheAgent() {
        run(Cases.class, "noGilNoContention").testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void eachInvocationOfAParameterizedTestHasItsOwnBudget() {
        EngineExecutionResults r = run(Cases.class, "parameterized", "int");
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertTrue(Files.exists(Path.of("target/gilscope/Cases.parameterized-2.html")));
    }

    @Test
    void classBudgetAppliesUnlessTheMethodHasItsOwn() {
        assertTrue(failure(run(ClassBudget.class, "inheritsTheClassBudget")).contains("maxMonitorBlockedMillis = 50 ms"));
        run(ClassBudget.class, "ownBudgetWins").testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    /**
     * Used directly, as a user would: this test runs under its own budget, which it keeps (about 10 ms
     * blocked) and which holding the lock for 300 ms, as holdsContendedLockTooLong does, would exceed.
     */
    @Test
    @GilBudget(maxMonitorBlockedMillis = 150, maxWaitShare = 0.2)
    void budgetedTestOfThisProject() throws Exception {
        contend(10);
    }

    @Test
    void rulesOnlyForLimitsThatAreSet() throws Exception {
        GilBudget b = Cases.class.getDeclaredMethod("noGilNoContention").getAnnotation(GilBudget.class);
        assertEquals(List.of("gil.waitShare", "locks.monitorEnter.totalMillis"),
                GilBudgetExtension.rules(b).stream().map(Rule::metric).toList());
    }
}
