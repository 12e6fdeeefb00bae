package io.gilscope.demo.lib;

import io.gilscope.demo.PythonRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The library-using seed programs in demo-app/programs run as written; timings are checked by shape. */
class LibProgramsTest {
    private static final String SECONDS = "(\\d+\\.\\d{2})s";

    private static PythonRun run(String... args) {
        PythonRun r = PythonRun.of(args);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stderr(), r.toString());
        return r;
    }

    private static Matcher shape(String regex, String actual) {
        Matcher m = Pattern.compile(regex).matcher(actual);
        assertTrue(m.matches(), "output\n" + actual + "\ndoes not match\n" + regex);
        return m;
    }

    @Test
    void ioThreadsOverlapTheirWaits() {
        Matcher m = shape("Sequential: " + SECONDS + "\nThreaded: " + SECONDS + "\n", run("--serve", "programs/io_threads.py").stdout());
        double sequential = Double.parseDouble(m.group(1));
        double threaded = Double.parseDouble(m.group(2));
        assertTrue(sequential >= 5.0, "5 fetches of /delay/1 one after another take at least 5 s: " + sequential);
        assertTrue(threaded >= 1.0 && threaded < sequential, "threaded " + threaded + " vs sequential " + sequential);
    }

    @Test
    void processPoolMatchesSequential() {
        shape("4 processes: " + SECONDS + "\nSequential: " + SECONDS + "\nsame results: True\n",
                run("programs/process_pool.py", "200_000").stdout());
    }

    @Test
    void executorsRunBothPools() {
        Matcher m = shape("ThreadPoolExecutor: 10 pages in " + SECONDS + "\nProcessPoolExecutor: 4 results in " + SECONDS + "\nall equal: True\n",
                run("--serve", "programs/executors.py", "100_000").stdout());
        assertTrue(Double.parseDouble(m.group(1)) >= 1.0, "ten /delay/1 fetches on ten threads take at least 1 s");
    }

    @Test
    void numpyThreads() {
        shape("Sequential: " + SECONDS + "\n4 threads: " + SECONDS + "\n", run("programs/numpy_threads.py", "300").stdout());
    }
}
