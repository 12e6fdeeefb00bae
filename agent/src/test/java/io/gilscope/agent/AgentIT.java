package io.gilscope.agent;

import static io.gilscope.agent.ChildJvm.TINY;
import static io.gilscope.agent.Recordings.events;
import static io.gilscope.agent.Recordings.maxOverlap;
import static io.gilscope.agent.Recordings.median;
import static io.gilscope.agent.Recordings.ms;
import static io.gilscope.agent.Recordings.thread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.tools.attach.VirtualMachine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged agent (-javaagent and attach) on the tiny interpreter, in child JVMs. */
class AgentIT {
    @TempDir
    Path dir;

    private static void assertNoStackTrace(ChildJvm r) {
        assertFalse(r.stderr.contains("\tat ") || r.stderr.contains("Exception in"), r.toString());
    }

    @Test
    void badOptionsGiveOneLineEachAndTheProgramRuns() throws Exception {
        ChildJvm r = ChildJvm.run("mode=bogus,colour=red,interval=5parsecs," + TINY, "countdown", "1000", "1");
        assertEquals(0, r.exit, r.toString());
        assertEquals(3, r.agentLines().size(), r.toString());
        assertTrue(r.agentLines().stream().allMatch(l -> l.startsWith("gilscope: ")), r.toString());
        assertTrue(r.values.containsKey("median"), r.toString());
        assertEquals("new", r.get("gil"));
        assertNoStackTrace(r);
    }

    @Test
    void strictStopsBeforeTheProgramWithStatus2() throws Exception {
        ChildJvm r = ChildJvm.run("dispatch=tinyvm.Missing#run,strict", "countdown", "1000", "1");
        assertEquals(2, r.exit, r.toString());
        assertFalse(r.stdout.contains("median="), r.toString());
        assertTrue(r.stderr.contains("tinyvm.Missing is not on the class path"), r.toString());
        assertNoStackTrace(r);
    }

    @Test
    void aDispatchMethodWithoutSwitchIsReportedAndLeftAlone() throws Exception {
        ChildJvm r = ChildJvm.run("dispatch=tinyvm.Natives#sleep", "countdown", "1000", "1");
        assertEquals(0, r.exit, r.toString());
        assertEquals(1, r.agentLines().size(), r.toString());
        assertTrue(r.stderr.contains("has no tableswitch or lookupswitch"), r.toString());
        assertEquals(0, r.num("mx.Dispatches"));
        assertNoStackTrace(r);
    }

    @Test
    void statusPropertyAndExactDispatchCount() throws Exception {
        ChildJvm r = ChildJvm.run(TINY + ",verbose,interval=2ms", "countdown", "1000", "1");
        assertEquals(0, r.exit, r.toString());
        assertEquals("new", r.get("gil"));
        assertEquals("new", r.get("mx.Mode"));
        assertEquals("0.002", r.get("mx.SwitchIntervalSeconds"));
        assertEquals(7 * 1000 + 4, r.num("mx.Dispatches"));
        assertEquals("true", r.get("mx.DispatchesCounted"));
        assertTrue(r.stderr.contains("gilscope: instrumented tinyvm.Vm"), r.toString());
        assertFalse(r.stderr.contains("JIT hint not applied"), r.toString());   // HotSpot takes JitHints' directive
        ChildJvm none = ChildJvm.run(null, "countdown", "1000", "1");
        assertEquals("null", none.get("gil"));
        assertFalse(none.stdout.contains("mx."), none.toString());
    }

    /** A second JVM with the same agent and options takes the instrumented classes from the cache and behaves the same. */
    @Test
    void aSecondJvmGetsItsInstrumentedClassesFromTheCache() throws Exception {
        String options = TINY + ",verbose,cache=" + dir.resolve("cache");
        ChildJvm first = ChildJvm.run(options, "countdown", "1000", "1");
        ChildJvm second = ChildJvm.run(options, "countdown", "1000", "1");
        for (ChildJvm r : List.of(first, second)) {
            assertEquals(0, r.exit, r.toString());
            assertEquals(7 * 1000 + 4, r.num("mx.Dispatches"), "every dispatch counted: " + r);
        }
        assertTrue(first.stderr.contains("gilscope: instrumented tinyvm.Vm\n"), first.toString());
        assertTrue(second.stderr.contains("gilscope: instrumented tinyvm.Vm (cached)"), second.toString());
        ChildJvm other = ChildJvm.run(options + ",count=false", "countdown", "1000", "1");
        assertTrue(other.stderr.contains("gilscope: instrumented tinyvm.Vm\n"), "other options, instrumented anew: " + other);
        assertEquals(-1, other.num("mx.Dispatches"));
    }

