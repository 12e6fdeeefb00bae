package io.gilscope.agent;

import static io.gilscope.agent.ChildJvm.TINY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Performance evidence for the agent on the tiny interpreter (run by agent/bench/perf.sh after packaging):
 * uncontended dispatch overhead with vs without the agent (and with a recording), interleaved runs, medians;
 * hand-off latency (drop request -> the waiter running) against the switch interval; threaded/sequential.
 */
public final class Perf {
    private Perf() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String n = "50000000";
        Path dir = Files.createTempDirectory("gilscope-perf");
        List<Double> base = new ArrayList<>(), agent = new ArrayList<>(), recorded = new ArrayList<>(), off = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            base.add(ms(ChildJvm.run(null, "countdown", n, "5").num("cpuMedian")));
            agent.add(ms(ChildJvm.run(TINY, "countdown", n, "5").num("cpuMedian")));
            recorded.add(ms(ChildJvm.run(TINY + ",jfr=" + dir.resolve("c" + i + ".jfr"), "countdown", n, "5").num("cpuMedian")));
            off.add(ms(ChildJvm.run(TINY + ",mode=off", "countdown", n, "5").num("cpuMedian")));
        }
        double b = Recordings.median(base), a = Recordings.median(agent), r = Recordings.median(recorded), o = Recordings.median(off);
        System.out.printf("countdown(%s), 350M dispatches, thread CPU time, median of %d JVMs x 5 reps:%n", n, runs);
        System.out.printf("  no agent            %7.1f ms  %s%n", b, base);
        System.out.printf("  agent, mode new     %7.1f ms  ratio %.3f  %s%n", a, a / b, agent);
        System.out.printf("  agent + recording   %7.1f ms  ratio %.3f (vs agent %.3f)  %s%n", r, r / b, r / a, recorded);
        System.out.printf("  agent, mode off     %7.1f ms  ratio %.3f  %s%n", o, o / b, off);

        for (String interval : List.of("5ms", "1ms")) {
            Path jfr = dir.resolve("contend-" + interval + ".jfr");
            ChildJvm.run(TINY + ",interval=" + interval + ",jfr=" + jfr, "contend", "2", "5");
            List<Double> waits = Recordings.events(jfr, "gilscope.GilWait").stream()
                    .filter(e -> e.getString("reason").equals("afterDrop")).map(e -> Recordings.ms(e.getDuration())).collect(Collectors.toList());
            List<Double> latency = AgentIT.handOffLatencies(jfr);
            System.out.printf("interval %s, 2 CPU-bound threads, 5 s: %d hand-offs; wait median %.3f ms p99 %.3f ms; "
                            + "drop request -> waiter running median %.3f ms p99 %.3f ms%n",
                    interval, latency.size(), Recordings.median(waits), Recordings.percentile(waits, 0.99),
                    Recordings.median(latency), Recordings.percentile(latency, 0.99));
        }
        for (String mode : List.of("new", "off")) {
            ChildJvm t = ChildJvm.run(TINY + ",mode=" + mode, "threads", "2", "30000000");
            System.out.printf("2 threads vs sequential, mode %s: ratio %.2f%n", mode, (double) t.num("threaded") / t.num("sequential"));
        }
        ChildJvm t = ChildJvm.run(null, "threads", "2", "30000000");
        System.out.printf("2 threads vs sequential, no agent: ratio %.2f%n", (double) t.num("threaded") / t.num("sequential"));
    }

    private static double ms(long nanos) { return Math.round(nanos / 1e5) / 10.0; }
}
