package io.gilscope.reports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time per place in the interpreter's code (the innermost frame of a stack the agent's location hook
 * gave), bounded: past {@link #MAX} places the rest go to "(other)".
 */
final class CodeSites {
    static final int MAX = 2_000;
    static final String OTHER = "(other)";

    private final Map<String, Durations> byPlace = new HashMap<>();

    void add(String place, long nanos) {
        if (place == null) return;
        Durations d = byPlace.get(place);
        if (d == null) {
            if (byPlace.size() >= MAX) place = OTHER;
            d = byPlace.computeIfAbsent(place, k -> new Durations());
        }
        d.add(Math.max(0, nanos));
    }

    void absorb(CodeSites other) {
        other.byPlace.forEach((place, d) -> byPlace.computeIfAbsent(place, k -> new Durations()).addAll(d));
    }

    /** The places with the most time, most first (ties by name, so reports are stable). */
    List<NamedStats> top(int n) {
        List<NamedStats> all = new ArrayList<>();
        byPlace.forEach((place, d) -> all.add(new NamedStats(place, d.stats())));
        all.sort(Comparator.comparingLong((NamedStats s) -> s.stats().totalNanos()).reversed().thenComparing(NamedStats::name));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    /**
     * A frame's function, "name (file)" with the file's base name and no line: the id a budget names, which
     * stays the same when lines move and wherever the program was run from.
     */
    static String function(String frame) {
        if (frame == null) return null;
        int open = frame.lastIndexOf(" ("), colon = frame.lastIndexOf(':');
        if (open < 0 || !frame.endsWith(")")) return frame;
        String file = frame.substring(open + 2, colon > open ? colon : frame.length() - 1);
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return frame.substring(0, open) + " (" + file.substring(slash + 1) + ")";
    }
}
