package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gilscope.reports.check.Median;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** The packaged agent puts a GIL into the packaged demo interpreter: article 003's claim, measured. */
class AgentOnDemoAppTest {
    private static final Path COUNTDOWN = Jvm.PROGRAMS.resolve("countdown.py");
    private static final Pattern REPETITION = Pattern.compile("rep (\\d+): sequential ([0-9.]+) s, threaded ([0-9.]+) s");
    private static final int RUNS = 3;

    @TempDir
    Path tmp;

    @BeforeEach
    void needTwoFreeCores(TestInfo test) throws InterruptedException {
        if (!test.getTags().contains("timing")) return;
        double cores = Cores.available();
        assumeTrue(cores >= 1.6, "the machine's other load leaves " + String.format("%.2f", cores)
                + " cores free: timing two threads against one would measure that load, not the GIL");
    }

    @Test
    @Tag("timing")
    void twoCpuBoundThreadsAreNoFasterThanSequentialUnderTheGil() throws IOException {
        double ratio = medianThreadedOverSequential("mode=new");
        assertTrue(ratio >= 0.9 && ratio <= 1.3, "threaded/sequential under the GIL: " + ratio);
    }

    @Test
    @Tag("timing")
    void withoutTheAgentTwoThreadsRunInParallel() throws IOException {
        double ratio = medianThreadedOverSequential(null);
        assertTrue(ratio <= 0.75, "threaded/sequential without a GIL on 2 cores: " + ratio);
    }

    @Test
    @Tag("timing")
    void modeOffKeepsThreadsParallelWhileStillCounting() throws IOException {
        double ratio = medianThreadedOverSequential("mode=off");
        assertTrue(ratio <= 0.75, "threaded/sequential with mode=off: " + ratio);
    }

    @Test
    void sysReportsTheGilOnlyUnderTheAgent() {
        Path program = Jvm.PROGRAMS.resolve("gil_check.py");
        Jvm.Result plain = Jvm.demo(null, program);
        Jvm.Result gil = Jvm.demo("interval=2ms", program);
        Jvm.Result off = Jvm.demo("mode=off", program);
        assertEquals("GIL enabled: False\nswitch interval: 0.005\n", plain.stdout(), plain.describe());
        assertEquals("GIL enabled: True\nswitch interval: 0.002\n", gil.stdout(), gil.describe());
        assertTrue(off.stdout().startsWith("GIL enabled: False\n"), off.describe());
    }

    @Test
    void recordedHoldsNeverOverlapAndHandOffAtAboutTheSwitchInterval() throws IOException {
        Path recording = tmp.resolve("countdown.jfr");
        Jvm.Result run = Jvm.demo("mode=new,interval=5ms,jfr=" + recording, COUNTDOWN);
        assertEquals(0, run.exitCode(), run.describe());

        List<long[]> holds = new ArrayList<>();
        List<Long> forcedHoldNanos = new ArrayList<>();
        Set<String> holders = new HashSet<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("gilscope.GilHold")) continue;
            long start = toNanos(event.getStartTime());
            long end = toNanos(event.getEndTime());
            holds.add(new long[] {start, end});
            holders.add(event.getThread().getJavaName());
            if ("dropRequest".equals(event.getString("releaseReason"))) forcedHoldNanos.add(end - start);
        }
        assertTrue(holders.size() >= 3, "main thread and both countdown threads hold the GIL: " + holders);
        holds.sort((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 1; i < holds.size(); i++) {
            assertTrue(holds.get(i)[0] >= holds.get(i - 1)[1], "holds " + (i - 1) + " and " + i + " overlap");
        }
        assertTrue(forcedHoldNanos.size() >= 20, "forced hand-offs between the two threads: " + forcedHoldNanos.size());
        double medianMillis = Median.median(forcedHoldNanos.stream().mapToDouble(n -> n / 1e6).toArray());
        assertTrue(medianMillis >= 4 && medianMillis <= 15, "median hold before a forced drop, ms: " + medianMillis);
    }

    /**
     * Threaded over sequential time of article 003's measurement, repeated in one JVM: the median over
     * the repetitions after the first. The first repetition's sequential phase runs in code the JIT
     * compiled on the stack before any thread contended (about 20 % faster than the same code later,
     * with or without the agent), so it measures the JIT as much as the GIL.
     */
    private double medianThreadedOverSequential(String agentOptions) throws IOException {
        Path program = Jvm.resourceProgram("countdown_reps.py", tmp);
        Jvm.Result run = Jvm.demo(agentOptions, program, Integer.toString(RUNS + 1));
        assertEquals(0, run.exitCode(), run.describe());
        Matcher m = REPETITION.matcher(run.stdout());
        List<Double> ratios = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).equals("0")) ratios.add(Double.parseDouble(m.group(3)) / Double.parseDouble(m.group(2)));
        }
        assertEquals(RUNS, ratios.size(), run.describe());
        return Median.median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static long toNanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
