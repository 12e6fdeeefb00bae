package io.gilscope.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records a test's GIL and JDK lock contention with JFR and fails the test when it exceeds a budget.
 * On a method it applies to that test; on a class to each test of the class (a method's own wins).
 * Limits left at their default ({@code -1}) are not checked.
 *
 * <pre>{@code
 * @Test
 * @GilBudget(maxWaitShare = 0.2, maxMonitorBlockedMillis = 50)
 * void cacheStaysCool() { ... }
 * }</pre>
 *
 * The JDK lock limits work on any code; the GIL limits need the gilscope agent (without it there are
 * no GIL waits, so they pass). The recording covers the whole JVM while the test runs, so run budgeted
 * tests one at a time (not in parallel with other tests). A failing test's HTML report is written to
 * {@code target/gilscope/} (system property {@code gilscope.reportDir} to change it).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(GilBudgetExtension.class)
public @interface GilBudget {
    /** Most time waiting for the GIL, as a share of the interpreter threads' time ({@code gil.waitShare}, 0..1). */
    double maxWaitShare() default -1;

    /** Longest 99th percentile of GIL waits, in milliseconds ({@code gil.wait.p99Millis}). */
    double maxWaitP99Millis() default -1;

    /** Most time threads spent blocked entering {@code synchronized}, in milliseconds, summed over threads
     * ({@code locks.monitorEnter.totalMillis}). */
    double maxMonitorBlockedMillis() default -1;

    /** Most time blocked on monitors and {@code java.util.concurrent} locks (parks), in milliseconds
     * ({@code locks.blockedMillis}). Parks include idle pool threads waiting for work. */
    double maxLockBlockedMillis() default -1;

    /** Most GIL hand-offs per second ({@code gil.switchesPerSecond}). */
    double maxSwitchesPerSecond() default -1;

    /**
     * Most time waiting for the GIL in waits begun in a function of the interpreter's code, as a share of
     * the interpreter threads' time ({@code where.waitShare[f]}): entries {@code "name (file) = share"},
     * e.g. {@code "fetch (crawler.py) = 0.2"}, the file without its directory, no line. Needs the agent
     * with a location hook (demo-app's is on by default); a function with no waits counts 0.
     */
    String[] maxWaitShareIn() default {};

    /** Contention events shorter than this are not recorded (JFR threshold), in milliseconds. */
    long thresholdMillis() default 0;

    /** Whether a failing test writes its HTML contention report under {@code target/gilscope/}. */
    boolean reportOnFailure() default true;
}
