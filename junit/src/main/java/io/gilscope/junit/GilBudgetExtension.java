package io.gilscope.junit;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.EventNames;
import io.gilscope.reports.analysis.LockGroup;
import io.gilscope.reports.analysis.LockKind;
import io.gilscope.reports.analysis.Metrics;
import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.analysis.ThreadSummary;
import io.gilscope.reports.check.Checker;
import io.gilscope.reports.check.MetricResult;
import io.gilscope.reports.check.Rule;
import io.gilscope.reports.render.HtmlReport;
import io.gilscope.reports.render.VerdictText;
import jdk.jfr.Recording;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a {@link GilBudget} test inside an in-process JFR recording, analyses it with the same
 * {@link Analyzer} as {@code gilscope report}, and fails the test when a limit is exceeded.
 * A test that fails on its own is left alone (its failure is the one reported).
 */
public final class GilBudgetExtension implements InvocationInterceptor {
    /** System property: where failing tests' reports go (default {@code target/gilscope}). */
    public static final String REPORT_DIR_PROPERTY = "gilscope.reportDir";

    private static final List<String> GIL_EVENTS = List.of(EventNames.GIL_WAIT, EventNames.GIL_HOLD,
            EventNames.GIL_DROP_REQUEST, EventNames.BLOCKING_CALL, EventNames.GIL_STATISTICS, EventNames.GIL_CONFIGURATION);
    private static final List<String> JDK_EVENTS = List.of(EventNames.MONITOR_ENTER, EventNames.MONITOR_WAIT,
            EventNames.THREAD_PARK);

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) throws Throwable {
        budgeted(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        budgeted(invocation, context);
    }

    private void budgeted(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        Optional<GilBudget> found = budget(context);
        if (found.isEmpty()) {
            invocation.proceed();
            return;
        }
        GilBudget budget = found.get();
        Path jfr = recordingFile(budget, context);
        boolean keep = false;
        try {
            try (Recording r = recording(budget)) {
                r.start();
                try {
                    invocation.proceed();
                } finally {
                    r.stop();
                }
                r.dump(jfr);
            }
            String exceeded = exceeded(budget, jfr, context);
            if (exceeded != null) {
                keep = budget.reportOnFailure();
                throw new AssertionError(exceeded);
            }
        } finally {
            if (!keep) Files.deleteIfExists(jfr);
        }
    }

    private static Optional<GilBudget> budget(ExtensionContext context) {
        Optional<GilBudget> onMethod = context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, GilBudget.class));
        if (onMethod.isPresent()) return onMethod;
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Optional<GilBudget> onClass = c.get().getTestClass().flatMap(k -> AnnotationSupport.findAnnotation(k, GilBudget.class));
            if (onClass.isPresent()) return onClass;
        }
        return Optional.empty();
    }

    /** The gilscope events (if the agent is there to write them) and the JDK's contention events. */
    static Recording recording(GilBudget budget) {
        Recording r = new Recording();
        r.setName("gilscope @GilBudget");
        r.setToDisk(true);
        for (String e : GIL_EVENTS) r.enable(e).withThreshold(Duration.ZERO);
        Duration threshold = Duration.ofMillis(Math.max(0, budget.thresholdMillis()));
        for (String e : JDK_EVENTS) r.enable(e).withThreshold(threshold).withStackTrace();
        r.enable(EventNames.JVM_INFORMATION);
        return r;
    }

    /** The budget's limits as {@code check} rules: absolute maxima, no baseline. */
    static List<Rule> rules(GilBudget b) {
        List<Rule> rules = new ArrayList<>();
        limit(rules, Metrics.GIL_WAIT_SHARE, b.maxWaitShare());
        limit(rules, Metrics.GIL_WAIT_P99, b.maxWaitP99Millis());
        limit(rules, Metrics.lock(LockKind.MONITOR_ENTER, "totalMillis"), b.maxMonitorBlockedMillis());
        limit(rules, Metrics.LOCKS_BLOCKED_MILLIS, b.maxLockBlockedMillis());
        limit(rules, Metrics.GIL_SWITCHES_PER_SECOND, b.maxSwitchesPerSecond());
        for (String entry : b.maxWaitShareIn()) {
            int eq = entry.lastIndexOf('=');
            double max = eq < 0 ? Double.NaN : parse(entry.substring(eq + 1).trim());
            String function = eq < 0 ? "" : entry.substring(0, eq).trim();
            if (function.isEmpty() || !(max >= 0)) {
                throw new IllegalArgumentException("@GilBudget maxWaitShareIn entry '" + entry + "': expected \"name (file) = share\", e.g. \"fetch (crawler.py) = 0.2\"");
            }
            limit(rules, Metrics.waitShareIn(function), max);
        }
        return rules;
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static void limit(List<Rule> rules, String metric, double max) {
        if (max >= 0) rules.add(Rule.empty(metric).withMax(max));
    }

    /**
     * Where the test's recording goes: beside the report it may get (kept only then, so the report's file
     * is the one a reader opens), or a temporary file.
     */
    private static Path recordingFile(GilBudget budget, ExtensionContext context) throws IOException {
        if (!budget.reportOnFailure()) return Files.createTempFile("gilscope-test", ".jfr");
        Path dir = Files.createDirectories(Path.of(System.getProperty(REPORT_DIR_PROPERTY, "target/gilscope")));
        return dir.resolve(fileName(context) + ".jfr");
    }

    /** The failure message when a limit is exceeded (after writing the report), or null within budget. */
    private static String exceeded(GilBudget budget, Path jfr, ExtensionContext context) throws IOException, RecordingException {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Summary s = Analyzer.analyze(List.of(jfr), name);
        List<MetricResult> failures = new ArrayList<>();
        List<Rule> rules = rules(budget);
        Map<String, Double> metrics = Metrics.withUnlistedFunctions(s.metrics(), rules.stream().map(Rule::metric).toList());
        for (Rule rule : rules) {
            MetricResult r = Checker.evaluate(rule, Double.NaN, metrics.getOrDefault(rule.metric(), Double.NaN));
            if (r.failed()) failures.add(r);
        }
        if (failures.isEmpty()) return null;
        // Without the agent there is no GIL: what failed is a budget for the JDK's locks.
        boolean gil = failures.stream().anyMatch(f -> f.metric().startsWith("gil.") || Metrics.perFunction(f.metric()));
        StringBuilder msg = new StringBuilder((gil ? "GIL" : "Lock") + " budget exceeded in " + context.getDisplayName() + " (" + name + "):");
        for (MetricResult f : failures) {
            String unit = f.metric().endsWith("Millis") ? " ms" : "";
            msg.append("\n  ").append(f.metric()).append(" = ").append(VerdictText.number(f.current())).append(unit)
                    .append(" > ").append(attribute(f.metric())).append(" = ").append(VerdictText.number(f.limit())).append(unit);
            if (f.metric().startsWith("locks.")) hottest(s, f.metric()).ifPresent(g -> msg.append("\n    hottest site: ")
                    .append(g.key()).append(String.format(Locale.ROOT, " (%d event%s, %s ms)", g.stats().count(),
                            g.stats().count() == 1 ? "" : "s", VerdictText.number(g.stats().totalNanos() / 1e6))));
            if (Metrics.perFunction(f.metric()) && !s.combined().where().blame().isEmpty()) {
                msg.append("\n    waited most: ").append(s.combined().where().blame().get(0).name());
            }
            if (f.metric().startsWith("gil.")) mostWaiting(s).ifPresent(t -> msg.append("\n    most waiting: ")
                    .append(t.name()).append(String.format(Locale.ROOT, " (%.0f%% of its time, %d waits, p99 %s ms)",
                            100 * t.waitShare(), t.waits().count(), VerdictText.number(t.waits().p99Nanos() / 1e6))));
        }
        if (budget.reportOnFailure()) {
            Path html = jfr.resolveSibling(fileName(context) + ".html");
            Files.writeString(html, HtmlReport.render(s), StandardCharsets.UTF_8);
            msg.append("\n  report: ").append(html).append(" (recording: ").append(jfr).append(')');
        }
        return msg.toString();
    }

    /** The site that blocked longest for a lock metric. */
    private static Optional<LockGroup> hottest(Summary s, String metric) {
        boolean monitorOnly = metric.equals(Metrics.lock(LockKind.MONITOR_ENTER, "totalMillis"));
        return s.combined().locks().bySite().stream()
                .filter(g -> monitorOnly ? g.kind() == LockKind.MONITOR_ENTER : g.contention())
                .max(Comparator.comparingLong(g -> g.stats().totalNanos()));
    }

    /** The interpreter thread that waited longest for the GIL. */
    private static Optional<ThreadSummary> mostWaiting(Summary s) {
        return s.combined().threads().stream().max(java.util.Comparator.comparingLong(ThreadSummary::waitNanos));
    }

    private static String attribute(String metric) {
        if (Metrics.perFunction(metric)) return "maxWaitShareIn" + metric.substring(metric.indexOf('['));
        if (metric.equals(Metrics.GIL_WAIT_SHARE)) return "maxWaitShare";
        if (metric.equals(Metrics.GIL_WAIT_P99)) return "maxWaitP99Millis";
        if (metric.equals(Metrics.LOCKS_BLOCKED_MILLIS)) return "maxLockBlockedMillis";
        if (metric.equals(Metrics.GIL_SWITCHES_PER_SECOND)) return "maxSwitchesPerSecond";
        return "maxMonitorBlockedMillis";
    }

    /** {@code Class.method} plus the invocation's index for repeated and parameterized tests, safe as a file name. */
    private static String fileName(ExtensionContext context) {
        String id = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        String unique = context.getUniqueId();
        int invocation = unique.lastIndexOf("-invocation:#");
        if (invocation >= 0) id += "-" + unique.substring(invocation + "-invocation:#".length()).replaceAll("\\D.*", "");
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
