package io.gilscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every src/test/resources/lang/NAME.py with a NAME.out runs and must print exactly NAME.out (the
 * .out files were produced by CPython 3.11, so this checks Python semantics, not just stability).
 */
class LanguageTest {
    static final Path DIR = Path.of("src/test/resources/lang");

    @TestFactory
    Stream<DynamicTest> programsPrintWhatCPythonPrints() throws IOException {
        return programs("--jit", "off");
    }

    /** The same programs with every function translated to JVM bytecode on its first call (io.gilscope.demo.jit). */
    @TestFactory
    Stream<DynamicTest> programsPrintWhatCPythonPrintsTranslated() throws IOException {
        return programs("--jit", "always");
    }

    private static Stream<DynamicTest> programs(String... options) throws IOException {
        return Files.list(DIR)
                .filter(p -> p.toString().endsWith(".py"))
                .filter(p -> Files.exists(expected(p)))
                .sorted()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    PythonRun r = PythonRun.of(options[0], options[1], p.toString());
                    assertEquals("", r.stderr(), "stderr of " + p);
                    assertEquals(Files.readString(expected(p), StandardCharsets.UTF_8), r.stdout(), "stdout of " + p);
                    assertEquals(0, r.exitCode());
                }));
    }

    private static Path expected(Path py) {
        return py.resolveSibling(py.getFileName().toString().replace(".py", ".out"));
    }
}
