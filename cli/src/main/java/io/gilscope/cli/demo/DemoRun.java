package io.gilscope.cli.demo;

import io.gilscope.cli.claims.Bench;
import io.gilscope.cli.claims.Claim;
import io.gilscope.cli.claims.Stats;
import io.gilscope.reports.analysis.Summary;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One JVM of the demo: a program repeated under the GIL or without it, and what became of it.
 *
 * @param label       "GIL" or "no GIL"
 * @param repetitions what each repetition printed, the warm-ups first
 * @param summary     the analysis of its recordings, or null when they could not be analysed
 * @param report      the HTML report, or null when the run could not be analysed
 * @param problem     why the run or its analysis failed, or null
 * @param othersCores cores other processes kept busy meanwhile (NaN when unknown)
 */
public record DemoRun(String label, double wallSeconds, List<String> repetitions, Summary summary, Path report,
                      String problem, double othersCores) {
    /**
     * Repetitions that warm the JIT up and are left out of the figures: after one, the threads of
     * cpu_threads.py without a GIL still ran 0.84 of sequential (code compiled meanwhile), after two
     * 0.53-0.55, as demo-app alone.
     */
    static final int WARM_UPS = 2;

    public boolean ok() {
        return problem == null;
    }

    public double metric(String name) {
        return summary == null ? Double.NaN : summary.metric(name);
    }

    /** What the warm repetitions printed. */
    List<String> measured() {
        return repetitions.subList(Math.min(WARM_UPS, repetitions.size()), repetitions.size());
    }

    /** The claim's figure over the warm repetitions, or why there is none. */
    Bench.Result result(Claim claim) {
        if (!ok()) return Bench.Result.note(problem);
        List<String> measured = measured();
        if (measured.isEmpty()) return Bench.Result.note("no repetition finished");
        double[] values = new double[measured.size()];
        for (int i = 0; i < values.length; i++) {
            OptionalDouble v = claim.figure().read().apply(measured.get(i));
            if (v.isEmpty()) return Bench.Result.note("repetition " + (i + 1 + WARM_UPS) + " printed no " + claim.figure().name());
            values[i] = v.getAsDouble();
        }
        return Bench.Result.of(Stats.of(values), othersCores);
    }
}
