package io.gilscope.bench.micro;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * JMH: the cost of one interpreter loop turn without the agent, under it in each mode (nobody
 * contends, so this is the fast path: an increment and a compare per dispatch), and with the
 * recording on. Each configuration runs in its own forked JVMs.
 *
 * <p>{@code gilscope bench --micro} starts this jar as
 * {@code java -jar gilscope-benchmarks.jar AGENT_JAR OUTPUT_DIR [--quick]}; it writes OUTPUT_DIR/micro.md.
 */
public final class MicroBenchmarks {
    private MicroBenchmarks() { }

    public static void main(String[] args) throws RunnerException, IOException {
        if (args.length < 2 || args.length > 3 || args.length == 3 && !args[2].equals("--quick")) {
            System.err.println("usage: java -jar gilscope-benchmarks.jar AGENT_JAR OUTPUT_DIR [--quick] (gilscope bench --micro runs this)");
            System.exit(2);
        }
        Path output = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(output);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        String table = run(Path.of(args[0]).toAbsolutePath(), output, args.length == 3, out);
        Files.writeString(output.resolve("micro.md"), table, StandardCharsets.UTF_8);
        out.println();
        out.print(table);
        out.println("gilscope bench: wrote " + output.resolve("micro.md"));
    }

    /** Returns the Markdown table of ns per loop turn and the ratio to no agent. */
    public static String run(Path agentJar, Path recordingDir, boolean quick, PrintWriter out) throws RunnerException {
        Map<String, String> configurations = new LinkedHashMap<>();
        configurations.put("no agent", null);
        for (String mode : List.of("new", "legacy", "fair", "off")) configurations.put("agent, mode " + mode, "mode=" + mode);
        configurations.put("agent, mode new, count=false", "mode=new,count=false");
        configurations.put("agent, mode new, recording", "mode=new,jfr=" + recordingDir.resolve("micro-%p.jfr"));

        Map<String, double[]> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : configurations.entrySet()) {
            out.println("gilscope bench: JMH " + c.getKey() + " ...");
            out.flush();
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(DispatchBenchmark.class.getName())
                    .forks(quick ? 1 : 3)
                    .warmupIterations(quick ? 2 : 5).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(1))
                    .shouldFailOnError(true);
            if (c.getValue() != null) options.jvmArgsAppend("-javaagent:" + agentJar + "=" + c.getValue());
            RunResult result = new Runner(options.build()).runSingle();
            results.put(c.getKey(), new double[] {result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()});
        }
        double base = results.get("no agent")[0];
        StringBuilder md = new StringBuilder("| configuration | ns per loop turn (± 99.9% CI) | vs no agent |\n|---|---|---|\n");
        for (Map.Entry<String, double[]> r : results.entrySet()) {
            md.append(String.format(Locale.ROOT, "| %s | %.3f ± %.3f | %.3f |%n", r.getKey(), r.getValue()[0], r.getValue()[1], r.getValue()[0] / base));
        }
        return md.toString();
    }
}