    @Test
    void theRuntimeCanLiveOnTheBootstrapClassPath() throws Exception {
        Path jfr = dir.resolve("bootstrap.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",bootstrap,jfr=" + jfr, "threads", "2", "1000000");
        assertEquals(0, r.exit, r.toString());
        assertEquals("new", r.get("mx.Mode"));
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        assertEquals(r.num("mx.Dispatches"), holds.stream().mapToLong(e -> e.getLong("dispatches")).sum());
        assertTrue(maxOverlap(holds).isZero());
        assertNoStackTrace(r);
    }

    @Test
    void twoThreadsUnderTheGilNeverOverlapAndTakeAboutAsLongAsSequential() throws Exception {
        Path jfr = dir.resolve("threads.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",jfr=" + jfr, "threads", "2", "20000000");
        assertEquals(0, r.exit, r.toString());
        double ratio = (double) r.num("threaded") / r.num("sequential");
        System.out.printf("new: threaded/sequential %.2f, switches %d%n", ratio, r.num("mx.Switches"));
        assertTrue(ratio > 0.6, "threaded/sequential " + ratio + " under the GIL");
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        assertTrue(holds.size() > 10, "holds " + holds.size());
        Duration overlap = maxOverlap(holds);
        assertTrue(overlap.isZero(), "GilHold events overlap by " + overlap);
        long sum = holds.stream().mapToLong(e -> e.getLong("dispatches")).sum();
        assertEquals(r.num("mx.Dispatches"), sum, "the holds' dispatches add up to the total");
        assertTrue(events(jfr, "gilscope.GilConfiguration").stream().anyMatch(e -> e.getString("mode").equals("new")
                && e.getInt("schemaVersion") == 1 && e.getString("dispatchMethods").equals("tinyvm.Vm#exec")
                && e.getInt("lookInterval") == 1024 && e.getBoolean("dispatchesCounted")));
        assertFalse(events(jfr, "gilscope.GilStatistics").isEmpty());
    }

    /**
     * Two copies of tinyvm in two class loaders are two interpreters with a GIL each: their holds overlap
     * (each thread holds its own), holds within one interpreter never do, and the statistics count each.
     */
    @Test
    void eachInterpreterInstanceHasItsOwnGil() throws Exception {
        Path jfr = dir.resolve("interpreters.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",jfr=" + jfr, "interpreters", "2", "100000000");
        assertEquals(0, r.exit, r.toString());
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        Map<Integer, List<RecordedEvent>> byInterpreter = holds.stream().collect(Collectors.groupingBy(e -> e.getInt("interpreter")));
        assertEquals(Set.of(0, 1), byInterpreter.keySet(), "the main loader never dispatches: the first copy to dispatch is interpreter 0");
        for (List<RecordedEvent> own : byInterpreter.values()) assertTrue(maxOverlap(own).isZero(), "holds of one GIL never overlap");
        assertTrue(maxOverlap(holds).compareTo(Duration.ofMillis(50)) > 0, "the two GILs were held at once: " + maxOverlap(holds));
        assertTrue(events(jfr, "gilscope.GilWait").isEmpty(), "nobody waited: each thread had its interpreter's GIL to itself");
        assertEquals(Set.of(0, 1), events(jfr, "gilscope.GilStatistics").stream().map(e -> e.getInt("interpreter")).collect(Collectors.toSet()));
        assertNoStackTrace(r);
    }

    @Test
    void withoutCountingTheBreakerIsReadBeforeEveryDispatchAndHoldsStillNeverOverlap() throws Exception {
        Path jfr = dir.resolve("nocount.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",count=false,jfr=" + jfr, "threads", "2", "5000000");
        assertEquals(0, r.exit, r.toString());
        assertEquals(-1, r.num("mx.Dispatches"), "the MXBean says not counted");
        assertEquals("false", r.get("mx.DispatchesCounted"));
        assertTrue(r.num("mx.Switches") > 0, r.toString());
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        assertTrue(holds.size() > 2, "holds " + holds.size());
        assertTrue(maxOverlap(holds).isZero());
        assertTrue(holds.stream().allMatch(e -> e.getLong("dispatches") == 0), "dispatches not counted");
        assertTrue(events(jfr, "gilscope.GilConfiguration").stream().anyMatch(e -> e.getInt("lookInterval") == 1
                && !e.getBoolean("dispatchesCounted")));
        assertNoStackTrace(r);
    }

    @Test
    void atBackEdgesOnlyTheCheckpointMethodLooksAndHoldsStillNeverOverlap() throws Exception {
        Path jfr = dir.resolve("backedge.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",checkpoints=backedge,checkpoint=tinyvm.Vm#backEdge,jfr=" + jfr, "threads", "2", "5000000");
        assertEquals(0, r.exit, r.toString());
        assertEquals("false", r.get("mx.DispatchesCounted"), "dispatches are not counted at back edges");
        assertTrue(r.num("mx.ForcedSwitches") > 10, "the loop's backward jumps are where the holder drops on request: " + r);
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        assertTrue(holds.size() > 2, "holds " + holds.size());
        assertTrue(maxOverlap(holds).isZero());
        assertTrue(events(jfr, "gilscope.GilConfiguration").stream().anyMatch(e -> e.getString("checkpoints").equals("backedge")
                && e.getString("checkpointMethods").equals("tinyvm.Vm#backEdge") && !e.getBoolean("dispatchesCounted")));
        assertNoStackTrace(r);
    }

    /** The location hook: holds, waits and their blame say where in the interpreter's code they were. */
    @Test
    void theLocationHookPlacesHoldsAndWaitsInTheInterpretersCode() throws Exception {
        Path jfr = dir.resolve("location.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",location=tinyvm.Vm#location,jfr=" + jfr, "threads", "2", "5000000");
        assertEquals(0, r.exit, r.toString());
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        assertTrue(holds.stream().anyMatch(h -> h.getString("droppedAt") != null && h.getString("droppedAt").startsWith("function")),
                "holds say where they let the GIL go: " + holds.get(0));
        assertTrue(holds.stream().allMatch(h -> h.getString("takenAt") == null || h.getString("takenAt").matches("(function\\d+ \\(tiny:\\d+\\)\\n?)+")));
        List<RecordedEvent> waits = events(jfr, "gilscope.GilWait");
        assertTrue(waits.stream().anyMatch(w -> w.getString("holderAt") != null && w.getString("waitedAt") != null),
                "waits say where they began and what they waited for: " + waits.get(0));
        ChildJvm none = ChildJvm.run(TINY + ",location=tinyvm.Vm#nothing,jfr=" + dir.resolve("nothing.jfr"), "countdown", "1000", "1");
        assertEquals(0, none.exit, none.toString());
        assertTrue(none.stderr.contains("gilscope: location=tinyvm.Vm#nothing not found"), none.toString());
        assertNoStackTrace(none);
    }

    @Test
    void offModeRunsThreadsTogetherAndStillCounts() throws Exception {
        Path jfr = dir.resolve("off.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",mode=off,jfr=" + jfr, "threads", "2", "20000000");
        assertEquals(0, r.exit, r.toString());
        System.out.printf("off: threaded/sequential %.2f%n", (double) r.num("threaded") / r.num("sequential"));
        assertEquals("off", r.get("gil"));
        assertTrue(r.num("mx.Dispatches") >= 12L * 20_000_000 * 7, r.toString());
        assertTrue(events(jfr, "gilscope.GilWait").isEmpty());
        assertTrue(maxOverlap(events(jfr, "gilscope.GilHold")).toMillis() > 10, "running periods overlap in mode off");
    }

    @Test
    void handOffsHappenAtAboutTheSwitchInterval() throws Exception {
        Path jfr = dir.resolve("contend.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",interval=5ms,jfr=" + jfr, "contend", "2", "3");
        assertEquals(0, r.exit, r.toString());
        assertEquals(0, r.num("violations"), r.toString());
        List<Double> waits = events(jfr, "gilscope.GilWait").stream().filter(e -> e.getString("reason").equals("afterDrop"))
                .map(e -> ms(e.getDuration())).collect(Collectors.toList());
        List<Double> latency = handOffLatencies(jfr);
        System.out.printf("interval 5ms: wait median %.2f ms, drop request -> running median %.3f ms p99 %.3f ms (%d hand-offs)%n",
                median(waits), median(latency), Recordings.percentile(latency, 0.99), latency.size());
        assertTrue(waits.size() > 50, "waits " + waits.size());
        assertTrue(median(waits) > 3.5 && median(waits) < 9, "median wait " + median(waits));
        assertTrue(median(latency) < 2, "median hand-off latency " + median(latency));
        assertTrue(maxOverlap(events(jfr, "gilscope.GilHold")).isZero());
    }

    /** Drop request (requester's instant event) -> the requester's acquisition (end of its GilWait), in ms. */
    static List<Double> handOffLatencies(Path jfr) throws Exception {
        List<RecordedEvent> requests = events(jfr, "gilscope.GilDropRequest");
        List<RecordedEvent> waits = events(jfr, "gilscope.GilWait");
        List<Double> out = new ArrayList<>();
        for (RecordedEvent q : requests) {
            for (RecordedEvent w : waits) {
                if (thread(w).equals(thread(q)) && !w.getEndTime().isBefore(q.getStartTime())) {
                    if (!w.getStartTime().isAfter(q.getStartTime())) out.add(ms(Duration.between(q.getStartTime(), w.getEndTime())));
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void legacyReacquiresFarMoreOftenThanNew() throws Exception {
        ChildJvm legacy = ChildJvm.run(TINY + ",mode=legacy", "contend", "2", "2");
        ChildJvm fresh = ChildJvm.run(TINY + ",mode=new", "contend", "2", "2");
        System.out.printf("reacquisitions: legacy %d, new %d%n", legacy.num("mx.Reacquisitions"), fresh.num("mx.Reacquisitions"));
        assertEquals(0, legacy.num("violations"));
        assertTrue(legacy.num("mx.Reacquisitions") > 20 * Math.max(1, fresh.num("mx.Reacquisitions")));
    }

    @Test
    void fairServesAThreadBackFromSleepBeforeTheCpuBoundThreads() throws Exception {
        double fair = intervening("fair");
        double fresh = intervening("new");
        System.out.printf("sleeper waits with another thread's turn in between: fair %.2f, new %.2f%n", fair, fresh);
        assertTrue(fair < 0.1, "fair " + fair);
        assertTrue(fair < fresh, "fair " + fair + " new " + fresh);
    }

    /** Share of the sleeper's afterBlocking waits during which a CPU-bound thread's hold began. */
    private double intervening(String mode) throws Exception {
        Path jfr = dir.resolve("sleeper-" + mode + ".jfr");
        ChildJvm r = ChildJvm.run(TINY + ",mode=" + mode + ",jfr=" + jfr, "sleeper", "2", "3", "2");
        assertEquals(0, r.exit, r.toString());
        assertEquals(0, r.num("violations"), r.toString());
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        List<RecordedEvent> waits = events(jfr, "gilscope.GilWait").stream()
                .filter(w -> thread(w).equals("sleeper") && w.getString("reason").equals("afterBlocking")).collect(Collectors.toList());
        assertTrue(waits.size() > 20, mode + " waits " + waits.size());
        long with = waits.stream().filter(w -> holds.stream().anyMatch(h -> !thread(h).equals("sleeper")
                && h.getStartTime().isAfter(w.getStartTime()) && h.getStartTime().isBefore(w.getEndTime()))).count();
        return (double) with / waits.size();
    }

    @Test
    void exceptionsAndThreadDeathReleaseTheGil() throws Exception {
        Path jfr = dir.resolve("exceptions.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",jfr=" + jfr, "exceptions");
        assertEquals(0, r.exit, r.toString());
        assertEquals("true", r.get("ok"));
        assertEquals(0, r.num("violations"));
        assertEquals("StackOverflowError", r.get("died.overflow-0"));
        assertEquals("VmError", r.get("died.raise-0"));
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        assertTrue(holds.stream().filter(h -> h.getString("releaseReason").equals("exception")).count() >= 6);
        assertTrue(maxOverlap(holds).isZero());
    }

    @Test
    void theInterpretersOwnHandlerCatchesInsideTheDispatchMethod() throws Exception {
        Path jfr = dir.resolve("caught.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",jfr=" + jfr, "caught", "1000");
        assertEquals(0, r.exit, r.toString());
        assertEquals("1000,1000", r.get("caught"), r.toString());
        assertEquals(0, r.num("violations"), r.toString());
        assertEquals("", r.get("mx.Holder"), r.toString());
        assertNoStackTrace(r);
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        assertTrue(holds.stream().noneMatch(h -> h.getString("releaseReason").equals("exception")), "no error left an outermost frame");
        assertTrue(holds.stream().anyMatch(h -> thread(h).equals("cpu")) && holds.stream().anyMatch(h -> thread(h).startsWith("catch-")));
        assertTrue(maxOverlap(holds).isZero());
    }

    @Test
    void releaseMethodsNeverHoldTheGilAndCallbacksTakeIt() throws Exception {
        Path jfr = dir.resolve("callback.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",release=tinyvm.Natives#park,jfr=" + jfr, "callback");
        assertEquals(0, r.exit, r.toString());
        assertEquals(0, r.num("violations"), r.toString());
        List<RecordedEvent> calls = events(jfr, "gilscope.BlockingCall");
        assertEquals(400, calls.stream().filter(c -> c.getString("method").equals("tinyvm.Natives#callback")).count());
        assertTrue(events(jfr, "gilscope.GilHold").stream().anyMatch(h -> "tinyvm.Natives#callback".equals(h.getString("blockingMethod"))));
        assertTrue(maxOverlap(events(jfr, "gilscope.GilHold")).isZero());
        String configured = events(jfr, "gilscope.GilConfiguration").get(1).getString("releaseMethods");
        assertTrue(configured.contains("tinyvm.Natives#callback") && configured.contains("tinyvm.Natives#park"), configured);

        Path jfr2 = dir.resolve("park.jfr");
        ChildJvm p = ChildJvm.run(TINY + ",release=tinyvm.Natives#park,jfr=" + jfr2, "park");
        assertEquals(0, p.num("violations"), p.toString());
        assertEquals(20, events(jfr2, "gilscope.BlockingCall").stream().filter(c -> c.getString("method").equals("tinyvm.Natives#park")).count());
    }

    /** A holder waiting for a coroutine's thread, which waits for the GIL: said once, with the release= that fixes it. */
    @Test
    void aHolderBlockedOutsideReleaseMethodsIsReportedWithTheFix() throws Exception {
        Path jfr = dir.resolve("stall.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",jfr=" + jfr, "coroutine", "2", "300");
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.num("unanswered") > 0, "without a release, resumes time out: " + r);
        assertTrue(r.stderr.contains("gilscope: stall: thread \"main\" holds the GIL but has been TIMED_WAITING for "), r.toString());
        assertTrue(r.stderr.contains("tinyvm.Coroutine$State.resume("), "the frames where it blocks: " + r);
        // Not the synchronized State.resume, nor waitQuietly inside its monitor: the GIL must be taken back outside it.
        assertEquals(1, r.stderr.split("release=tinyvm.Coroutine#resume", -1).length - 1, "said once: " + r);
        assertEquals(1, r.stderr.split("release=tinyvm.Coroutine#yield", -1).length - 1, "the coroutine's side, said once: " + r);
        List<RecordedEvent> stalls = events(jfr, "gilscope.GilStall");
        assertTrue(stalls.stream().anyMatch(e -> e.getString("fix").equals("release=tinyvm.Coroutine#resume") && !e.getBoolean("released")),
                r.toString());
        assertNoStackTrace(r);
    }

    /**
     * With onstall=release the program goes on. A thread the GIL was taken from takes it back at its
     * next look: with count=false at once, so it never runs VM code without it.
     */
    @Test
    void onstallReleaseLetsTheProgramGoOn() throws Exception {
        ChildJvm counting = ChildJvm.run(TINY + ",onstall=release", "coroutine", "3", "10000");
        assertEquals(4, counting.num("answered"), counting.toString());
        assertTrue(counting.stderr.contains("up to 1024 dispatches after it wakes up, without the GIL"), counting.toString());
        Path jfr = dir.resolve("onstall.jfr");
        ChildJvm r = ChildJvm.run(TINY + ",onstall=release,count=false,jfr=" + jfr, "coroutine", "3", "10000");
        assertEquals(0, r.exit, r.toString());
        assertEquals(4, r.num("answered"), r.toString());
        assertEquals(0, r.num("unanswered"), r.toString());
        assertEquals(0, r.num("violations"), r.toString());
        assertTrue(r.stderr.contains("the GIL was taken from it (onstall=release)"), r.toString());
        assertTrue(events(jfr, "gilscope.GilStall").stream().anyMatch(e -> e.getBoolean("released")), r.toString());
        assertTrue(events(jfr, "gilscope.GilHold").stream().anyMatch(h -> "stall".equals(h.getString("releaseReason"))));
        assertNoStackTrace(r);
    }

    @Test
    void theSuggestedReleaseMethodsRunCoroutinesUnderTheGil() throws Exception {
        ChildJvm r = ChildJvm.run(TINY + ",release=tinyvm.Coroutine#resume;tinyvm.Coroutine#yield", "coroutine", "3", "10000");
        assertEquals(0, r.exit, r.toString());
        assertEquals(4, r.num("answered"), r.toString());
        assertEquals(0, r.num("violations"), "both sides hold the GIL whenever they run VM code: " + r);
        assertFalse(r.stderr.contains("stall"), r.toString());
    }

    /** Releasing a synchronized method would take the GIL back inside its monitor: refused, with what to name instead. */
    @Test
    void synchronizedAndJdkReleaseMethodsAreRefusedWithOneLine() throws Exception {
        ChildJvm sync = ChildJvm.run(TINY + ",release=tinyvm.Coroutine$State#resume,strict", "coroutine", "1", "300");
        assertEquals(2, sync.exit, sync.toString());
        assertTrue(sync.stderr.contains("release=tinyvm.Coroutine$State#resume: synchronized, so the GIL would be taken back"), sync.toString());
        ChildJvm jdk = ChildJvm.run(TINY + ",release=java.lang.Thread#sleep,strict", "countdown", "1000", "1");
        assertEquals(2, jdk.exit, jdk.toString());
        assertTrue(jdk.stderr.contains("release=java.lang.Thread#sleep: the agent does not instrument the JDK's classes"), jdk.toString());
        assertNoStackTrace(sync);
        assertNoStackTrace(jdk);
    }

    @Test
    void childProcessesWriteTheirOwnRecording() throws Exception {
        ChildJvm r = ChildJvm.run(TINY + ",jfr=" + dir.resolve("out.jfr"), List.of("-Dgilscope.parentPid=1"), 60, "countdown", "1000", "1");
        assertEquals(0, r.exit, r.toString());
        assertFalse(Files.exists(dir.resolve("out.jfr")));
        try (var files = Files.list(dir)) {
            List<Path> jfrs = files.filter(f -> f.getFileName().toString().matches("out\\.\\d+\\.jfr")).collect(Collectors.toList());
            assertEquals(1, jfrs.size());
            assertFalse(RecordingFile.readAllEvents(jfrs.get(0)).isEmpty());
        }
        ChildJvm q = ChildJvm.run(TINY + ",jfr=" + dir.resolve("p-%p.jfr"), "countdown", "1000", "1");
        assertEquals(0, q.exit, q.toString());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().matches("p-\\d+\\.jfr")).count());
        }
    }

    @Test
    void dynamicAttachMakesARunningProgramGilBound() throws Exception {
        Path jfr = dir.resolve("attach.jfr");
        Process child = new ProcessBuilder(ChildJvm.command(null, List.of(), "attach", "60")).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.startsWith("ready pid=")) {
                lines.add(line);
                line = out.readLine();
            }
            assertTrue(line != null, "child never got ready: " + lines);
            String pid = line.substring("ready pid=".length());
            Thread.sleep(300);
            // What `gilscope attach` does (the CLI's AttachCommand), here through the Attach API directly.
            VirtualMachine vm = VirtualMachine.attach(pid);
            try {
                vm.loadAgent(ChildJvm.AGENT_JAR.toString(), TINY + ",jfr=" + jfr);
            } finally {
                vm.detach();
            }
            for (line = out.readLine(); line != null; line = out.readLine()) lines.add(line);
        } finally {
            if (!child.waitFor(90, TimeUnit.SECONDS)) child.destroyForcibly();
        }
        String all = String.join("\n", lines);
        assertEquals(0, child.exitValue(), all);
        assertTrue(all.contains("gil=new"), all);
        assertTrue(all.contains("mx.Switches="), all);
        long switches = lines.stream().filter(l -> l.startsWith("mx.Switches=")).mapToLong(l -> Long.parseLong(l.substring(12))).findFirst().orElse(0);
        assertTrue(switches > 10, "switches after attach: " + switches + "\n" + all);
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        assertTrue(holds.size() > 10, "holds " + holds.size());
        assertTrue(maxOverlap(holds).isZero(), "overlap " + maxOverlap(holds));
    }
}
