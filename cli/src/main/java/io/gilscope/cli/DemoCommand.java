package io.gilscope.cli;

import io.gilscope.cli.claims.Claims;
import io.gilscope.cli.demo.Demo;
import io.gilscope.cli.launch.DemoApp;
import io.gilscope.cli.launch.Home;
import io.gilscope.cli.launch.ProgramRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run the seed articles' programs with and without the GIL and report each run.",
        description = "Runs each seed program on gilscope's Python interpreter twice, under the GIL agent (mode new) "
                + "and without a GIL (mode off), records both, writes an HTML report per run, a comparison per "
                + "program and an index.html, and prints a table of the results.",
        footer = {"", "Exit codes: 0 every run succeeded, 1 a run failed (reports are still written), 2 bad command line or missing jars."})
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "output directory (default: target/gilscope-demo)")
    Path output;

    @Option(names = "--quick", description = "only the fast programs (under a minute)")
    boolean quick;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop a program that runs longer (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 180;

    @Override
    public Integer call() throws Exception {
        Home home = Home.locate();
        ProgramRunner runner = new ProgramRunner(DemoApp.of(home), timeoutSeconds);
        Path dir = output != null ? output : home.target().resolve("gilscope-demo");
        List<Demo.Pair> pairs = new Demo(runner, dir, spec.commandLine().getOut()).run(Claims.demo(home, quick));
        boolean allOk = pairs.stream().allMatch(p -> p.gil().ok() && p.noGil().ok());
        return allOk ? ExitCode.OK : ExitCode.FAILED;
    }
}
