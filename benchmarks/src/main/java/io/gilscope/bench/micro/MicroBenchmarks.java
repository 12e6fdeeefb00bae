package io.gilscope.bench.micro;

import java.io.PrintWriter;
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
 */
public final class MicroBenchmarks {
    private MicroBenchmarks() { }

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
