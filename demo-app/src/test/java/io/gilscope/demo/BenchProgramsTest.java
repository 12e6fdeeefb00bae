package io.gilscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The speed benchmark's programs (bench/programs) compute what CPython computes: one bench() call each. */
class BenchProgramsTest {
    static final Path DIR = Path.of("bench/programs");

    @TestFactory
    Stream<DynamicTest> eachProgramGetsCPythonsResult() throws IOException {
        return Files.readAllLines(DIR.resolve("expected_results.txt")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> {
                    String name = line.substring(0, line.indexOf(' '));
                    String expected = "result " + line.substring(name.length() + 1);
                    return DynamicTest.dynamicTest(name, () -> {
                        PythonRun r = PythonRun.of(DIR.resolve(name + ".py").toString(), "1");
                        assertEquals(0, r.exitCode(), r.toString());
                        String last = r.stdout().lines().reduce((a, b) -> b).orElse("");
                        assertEquals(expected, last, r.toString());
                    });
                });
    }
}
