package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gilscope attach PID`: a demo interpreter already running threads in parallel becomes GIL-bound. */
class DynamicAttachTest {
    @TempDir
    Path tmp;

    @Test
    void attachingToARunningInterpreterPutsItUnderTheGil() throws Exception {
        Path program = Jvm.resourceProgram("attach_target.py", tmp);
        Path stdout = tmp.resolve("stdout.txt"), stderr = tmp.resolve("stderr.txt");
        Path recording = tmp.resolve("attached.jfr");
        List<String> command = new ArrayList<>(List.of(Jvm.java()));
        if (Runtime.version().feature() >= 21) command.add("-XX:+EnableDynamicAgentLoading");
        command.addAll(List.of("-jar", Jvm.DEMO_JAR.toString(), program.toString()));
        Process target = Jvm.start(command, stdout, stderr);
        try {
            Jvm.Result attach = attachWhenReady(target.pid(), "mode=new", "jfr=" + recording);
            assertEquals(0, attach.exitCode(), attach.describe());
            assertTrue(target.waitFor(90, TimeUnit.SECONDS), "the attached program did not finish");
            assertEquals(0, target.exitValue());
        } finally {
            target.destroyForcibly();
        }
        String printed = Files.readString(stdout);
        assertTrue(printed.contains("GIL enabled: True"), printed);
        assertTrue(printed.contains("done"), printed);
        // The module's frame (sleeping in MainThread) and both spin frames were running: they say so, once.
        String warned = Files.readString(stderr);
        assertTrue(warned.contains("gilscope: attached while MainThread, Thread-1 (spin), Thread-2 (spin) were inside "
                + "io.gilscope.demo.vm.Interpreter#run: frames already running stay outside the GIL until they return"), warned);
        Finding attached = Analyzer.analyze(recording).combined().findings().stream()
                .filter(f -> f.id().equals("attached-while-running")).findFirst().orElseThrow(() -> new AssertionError("no finding"));
        assertTrue(attached.detail().contains("MainThread, Thread-1 (spin), Thread-2 (spin) were inside"), attached.detail());

        Set<String> holders = new HashSet<>();
        List<long[]> holds = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("gilscope.GilHold")) continue;
            holders.add(event.getThread().getJavaName());
            holds.add(new long[] {nanos(event.getStartTime()), nanos(event.getEndTime())});
        }
        assertTrue(holders.size() >= 2, "both spinning threads take turns holding the GIL: " + holders);
        holds.sort((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 1; i < holds.size(); i++) {
            assertTrue(holds.get(i)[0] >= holds.get(i - 1)[1], "holds " + (i - 1) + " and " + i + " overlap");
        }
    }

    /** The attach API refuses until the target JVM has initialised; retry for a while. */
    private static Jvm.Result attachWhenReady(long pid, String... options) throws InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("attach", Long.toString(pid)));
        arguments.addAll(List.of(options));
        Jvm.Result last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            last = Jvm.gilscope(arguments.toArray(String[]::new));
            if (last.exitCode() == 0) return last;
            Thread.sleep(250);
        }
        return last;
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
