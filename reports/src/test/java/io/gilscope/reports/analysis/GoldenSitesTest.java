package io.gilscope.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import io.gilscope.reports.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden sites: resources/golden/Golden.java blocks once on each JDK primitive, each in a method named
 * after it, on the JDK this test runs on (17) and on Temurin 25 when installed. Every wait must be filed
 * at that method, never inside java.util.concurrent, LockSupport or Object.wait.
 */
class GoldenSitesTest {
    static final Path JDK25 = Path.of(System.getProperty("gilscope.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));

    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"this JDK", "Temurin 25"})
    void everyPrimitiveIsFiledAtTheMethodThatUsedIt(String jdk) throws Exception {
        List<LockGroup> sites = Analyzer.analyze(record(java(jdk), "Golden")).combined().locks().bySite();
        String all = sites.stream().map(g -> g.kind().id + " " + g.key()).collect(Collectors.joining("\n"));
        site(sites, LockKind.MONITOR_ENTER, "synchronizedBlock", all);
        assertEquals("holder", sites.stream().filter(g -> g.kind() == LockKind.MONITOR_ENTER && g.key().startsWith("Golden.synchronizedBlock(")).findFirst().orElseThrow().blockedBy(),
                "the monitor's previous owner blocked it");
        site(sites, LockKind.MONITOR_WAIT, "objectWait", all);
        site(sites, LockKind.MONITOR_REENTER, "objectWaitTimedOut", all);
        LockGroup reentry = sites.stream().filter(g -> g.kind() == LockKind.MONITOR_REENTER).findFirst().orElseThrow();
        assertEquals("holder", reentry.blockedBy(), "the thread that held the monitor while the timed-out wait re-entered");
        assertEquals("java.lang.Object", reentry.on(), "what the site waited on");
        assertEquals("java.util.concurrent.locks.ReentrantLock$NonfairSync",
                sites.stream().filter(g -> g.contention() && g.key().startsWith("Golden.reentrantLock(")).findFirst().orElseThrow().on());
        for (String method : List.of("conditionAwait", "reentrantLock", "blockingQueueTake", "synchronousQueueTake",
                "semaphoreAcquire", "countDownLatchAwait")) {
            site(sites, LockKind.THREAD_PARK, method, all);
        }
        for (LockGroup g : sites) {
            assertFalse(g.key().startsWith("java.util.concurrent.") || g.key().startsWith("java.lang.Object.")
                    || g.key().startsWith("jdk.internal."), "a site inside the JDK's machinery: " + g.key() + "\n" + all);
        }
    }

    /**
     * Pool exhaustion and row-lock waits of real libraries (resources/golden/Pool.java: H2 through HikariCP)
     * are findings that name the pool's borrow and the database's row-lock wait, with what they waited on.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"this JDK", "Temurin 25"})
    void anExhaustedPoolAndRowLockWaitsAreFindings(String jdk) throws Exception {
        ProcessSummary s = Analyzer.analyze(record(java(jdk), "Pool")).combined();
        List<Finding> waits = s.findings().stream().filter(f -> f.id().equals("resource-wait")).toList();
        String all = waits.stream().map(f -> f.title() + ": " + f.detail()).collect(Collectors.joining("\n"));
        assertTrue(waits.stream().anyMatch(f -> f.title().endsWith(" at com.zaxxer.hikari.util.ConcurrentBag.borrow(long, TimeUnit)")), all);
        assertTrue(waits.stream().anyMatch(f -> f.title().contains(" at org.h2.mvstore.tx.Transaction.waitFor")
                && f.detail().contains("in Object.wait on org.h2.mvstore.tx.Transaction")), all);
    }

    /** The java launcher of "this JDK" or "Temurin 25"; the test is skipped if it is not installed. */
    static Path java(String jdk) {
        Path home = jdk.equals("this JDK") ? Path.of(System.getProperty("java.home")) : JDK25;
        Path java = home.resolve("bin").resolve("java");
        assumeTrue(Files.isExecutable(java), "needs " + java);
        return java;
    }

    /** Runs resources/golden/PROGRAM.java with {@code java}; returns the recording it dumps. */
    private Path record(Path java, String program) throws Exception {
        Path recording = dir.resolve(program + ".jfr");
        ChildJvm.finish(ChildJvm.start(java, program, List.of(), recording.toString()), program);
        return recording;
    }

    /** The method itself or one of its lambdas ({@code Golden.lambda$name$N}) is a site of this kind. */
    private static void site(List<LockGroup> sites, LockKind kind, String method, String all) {
        assertTrue(sites.stream().anyMatch(g -> g.kind() == kind
                        && (g.key().startsWith("Golden." + method + "(") || g.key().startsWith("Golden.lambda$" + method + "$"))),
                kind.id + " at Golden." + method + " in:\n" + all);
    }

    /** Virtual threads blocked on locks leave no contention events: the report must not call that an all-clear. */
    @Test
    void virtualThreadsWithoutContentionEventsAreNoAllClear() throws Exception {
        ProcessSummary s = Analyzer.analyze(record(java("Temurin 25"), "VirtualThreads")).combined();
        List<String> findings = s.findings().stream().map(Finding::id).toList();
        assertTrue(s.locks().virtualThreads() > 0, "execution samples show virtual threads");
        assertTrue(findings.contains("virtual-threads-unseen"), findings.toString());
        assertFalse(findings.contains("no-jdk-contention"), "a false all-clear: " + findings);
    }
}
