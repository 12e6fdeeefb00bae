package io.gilscope.bench;

import io.gilscope.bench.micro.MicroBenchmarks;
import io.gilscope.reports.cli.Gilscope;
import io.gilscope.reports.demo.ProgramRunner;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code gilscope bench}: the seed articles' claims on CPython and on gilscope in every mode, in one table. */
@Command(name = "gilscope bench", mixinStandardHelpOptions = true,
        header = "Measure the seed articles' claims on CPython and on gilscope, side by side.",
        description = {"Runs each claim's program on CPython (python3, skipped with a note when absent), on the demo "
                + "interpreter alone and under the GIL agent in modes new, legacy, fair and off, several times each, "
                + "interleaved, and writes one table of medians (min–max) and verdicts to BENCH_DIR/claims.md and claims.json."},
        footer = {"", "Exit codes: 0 done (whatever the verdicts), 2 bad command line or missing jars."})
public final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--quick", description = "one run per target and no CPU-bound interval sweep")
    boolean quick;

    @Option(names = "--micro", description = "instead of the claims, run the JMH micro-benchmarks (cost of a dispatch per mode) into micro.md")
    boolean micro;

    @Option(names = "--runs", paramLabel = "N", description = "runs per target (default: 3, or 1 with --quick)")
    Integer runs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "where claims.md and claims.json go (default: ${DEFAULT-VALUE})")
    Path output = Path.of("target", "bench");

    @Option(names = "--python", paramLabel = "EXE", description = "CPython to compare with (default: ${DEFAULT-VALUE})")
    String python = "python3";

    @Option(names = "--home", paramLabel = "DIR", description = "the gilscope checkout with built jars (default: ${DEFAULT-VALUE})")
    Path home = Path.of(".");

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop a run that takes longer (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 300;

    public static void main(String[] args) {
        System.exit(Gilscope.withOneLineErrors(new CommandLine(new BenchCommand())).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException, RunnerException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path demoJar = home.resolve("demo-app/target/gilscope-demo.jar");
        Path agentJar = home.resolve("agent/target/gilscope-agent.jar");
        for (Path jar : List.of(demoJar, agentJar)) {
            if (!Files.isRegularFile(jar)) {
                err.println("gilscope bench: " + jar + " not found (build first: mvn -DskipTests package)");
                return 2;
            }
        }
        Files.createDirectories(output);
        if (micro) {
            String table = MicroBenchmarks.run(agentJar.toAbsolutePath(), output.toAbsolutePath(), quick, out);
            Files.writeString(output.resolve("micro.md"), table, StandardCharsets.UTF_8);
            out.println();
            out.print(table);
            out.println("gilscope bench: wrote " + output.resolve("micro.md"));
            return 0;
        }
        int n = runs != null ? runs : quick ? 1 : 3;
        String cpython = pythonVersion();
        if (cpython == null) out.println("gilscope bench: " + python + " not found: CPython columns are skipped");
        ProgramRunner runner = new ProgramRunner(ProgramRunner.currentJava(), demoJar, agentJar, timeoutSeconds);
        List<Claims.Row> rows;
        try (LocalHttpbin httpbin = LocalHttpbin.start(ProgramRunner.currentJava(), demoJar)) {
            if (httpbin == null) out.println("gilscope bench: the local HTTP server did not start: I/O claims are skipped");
            Map<String, String> environment = httpbin == null ? Map.of() : Map.of(LocalHttpbin.ENV, httpbin.url);
            Bench bench = new Bench(runner, cpython == null ? null : python, n, environment, out);
            rows = new Claims(bench, home.resolve("demo-app/programs").toAbsolutePath(),
                    home.resolve("benchmarks/programs").toAbsolutePath(), quick, httpbin != null, output.resolve("recordings")).measure();
        }

        String machine = machine(cpython);
        String date = LocalDate.now().toString();
        String md = ClaimsReport.markdown(rows, machine, date, n);
        Files.writeString(output.resolve("claims.md"), md, StandardCharsets.UTF_8);
        Files.writeString(output.resolve("claims.json"), ClaimsReport.json(rows, machine, date, n), StandardCharsets.UTF_8);
        out.println();
        out.print(md);
        out.println();
        out.println("gilscope bench: wrote " + output.resolve("claims.md") + " and claims.json");
        return 0;
    }

    /** "Python 3.11.7", or null when CPython is not installed. */
    private String pythonVersion() throws InterruptedException {
        try {
            Process p = new ProcessBuilder(python, "--version").redirectErrorStream(true).start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? version : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String machine(String cpython) {
        return java.lang.Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version")
                + (cpython == null ? "" : ", " + cpython);
    }
}
