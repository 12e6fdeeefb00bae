package io.gilscope.reports.cli;

import io.gilscope.reports.demo.Demo;
import io.gilscope.reports.demo.ProgramRunner;
import io.gilscope.reports.demo.SeedProgram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run the seed articles' programs with and without the GIL and report each run.",
        description = {"Runs each seed program on gilscope's Python interpreter twice, under the GIL agent (mode new) "
                + "and without a GIL (mode off), records both, writes an HTML report per run, a comparison per "
                + "program and an index.html, and prints a table of the results.",
                "The jars and programs are found next to this jar in a gilscope checkout unless given."},
        footer = {"", "Exit codes: 0 every run succeeded, 1 a run failed (reports are still written), 2 bad command line."})
final class DemoCommand implements Callable<Integer> {
    private static final int RUN_FAILED = 1;

    @Spec CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})")
    Path output = Path.of("target", "gilscope-demo");

    @Option(names = "--quick", description = "only the fast programs (under a minute)")
    boolean quick;

    @Option(names = "--demo-jar", paramLabel = "JAR", description = "the demo interpreter (default: demo-app/target/gilscope-demo.jar)")
    Path demoJar;

    @Option(names = "--agent-jar", paramLabel = "JAR", description = "the GIL agent (default: agent/target/gilscope-agent.jar)")
    Path agentJar;

    @Option(names = "--programs", paramLabel = "DIR", description = "the seed programs (default: demo-app/programs)")
    Path programs;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop a program that runs longer (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 180;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = checkoutHome();
        Path demo = orDefault(demoJar, home, "demo-app/target/gilscope-demo.jar");
        Path agent = orDefault(agentJar, home, "agent/target/gilscope-agent.jar");
        Path programsDir = orDefault(programs, home, "demo-app/programs");
        for (Path required : List.of(demo, agent)) {
            if (required == null || !Files.isRegularFile(required)) {
                err.println("gilscope demo: cannot find " + (required == null ? "the jars" : required)
                        + " (build with mvn -DskipTests package, or pass --demo-jar/--agent-jar)");
                return Gilscope.BAD_INPUT;
            }
        }
        if (programsDir == null || !Files.isDirectory(programsDir)) {
            err.println("gilscope demo: cannot find the seed programs directory (pass --programs DIR)");
            return Gilscope.BAD_INPUT;
        }
        String java = ProgramRunner.currentJava();
        Demo runner = new Demo(new ProgramRunner(java, demo, agent, timeoutSeconds), programsDir.toAbsolutePath(), output, out);
        List<SeedProgram> selected = SeedProgram.ALL.stream().filter(p -> !quick || p.quick()).toList();
        List<Demo.Pair> pairs = runner.run(selected);
        boolean allOk = pairs.stream().allMatch(p -> p.gil().ok() && p.noGil().ok());
        return allOk ? Gilscope.OK : RUN_FAILED;
    }

    private static Path orDefault(Path given, Path home, String relative) {
        if (given != null) return given;
        return home == null ? null : home.resolve(relative);
    }

    /** The checkout this jar was built in: the jar lives in reports/target/. */
    private static Path checkoutHome() {
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = jar.getParent();
            Path module = target == null ? null : target.getParent();
            return module == null ? null : module.getParent();
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
