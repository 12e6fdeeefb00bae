package io.gilscope.cli;

import io.gilscope.cli.claims.Claims;
import io.gilscope.cli.demo.Demo;
import io.gilscope.cli.launch.DemoApp;
import io.gilscope.cli.launch.Home;
import io.gilscope.cli.launch.ProgramRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run the seed articles' programs with and without the GIL and report each run.",
        description = "Runs each seed program on gilscope's Python interpreter in one JVM under the GIL agent (mode new) "
                + "and in one without a GIL (mode off), two warm-up runs and then --runs more in each, records both, judges "
                + "each claim on the warm runs' median and range (holds, does not hold, or inconclusive, with the reason), "
                + "and writes an HTML report per JVM, a comparison per program and an index.html with a picture per claim.",
        footer = {"", "Exit codes: 0 every run succeeded (whatever the verdicts), 1 a run failed (reports are still written), 2 bad command line or missing jars."})
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "output directory (default: target/gilscope-demo)")
    Path output;

    @Option(names = "--quick", description = "only the fast programs (about 2 minutes on 2 cores)")
    boolean quick;

    @Option(names = "--runs", paramLabel = "N", description = "warm runs per program and variant (default: ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop a program whose runs take longer (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 300;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be at least 1, not " + runs);
        Home home = Home.locate();
        ProgramRunner runner = new ProgramRunner(DemoApp.of(home), timeoutSeconds);
        Path dir = output != null ? output : home.target().resolve("gilscope-demo");
        List<Demo.Shown> shown = new Demo(runner, dir, runs, spec.commandLine().getOut()).run(Claims.demo(home, quick));
        boolean allOk = shown.stream().allMatch(s -> s.gil().ok() && s.noGil().ok());
        return allOk ? ExitCode.OK : ExitCode.FAILED;
    }
}
