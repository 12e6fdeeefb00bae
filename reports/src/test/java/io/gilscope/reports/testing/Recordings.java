package io.gilscope.reports.testing;

import java.util.List;
import jdk.jfr.Event;
import jdk.jfr.Recording;

import java.nio.file.Path;
import java.time.Duration;

/** Makes real JFR recordings in-process: the gilscope test events plus the JDK's contention events. */
public final class Recordings {
    private Recordings() {}

    public interface Body { void run() throws Exception; }

    public static Path record(Path file, Body body) throws Exception {
        warmUp();
        try (Recording r = new Recording()) {
            for (Class<? extends Event> c : List.of(GilEvents.Wait.class, GilEvents.Hold.class,
                    GilEvents.DropRequest.class, GilEvents.BlockingCall.class, GilEvents.Statistics.class,
                    GilEvents.Configuration.class, GilEvents.ConfigurationBeforeCounting.class)) {
                r.enable(c).withThreshold(Duration.ZERO);
            }
            r.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ZERO).withStackTrace();
            r.enable("jdk.JavaMonitorWait").withThreshold(Duration.ZERO).withStackTrace();
            r.enable("jdk.ThreadPark").withThreshold(Duration.ZERO).withStackTrace();
            r.enable("jdk.JVMInformation");
            r.start();
            body.run();
            r.stop();
            r.dump(file);
        }
        return file;
    }

    /** Loads and registers the event classes before recording, so the first commit is not slow. */
    private static void warmUp() {
        new GilEvents.Wait().begin();
        new GilEvents.Hold().begin();
        new GilEvents.DropRequest().begin();
        new GilEvents.BlockingCall().begin();
        new GilEvents.Statistics().begin();
        new GilEvents.Configuration().begin();
        new GilEvents.ConfigurationBeforeCounting().begin();
    }

    public static void spin(long nanos) {
        long t = System.nanoTime();
        while (System.nanoTime() - t < nanos) Thread.onSpinWait();
    }
}
