package io.gilscope.reports.demo;

import java.util.List;

/**
 * A seed article's program in {@code demo-app/programs/} and the claim it illustrates.
 *
 * @param name     the file's base name, also the runs' and reports' names
 * @param article  where the claim comes from
 * @param claim    what the article says, in a sentence
 * @param serve    the program fetches URLs: the interpreter starts its local delay server ({@code --serve})
 * @param quick    part of {@code demo --quick}
 */
public record SeedProgram(String name, String article, String claim, boolean serve, boolean quick) {

    public static final List<SeedProgram> ALL = List.of(
            new SeedProgram("countdown", "003",
                    "Two CPU-bound threads are no faster than running in sequence under the GIL (2.52 s vs 2.45 s).",
                    false, true),
            new SeedProgram("cpu_threads", "001",
                    "CPU-bound work: 2 threads are barely faster than 1; the GIL prevents true parallelism.",
                    false, true),
            new SeedProgram("counter_race", "001",
                    "counter += 1 from two threads is not atomic: the total varies between runs.",
                    false, true),
            new SeedProgram("io_threads", "001",
                    "I/O-bound work: 5 fetches take ~5 s in sequence, ~1 s on threads; the GIL is released during I/O.",
                    true, false),
            new SeedProgram("process_pool", "001",
                    "Each process has its own GIL: a process pool runs CPU-bound work in parallel.",
                    false, false),
            new SeedProgram("numpy_threads", "001",
                    "NumPy releases the GIL during computation: threads doing np.dot run in parallel.",
                    false, true),
            new SeedProgram("executors", "001",
                    "ThreadPoolExecutor for I/O-bound work, ProcessPoolExecutor for CPU-bound work.",
                    true, false));

    public String file() {
        return name + ".py";
    }
}
