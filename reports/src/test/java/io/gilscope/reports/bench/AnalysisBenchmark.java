package io.gilscope.reports.bench;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.testing.GilEvents;
import io.gilscope.reports.testing.Recordings;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JMH-free benchmark of the analysis (see scripts/benchmark.sh).
 * <pre>
 *   generate FILE EVENTS   write a recording with about EVENTS gilscope events (4 threads)
 *   analyze FILE [RUNS]    analyse it RUNS times; print events/s and peak heap
 * </pre>
 */
public final class AnalysisBenchmark {
    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Long.parseLong(args[2]));
        } else if (args.length >= 2 && args[0].equals("analyze")) {
            analyze(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3);
        } else {
            System.err.println("usage: AnalysisBenchmark generate FILE EVENTS | analyze FILE [RUNS]");
            System.exit(2);
        }
    }

    static void generate(Path file, long events) throws Exception {
        int threads = 4;
        long perThread = events / threads / 2;
        Recordings.record(file, () -> {
            GilEvents.configuration("new", 5_000_000);
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                ts.add(new Thread(() -> {
                    for (long i = 0; i < perThread; i++) {
                        GilEvents.Wait w = new GilEvents.Wait();
                        w.begin();
                        w.reason = i % 10 == 0 ? "afterBlocking" : "afterDrop";
                        w.commit();
                        GilEvents.Hold h = new GilEvents.Hold();
                        h.begin();
                        h.dispatches = 1000;
                        h.releaseReason = i % 10 == 9 ? "blocking" : "dropRequest";
                        h.blockingMethod = i % 10 == 9 ? "socket#recv" : null;
                        h.commit();
                    }
                }, "worker-" + t));
            }
            for (Thread t : ts) t.start();
            for (Thread t : ts) t.join();
        });
        System.out.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", file, Files.size(file));
    }

    static void analyze(Path file, int runs) throws Exception {
        List<Double> rates = new ArrayList<>();
        long events = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            Summary s = Analyzer.analyze(List.of(file), null);
            long t1 = System.nanoTime();
            events = s.combined().recordings().get(0).events();
            double secs = (t1 - t0) / 1e9;
            rates.add(events / secs);
            System.out.printf(Locale.ROOT, "run %d: %,d events in %.3f s = %,.0f events/s%n", r + 1, events, secs, events / secs);
        }
        rates.sort(null);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        // Each pool's own peak, summed: an upper bound on the heap in use at any one time.
        System.out.printf(Locale.ROOT, "median %,.0f events/s over %d runs; heap pools' peaks sum to %.1f MiB (max heap %.0f MiB)%n",
                rates.get(rates.size() / 2), runs, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
