package io.gilscope.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.gilscope.reports.testing.ChildJvm;
import io.gilscope.reports.testing.Samples;
import jdk.jfr.EventType;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading a field by position gives what reading it by name gives, for every field of every event of
 * recordings made on this JDK and on Temurin 25, including gilscope's own events. The build opens
 * jdk.jfr.consumer to the tests as the CLI jar's manifest does, so the positional path must be the one taken.
 */
class EventFieldsTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"this JDK", "Temurin 25"})
    void positionsGiveWhatNamesGiveOnJdkContentionEvents(String jdk) throws Exception {
        Path recording = dir.resolve("golden.jfr");
        ChildJvm.finish(ChildJvm.start(GoldenSitesTest.java(jdk), "Golden", List.of(), recording.toString()), "Golden");
        assertEveryFieldAgrees(recording);
    }

    @Test
    void positionsGiveWhatNamesGiveOnGilscopeEvents() throws Exception {
        assertEveryFieldAgrees(Samples.mixed(dir.resolve("mixed.jfr")));
    }

    private static void assertEveryFieldAgrees(Path recording) throws Exception {
        assertTrue(EventFields.positionalAvailable(), "the tests run with jdk.jfr.consumer opened, as the CLI does");
        Map<EventType, EventFields> types = new HashMap<>();
        int positional = 0;
        try (RecordingFile rf = new RecordingFile(recording)) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                EventFields fields = types.computeIfAbsent(e.getEventType(), EventFields::new);
                for (ValueDescriptor f : e.getFields()) {
                    assertEquals(e.getValue(f.getName()), fields.get(e, f.getName()), e.getEventType().getName() + "." + f.getName());
                }
                if (fields.readsByPosition()) positional++;
            }
        }
        assertTrue(positional > 0 && positional == countEvents(recording), positional + " events read by position");
    }

    private static long countEvents(Path recording) throws Exception {
        long n = 0;
        try (RecordingFile rf = new RecordingFile(recording)) {
            while (rf.hasMoreEvents()) { rf.readEvent(); n++; }
        }
        return n;
    }
}
