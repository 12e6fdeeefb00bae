package io.gilscope.cli.claims;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a seed program prints: its "label: 1.23s" timing lines, or, for a program that prints
 * a bare result (the counter race), a number on its last line.
 */
public final class Figures {
    private static final Pattern TIMING = Pattern.compile("^\\s*([^:]{1,60}?)\\s*:\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*s\\s*$");
    private static final int MAX_FIGURES = 4;

    private Figures() { }

    /** The "label: 1.23s" timing lines a program printed, in order (the first few), as label → seconds. */
    public static Map<String, Double> timings(String stdout) {
        Map<String, Double> timings = new LinkedHashMap<>();
        for (String line : stdout.split("\\R")) {
            Matcher m = TIMING.matcher(line);
            if (m.matches() && timings.size() < MAX_FIGURES) timings.putIfAbsent(m.group(1), Double.parseDouble(m.group(2).replace(",", "")));
        }
        return timings;
    }

    /**
     * The articles' measure: the time of the concurrent version (threads, processes) over the
     * sequential one, when the program printed a line of each. Below 1 means the concurrency paid.
     */
    public static OptionalDouble concurrentOverSequential(String stdout) {
        double sequential = Double.NaN;
        double concurrent = Double.NaN;
        for (String line : stdout.split("\\R")) {
            Matcher m = TIMING.matcher(line);
            if (!m.matches()) continue;
            double seconds = Double.parseDouble(m.group(2).replace(",", ""));
            if (m.group(1).toLowerCase(Locale.ROOT).contains("sequential")) {
                if (Double.isNaN(sequential)) sequential = seconds;
            } else if (Double.isNaN(concurrent)) {
                concurrent = seconds;
            }
        }
        return Double.isNaN(sequential) || Double.isNaN(concurrent) || sequential <= 0
                ? OptionalDouble.empty() : OptionalDouble.of(concurrent / sequential);
    }

    /** The seconds on the first line that starts with {@code label}. */
    static OptionalDouble seconds(String stdout, String label) {
        return number(stdout, Pattern.quote(label) + "[^:]*:\\s*([0-9.]+)\\s*s");
    }

    /** The first group of the first match of {@code regex}. */
    static OptionalDouble number(String stdout, String regex) {
        Matcher m = Pattern.compile(regex).matcher(stdout);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1).replace(",", ""))) : OptionalDouble.empty();
    }

    /** A bare number on the last line (the counter race prints its total). */
    public static OptionalDouble lastNumber(String stdout) {
        String[] lines = stdout.strip().split("\\R");
        String last = lines[lines.length - 1].strip().replace(",", "");
        return last.matches("[0-9]+") ? OptionalDouble.of(Double.parseDouble(last)) : OptionalDouble.empty();
    }
}
