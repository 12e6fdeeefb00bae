package io.gilscope.bench.micro;

import io.gilscope.demo.compile.Compiler;
import io.gilscope.demo.vm.Interpreter;
import io.gilscope.demo.vm.PyFunction;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One turn of countdown's loop on the demo interpreter ({@code while n > 0: n -= 1}), on a single
 * thread. {@link MicroBenchmarks} runs it in forks without the agent and under it in each mode, so
 * the difference is the GIL check's cost when nobody contends.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {
    static final int TURNS = 1_000_000;
    private static final String PROGRAM = "def countdown(n):\n    while n > 0:\n        n -= 1\n";

    private PyFunction countdown;

    @Setup
    public void compile() {
        Map<String, Object> globals = new HashMap<>();
        globals.put("__name__", "bench");
        Interpreter.runModule(Compiler.compileModule(PROGRAM, "bench.py"), globals);
        countdown = (PyFunction) globals.get("countdown");
    }

    @Benchmark
    @OperationsPerInvocation(TURNS)
    public Object loopTurn() {
        return Interpreter.callFunction(countdown, new Object[] {(long) TURNS}, null);
    }
}
