package io.gilscope.agent;

import io.gilscope.agent.gil.StartGate;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Starts the agent's recording ({@code jfr=}) on its own thread. Flight Recorder takes 0.3-0.5 s of
 * wall time and twice that of CPU to initialize; on the JVM's main thread that came on top of the
 * program's own start-up, in every recorded JVM and every multiprocessing child. The program now
 * loads meanwhile, and its first GIL acquisition waits for the recording ({@link StartGate}).
 * A program that ends before that never took the GIL: it has no GIL event to lose, but also no
 * recording, since Flight Recorder cannot start once the JVM shuts down. That is said on one line.
 */
final class RecordingStart {
    private static volatile boolean exiting;

    private RecordingStart() {}

    static void inBackground(String option) {
        Thread start = new Thread(() -> {
            try {
                start(option);
            } finally {
                StartGate.done();
            }
        }, "gilscope-recording-start");
        start.setDaemon(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            exiting = true;
            try {
                start.join(TimeUnit.SECONDS.toMillis(5));   // a start under way either finishes or fails now
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gilscope-recording-check"));
        start.start();
    }

    private static void start(String option) {
        String path = AgentOptions.expandJfrPath(option, ProcessHandle.current().pid(), System.getProperty("gilscope.parentPid"));
        try (InputStream in = RecordingStart.class.getResourceAsStream("/gilscope.jfc")) {
            if (in == null) throw new IllegalStateException("gilscope.jfc is missing from the agent jar");
            Path file = Path.of(path).toAbsolutePath();
            Files.createDirectories(file.getParent());   // like -XX:StartFlightRecording's filename=, a new directory is fine
            GilRecording.start(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (Exception | LinkageError e) {
            if (exiting) {
                System.err.println("gilscope: jfr=" + option + ": the program ended before its recording had started"
                        + " (it never took the GIL, so no GIL event is missing); no recording written");
            } else {
                System.err.println("gilscope: jfr=" + option + ": cannot record: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
