package io.gilscope.agent;

import io.gilscope.agent.gil.Gil;
import io.gilscope.agent.gil.Interpreters;
import io.gilscope.agent.jfr.BlockingCallEvent;
import io.gilscope.agent.jfr.GilConfigurationEvent;
import io.gilscope.agent.jfr.GilDropRequestEvent;
import io.gilscope.agent.jfr.GilStallEvent;
import io.gilscope.agent.jfr.GilHoldEvent;
import io.gilscope.agent.jfr.GilStatisticsEvent;
import io.gilscope.agent.jfr.GilWaitEvent;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.function.Supplier;
import jdk.jfr.Configuration;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;

/** Registers gilscope's periodic events, and starts the agent's own recording when asked ({@code jfr=}). */
final class GilRecording {
    static final int SCHEMA_VERSION = 1;

    /** The events committed as the GIL changes hands (the periodic ones are registered with their callbacks). */
    private static final List<Class<? extends Event>> EVENTS = List.of(GilWaitEvent.class, GilHoldEvent.class, GilDropRequestEvent.class,
            BlockingCallEvent.class, GilStallEvent.class);

    private GilRecording() {}

    /**
     * Periodic events: statistics every second, configuration (and a last statistics) at each chunk's start and end.
     * Registered when Flight Recorder initializes, before its first recording starts (at once if it already runs):
     * registering them initializes it, which a JVM that never records should not pay for at start-up.
     */
    static void registerPeriodic(Gil gil, String dispatchMethods, String checkpointMethods, Supplier<String> releaseMethods, String agentVersion) {
        FlightRecorder.addListener(new FlightRecorderListener() {
            @Override
            public void recorderInitialized(FlightRecorder recorder) {
                // Registered now, not at their first commit, which is a hand-off: JFR instruments an event class
                // when it registers it, and that made the first hand-offs of a recording take 8-22 ms.
                for (Class<? extends Event> c : EVENTS) FlightRecorder.register(c);
                addPeriodic(gil, dispatchMethods, checkpointMethods, releaseMethods, agentVersion);
            }
        });
    }

    /**
     * Loads the event classes. The first of them to load sets up Flight Recorder's metadata, recording or
     * not, which took 50-100 ms of the program's first GIL acquisition until a start-up thread did it.
     */
    static void loadEventClasses() {
        for (Class<? extends Event> c : EVENTS) {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);   // a class named by a class literal is there
            }
        }
    }

    private static void addPeriodic(Gil gil, String dispatchMethods, String checkpointMethods, Supplier<String> releaseMethods, String agentVersion) {
        FlightRecorder.addPeriodicEvent(GilStatisticsEvent.class, GilRecording::statistics);
        FlightRecorder.addPeriodicEvent(GilConfigurationEvent.class, () -> {
            GilConfigurationEvent e = new GilConfigurationEvent();
            e.schemaVersion = SCHEMA_VERSION;
            e.mode = gil.mode();
            e.switchInterval = gil.intervalNanos();
            e.checkInterval = gil.checkInterval();
            e.lookInterval = gil.lookInterval();
            e.dispatchesCounted = gil.countsDispatches();
            e.dispatchMethods = dispatchMethods;
            e.checkpoints = checkpointMethods.isEmpty() ? "dispatch" : "backedge";
            e.checkpointMethods = checkpointMethods;
            e.releaseMethods = releaseMethods.get();
            e.agentVersion = agentVersion;
            e.commit();
            statistics();
        });
    }

    /** One event per interpreter's GIL. */
    private static void statistics() {
        for (Gil gil : Interpreters.all()) statistics(gil);
    }

    private static void statistics(Gil gil) {
        GilStatisticsEvent e = new GilStatisticsEvent();
        if (!e.isEnabled()) return;
        e.interpreter = gil.interpreter();
        e.dispatches = gil.dispatches();
        e.switches = gil.switches();
        e.forcedSwitches = gil.forcedSwitches();
        e.reacquisitions = gil.reacquisitions();
        e.waiters = gil.waiters();
        e.holder = gil.holderThread();
        e.commit();
    }

    /** Starts a recording with the given .jfc text that JFR itself dumps to {@code path} when the JVM exits. */
    static Recording start(String jfcText, Path path) throws IOException, ParseException {
        Configuration c;
        try (Reader r = new StringReader(jfcText)) {
            c = Configuration.create(r);
        }
        Recording recording = new Recording(c);
        recording.setName("gilscope");
        recording.setToDisk(true);
        recording.setDestination(path);
        recording.setDumpOnExit(true);
        recording.start();
        return recording;
    }
}
