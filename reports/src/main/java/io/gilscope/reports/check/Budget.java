package io.gilscope.reports.check;

import io.gilscope.reports.analysis.LockKind;
import io.gilscope.reports.analysis.Metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules {@code check} applies, one per metric, and how many runs it needs. Built-in defaults
 * ({@link #defaults()}) cover the metrics that mean "more contention" and that stay steady between runs
 * on a busy CI machine (shares and medians, not p99 or maxima, which follow the OS scheduler); a budget
 * file overrides them and adds others.
 *
 * <p>Budget file ({@code budget.properties}): one {@code key = value} per line, {@code #} comments.
 * <pre>
 * runs = 3                            # at least 3 current runs (combined by median); default 1
 * defaults = none                     # start from no rules instead of the built-in ones
 * gil.waitShare.tolerance = 10%       # relative change allowed (0.10 and 10% are the same)
 * gil.waitShare.slack = 0.01          # absolute change always allowed, in the metric's unit
 * gil.waitShare.max = 0.5             # absolute limit, whatever the baseline
 * gil.dispatchesPerSecond.direction = higher   # lower | higher | none (none: limits only / off)
 * gil.dispatchesPerSecond.min = 1e6
 * </pre>
 * A metric named in the file must be one of {@link Metrics#names()} or in the baseline's summary, else
 * the budget is rejected.
 */
public final class Budget {
    /** Built-in rules: metric, direction, relative tolerance, absolute slack. */
    private static final List<Rule> DEFAULTS = List.of(
            Rule.lower(Metrics.GIL_WAIT_SHARE, 0.25, 0.02),
            Rule.lower(Metrics.GIL_WAIT_P50, 1.0, 0.5),
            Rule.lower(Metrics.GIL_SWITCHES_PER_SECOND, 1.0, 20),
            Rule.lower(Metrics.GIL_FORCED_SWITCHES_PER_SECOND, 1.0, 20),
            Rule.lower(Metrics.GIL_CONVOY_RATIO, 1.0, 0.2),
            Rule.lower(Metrics.lock(LockKind.MONITOR_ENTER, "totalMillis"), 1.0, 10),
            // Monitors plus parks on lock classes only (ReentrantLock, a Python threading.Lock in
            // demo-app): not the parks of threads waiting for work, which are not contention.
            Rule.lower(Metrics.LOCKS_BLOCKED_MILLIS, 1.0, 10));

    private static final List<String> PROPERTIES = List.of("direction", "tolerance", "slack", "min", "max");

    private final Map<String, Rule> rules;
    /** Metrics the file named, with the line (for "unknown metric" messages). */
    private final Map<String, String> named;
    private final int runs;

    private Budget(Map<String, Rule> rules, Map<String, String> named, int runs) {
        this.rules = rules;
        this.named = named;
        this.runs = runs;
    }

    public static Budget defaults() {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : DEFAULTS) m.put(r.metric(), r);
        return new Budget(m, Map.of(), 1);
    }

    public static Budget read(Path file) throws CheckException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new CheckException(file + ": no such budget file");
        } catch (IOException e) {
            throw new CheckException(file + ": cannot read budget (" + e.getMessage() + ")");
        }
    }

    /** Parses a budget file's text; {@code source} names it in messages. */
    public static Budget parse(String text, String source) throws CheckException {
        record Setting(String where, String metric, String property, String value) {}
        List<Setting> settings = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        int runs = 1;
        boolean defaults = true;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String where = source + ":" + (n + 1);
            String line = stripComment(lines[n]).strip();
            if (line.isEmpty()) continue;
            int eq = line.indexOf('=');
            if (eq < 0) eq = line.indexOf(':');
            if (eq <= 0) throw new CheckException(where + ": expected 'key = value', got '" + line + "'");
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            String first = seen.putIfAbsent(key, where);
            if (first != null) throw new CheckException(where + ": '" + key + "' is set twice (first at " + first + ")");
            if (key.equals("runs")) {
                double r = number(value, where, key);
                if (r < 1 || r != Math.rint(r)) throw new CheckException(where + ": runs must be a whole number of at least 1, got '" + value + "'");
                runs = (int) r;
            } else if (key.equals("defaults")) {
                if (!value.equals("builtin") && !value.equals("none")) {
                    throw new CheckException(where + ": defaults must be 'builtin' or 'none', got '" + value + "'");
                }
                defaults = value.equals("builtin");
            } else {
                int dot = key.lastIndexOf('.');
                String property = dot < 0 ? "" : key.substring(dot + 1);
                if (dot <= 0 || !PROPERTIES.contains(property)) {
                    throw new CheckException(where + ": unknown key '" + key + "' (expected runs, defaults or METRIC."
                            + String.join("|", PROPERTIES) + ")");
                }
                settings.add(new Setting(where, key.substring(0, dot), property, value));
            }
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        if (defaults) {
            for (Rule d : DEFAULTS) rules.put(d.metric(), d);
        }
        Map<String, String> named = new LinkedHashMap<>();
        Map<String, String> relative = new LinkedHashMap<>();
        for (Setting s : settings) {
            named.putIfAbsent(s.metric(), s.where());
            if (s.property().equals("tolerance") || s.property().equals("slack")) relative.putIfAbsent(s.metric(), s.where());
            Rule r = rules.getOrDefault(s.metric(), Rule.empty(s.metric()));
            switch (s.property()) {
                case "direction": {
                    Direction d = Direction.parse(s.value());
                    if (d == null) {
                        throw new CheckException(s.where() + ": direction must be lower, higher or none, got '" + s.value() + "'");
                    }
                    r = r.withDirection(d);
                    break;
                }
                case "tolerance": r = r.withTolerance(fraction(s.value(), s.where(), s.property())); break;
                case "slack": r = r.withSlack(nonNegative(s.value(), s.where(), s.property())); break;
                case "min": r = r.withMin(number(s.value(), s.where(), s.property())); break;
                default: r = r.withMax(number(s.value(), s.where(), s.property())); break;
            }
            rules.put(s.metric(), r);
        }
        for (Rule r : rules.values()) {
            if (r.min() > r.max()) {
                throw new CheckException(seen.get(r.metric() + ".min") + ": " + r.metric() + ".min (" + r.min() + ") is above its max ("
                        + r.max() + "): no value could pass");
            }
        }
        for (Map.Entry<String, String> e : relative.entrySet()) {
            if (rules.get(e.getKey()).direction() == Direction.NONE) {
                throw new CheckException(e.getValue() + ": " + e.getKey() + " has a tolerance but no direction (add "
                        + e.getKey() + ".direction = lower or higher)");
            }
        }
        return new Budget(rules, named, runs);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static double number(String value, String where, String key) throws CheckException {
        try {
            double d = Double.parseDouble(value);
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new CheckException(where + ": " + key + " must be a number, got '" + value + "'");
        }
    }

    /** {@code 0.25} or {@code 25%}. */
    private static double fraction(String value, String where, String key) throws CheckException {
        boolean percent = value.endsWith("%");
        double d = nonNegative(percent ? value.substring(0, value.length() - 1).strip() : value, where, key);
        return percent ? d / 100 : d;
    }

    private static double nonNegative(String value, String where, String key) throws CheckException {
        double d = number(value, where, key);
        if (d < 0) throw new CheckException(where + ": " + key + " must not be negative, got '" + value + "'");
        return d;
    }

    /** Rules in order: built-in ones first, then the file's. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /** Metric names the budget file mentions, each with its {@code file:line}. */
    public Map<String, String> named() {
        return named;
    }

    /** Current runs required. */
    public int runs() {
        return runs;
    }

    /** Throws if the budget names a metric not in {@code known}. */
    public void validate(Set<String> known) throws CheckException {
        for (Map.Entry<String, String> e : named.entrySet()) {
            if (known.contains(e.getKey())) continue;
            String hint = known.stream().filter(k -> k.equalsIgnoreCase(e.getKey())).findFirst()
                    .map(k -> " (did you mean " + k + "?)").orElse(" (see the summary's metrics object for the names)");
            throw new CheckException(e.getValue() + ": unknown metric '" + e.getKey() + "'" + hint);
        }
    }
}
