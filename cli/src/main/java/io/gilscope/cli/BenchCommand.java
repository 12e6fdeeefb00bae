package io.gilscope.cli;

import io.gilscope.cli.claims.Bench;
import io.gilscope.cli.claims.Claim;
import io.gilscope.cli.claims.ClaimResult;
import io.gilscope.cli.claims.Claims;
import io.gilscope.cli.claims.ClaimsReport;
import io.gilscope.cli.claims.LocalHttpbin;
import io.gilscope.cli.claims.MachineLoad;
import io.gilscope.cli.launch.DemoApp;
import io.gilscope.cli.launch.Home;
import io.gilscope.cli.launch.ProgramRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code gilscope bench}: the seed articles' claims on CPython and on gilscope in every mode, in one table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure the seed articles' claims on CPython and on gilscope, side by side.",
        description = {"Runs each claim's program on CPython (python3, skipped with a note when absent), on the demo "
                + "interpreter alone and under the GIL agent in modes new, legacy, fair and off, several times each, "
                + "interleaved, and writes one table of medians (min–max) and verdicts to BENCH_DIR/claims.md and claims.json."},
        footer = {"", "Exit codes: 0 done (whatever the verdicts), 2 bad command line or missing jars."})
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--quick", description = "one run per target and no CPU-bound interval sweep")
    boolean quick;

    @Option(names = "--micro", description = "instead of the claims, run the JMH micro-benchmarks (cost of a dispatch per mode) into micro.md")
    boolean micro;

    @Option(names = "--runs", paramLabel = "N", description = "runs per target (default: 3, or 1 with --quick)")
    Integer runs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "where claims.md and claims.json go (default: target/bench)")
    Path output;

    @Option(names = "--python", paramLabel = "EXE", description = "CPython to compare with (default: ${DEFAULT-VALUE})")
    String python = "python3";

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop a run that takes longer (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 300;

    @Override
    public Integer call() throws IOException, InterruptedException, Home.MissingJarException {
        PrintWriter out = spec.commandLine().getOut();
        if (runs != null && runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be at least 1, not " + runs);
        Home home = Home.locate();
        DemoApp demoApp = DemoApp.of(home);
        Path dir = output != null ? output : home.target().resolve("bench");
        Files.createDirectories(dir);
        MachineLoad.busyWarning().ifPresent(w -> out.println("gilscope bench: warning: " + w));
        if (micro) return micro(home, demoApp, dir);
        int n = runs != null ? runs : quick ? 1 : 3;
        String cpython = pythonVersion();
        if (cpython == null) out.println("gilscope bench: " + python + " not found: CPython columns are skipped");
        ProgramRunner runner = new ProgramRunner(demoApp, timeoutSeconds);
        List<ClaimResult> rows = new ArrayList<>();
        try (LocalHttpbin httpbin = LocalHttpbin.start(demoApp.java(), demoApp.demoJar())) {
            if (httpbin == null) out.println("gilscope bench: the local HTTP server did not start: I/O claims are skipped");
            Map<String, String> environment = httpbin == null ? Map.of() : Map.of(LocalHttpbin.ENV, httpbin.url);
            Bench bench = new Bench(runner, cpython == null ? null : python, n, environment, out);
            for (Claim claim : Claims.all(home, dir.resolve("recordings"), quick)) {
                if (claim.targets().isEmpty() || claim.serve() && httpbin == null) continue;
                rows.add(ClaimResult.judge(claim, bench.measure(claim)));
            }
        }
        String machine = machine(cpython);
        String date = LocalDate.now().toString();
        String md = ClaimsReport.markdown(rows, machine, date, n);
        Files.writeString(dir.resolve("claims.md"), md, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("claims.json"), ClaimsReport.json(rows, machine, date, n), StandardCharsets.UTF_8);
        out.println();
        out.print(md);
        out.println();
        out.println("gilscope bench: wrote " + dir.resolve("claims.md") + " and claims.json");
        return ExitCode.OK;
    }

    /** JMH lives in its own jar (benchmarks/): run it as a child, its output passed through. */
    private int micro(Home home, DemoApp demoApp, Path dir) throws IOException, InterruptedException, Home.MissingJarException {
        List<String> command = new ArrayList<>(List.of(demoApp.java(), "-jar", Home.require(home.benchmarksJar()).toString(),
                demoApp.agentJar().toAbsolutePath().toString(), dir.toAbsolutePath().toString()));
        if (quick) command.add("--quick");
        int status = new ProcessBuilder(command).inheritIO().start().waitFor();
        return status == 0 ? ExitCode.OK : ExitCode.FAILED;
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
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version")
                + (cpython == null ? "" : ", " + cpython);
    }
}
