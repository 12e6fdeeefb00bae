package io.gilscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The seed programs in demo-app/programs run as written; timing lines are compared by shape. */
class ProgramsTest {
    private static final String SECONDS = "\\d+\\.\\d{2}s";

    private static PythonRun run(String name) {
        PythonRun r = PythonRun.of("programs/" + name);
        assertEquals("", r.stderr(), name + " stderr");
        assertEquals(0, r.exitCode(), name + " exit code");
        return r;
    }

    private static void assertShape(String regex, String actual) {
        assertTrue(actual.matches(regex), "output\n" + actual + "\ndoes not match\n" + regex);
    }

    @Test
    void countdown() {
        assertShape("Sequential time: " + SECONDS + "\nMulti-threaded time: " + SECONDS + "\n", run("countdown.py").stdout());
    }

    @Test
    void cpuThreads() {
        assertShape("2 threads: " + SECONDS + "\nSequential: " + SECONDS + "\n", run("cpu_threads.py").stdout());
    }

    @Test
    void slowFunc() {
        assertShape("Sequential: " + SECONDS + "\n4 threads: " + SECONDS + "\n", run("slow_func.py").stdout());
    }

    @Test
    void counterRaceLosesUpdatesButStaysInRange() {
        String out = run("counter_race.py").stdout();
        Matcher m = Pattern.compile("(\\d+)\n").matcher(out);
        assertTrue(m.matches(), out);
        long n = Long.parseLong(m.group(1));
        assertTrue(n >= 1_000_000 && n <= 2_000_000, out);
    }

    @Test
    void gilCheckWithoutTheAgent() {
        assertEquals("GIL enabled: False\nswitch interval: 0.005\n", run("gil_check.py").stdout());
    }
}
