package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gilscope run` as a user types it: the recordings of two modes do not overwrite each other. */
class RunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void runsInTwoModesKeepTwoRecordingsForCompare() throws Exception {
        Path program = Files.writeString(tmp.resolve("it_two_modes.py"), "print(sum(range(1000)))\n");
        Path runs = Jvm.HOME.resolve("target/gilscope-runs");
        Path gil = runs.resolve("it_two_modes-new.jfr"), noGil = runs.resolve("it_two_modes-off.jfr");
        Files.deleteIfExists(gil);
        Files.deleteIfExists(noGil);
        try {
            Jvm.Result first = Jvm.gilscope("run", program.toString());
            assertEquals(0, first.exitCode(), first.describe());
            assertEquals("499500", first.stdout().strip());
            assertTrue(first.stderr().contains(gil.toString()), "names its recording: " + first.stderr());
            Jvm.Result second = Jvm.gilscope("run", program.toString(), "--no-gil");
            assertEquals(0, second.exitCode(), second.describe());
            assertTrue(Files.size(gil) > 0 && Files.size(noGil) > 0, "both recordings are kept");

            Jvm.Result compare = Jvm.gilscope("compare", gil.toString(), noGil.toString(), "-o", tmp.resolve("c.html").toString());
            assertEquals(0, compare.exitCode(), compare.describe());
        } finally {
            Files.deleteIfExists(gil);
            Files.deleteIfExists(noGil);
        }
    }
}
