package io.gilscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gilscope.demo.vm.Stdin;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Programs reading standard input: each src/test/resources/stdin/NAME.py reads NAME.in and must print
 * exactly NAME.out, which CPython 3.11 printed for the same input.
 */
class StdinTest {
    @AfterEach
    void noInput() {
        Stdin.reset(new ByteArrayInputStream(new byte[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"echo", "binary"})
    void readsWhatCPythonReads(String name) throws Exception {
        Path dir = Path.of("src/test/resources/stdin");
        Stdin.reset(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(name + ".in"))));
        PythonRun r = PythonRun.of(dir.resolve(name + ".py").toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(Files.readString(dir.resolve(name + ".out")), r.stdout(), r.toString());
    }
}
