package io.gilscope.cli.demo;

import io.gilscope.cli.claims.Claim;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One program run of the demo and what became of it.
 *
 * @param label      "GIL" or "no GIL"
 * @param figures    the timings and results the program printed, as "label: value" lines
 * @param ratio      concurrent time over sequential time, when the program printed both
 * @param report     the HTML report, or null when the run could not be analysed
 * @param metrics    the run's headline metrics (empty when not analysed)
 * @param problem    why the run or its analysis failed, or null
 */
public record DemoRun(Claim program, String label, int exitCode, double wallSeconds, List<String> figures,
                      OptionalDouble ratio,
                      List<Path> recordings, Path report, Map<String, Double> metrics, String problem) {

    public boolean ok() {
        return problem == null;
    }

    public double metric(String name) {
        return metrics.getOrDefault(name, Double.NaN);
    }
}
