package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.ReleasesGil;
import io.gilscope.demo.vm.Signals;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * time: the clocks, and sleep (blocking, so {@link ReleasesGil}); struct_time, gmtime, strftime,
 * strptime and the rest are the Python half, lib/py/_pytime.py, compiled on first use.
 */
public final class TimeModule {
    private TimeModule() { }

    public static PyModule create() {
        PyModule m = new PyModule("time");
        Modules.pythonHalf(m, "_pytime");
        m.def("time", (a, k) -> {
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        m.def("time_ns", (a, k) -> {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        m.def("perf_counter", (a, k) -> System.nanoTime() / 1e9);
        m.def("perf_counter_ns", (a, k) -> System.nanoTime());
        m.def("monotonic", (a, k) -> System.nanoTime() / 1e9);
        m.def("monotonic_ns", (a, k) -> System.nanoTime());
        m.def("thread_time", (a, k) -> ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
        m.def("process_time", (a, k) -> {
            java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime() / 1e9;
            return System.nanoTime() / 1e9;
        });
        m.def("sleep", (a, k) -> {
            Args.count("sleep", a, 1, 1);
            double secs = Ops.toDouble(a[0]);
            if (secs < 0) throw Errors.valueError("sleep length must be non-negative");
            sleep((long) (secs * 1e9));
            return PyNone.NONE;
        });
        return m;
    }

    /** The blocking part of time.sleep: a leaf that never calls back into Python. */
    @ReleasesGil
    public static void sleep(long nanos) {
        long deadline = System.nanoTime() + nanos;
        try {
            for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
                // Before JDK 21, Thread.sleep rounds any fraction of a millisecond up to a whole one, so
                // sleep(0.0001) would take 1 ms; the sub-millisecond rest is parked instead, as CPython does.
                if (left >= 1_000_000) Thread.sleep(left / 1_000_000);
                else LockSupport.parkNanos(left);
                if (Thread.interrupted()) throw new InterruptedException();
            }
        } catch (InterruptedException e) {
            Signals.interrupted();
        }
    }
}
