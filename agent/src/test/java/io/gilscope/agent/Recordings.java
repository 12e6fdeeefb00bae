package io.gilscope.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/** Reads a recording's gilscope events back. */
final class Recordings {
    private Recordings() {}

    static List<RecordedEvent> events(Path file, String name) throws IOException {
        return RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals(name))
                .sorted(Comparator.comparing(RecordedEvent::getStartTime))
                .collect(Collectors.toList());
    }

    static String thread(RecordedEvent e) {
        return e.getThread() == null ? "?" : e.getThread().getJavaName();
    }

    /** The largest overlap between two GilHold events (ZERO if none overlap). */
    static Duration maxOverlap(List<RecordedEvent> holds) {
        Duration worst = Duration.ZERO;
        Instant end = Instant.MIN;
        for (RecordedEvent h : holds) {
            if (h.getStartTime().isBefore(end)) {
                Duration d = Duration.between(h.getStartTime(), end);
                if (d.compareTo(worst) > 0) worst = d;
            }
            if (h.getEndTime().isAfter(end)) end = h.getEndTime();
        }
        return worst;
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        return v.isEmpty() ? Double.NaN : v.get(v.size() / 2);
    }

    static double percentile(List<Double> values, double p) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        return v.isEmpty() ? Double.NaN : v.get(Math.min(v.size() - 1, (int) Math.ceil(p * v.size()) - 1));
    }

    static double ms(Duration d) { return d.toNanos() / 1e6; }
}
