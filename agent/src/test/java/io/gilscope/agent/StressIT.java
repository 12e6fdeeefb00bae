package io.gilscope.agent;

import static io.gilscope.agent.ChildJvm.TINY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * 32 threads mixing CPU, sleeps, lock waits, joins, exceptions and callbacks, for
 * {@code gilscope.stress.seconds} (default 30) per mode: no deadlock, no overlap, every thread progresses.
 * Tagged "stress": run with {@code mvn verify -Pstress}.
 */
@Tag("stress")
class StressIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"new", "legacy", "fair", "off"})
    void thirtyTwoThreads(String mode) throws Exception {
        String seconds = System.getProperty("gilscope.stress.seconds", "30");
        if (seconds.isBlank()) seconds = "30";
        double s = Double.parseDouble(seconds);
        Path jfr = dir.resolve("stress-" + mode + ".jfr");
        ChildJvm r = ChildJvm.run(TINY + ",mode=" + mode + ",interval=1ms,jfr=" + jfr, List.of(), (int) s + 180, "stress", "32", seconds);
        System.out.printf("stress %s %.0fs: min progress %d, total %d, switches %s%n", mode, s, r.num("minProgress"), r.num("totalProgress"), r.get("mx.Switches"));
        assertEquals(0, r.exit, r.toString());
        assertEquals(0, r.num("alive"), r.toString());
        assertEquals(0, r.num("violations"), r.toString());
        assertTrue(r.num("minProgress") > 0, r.toString());
        if (!mode.equals("off")) {
            Duration overlap = Recordings.maxOverlap(Recordings.events(jfr, "gilscope.GilHold"));
            assertTrue(overlap.isZero(), "GilHold overlap " + overlap);
        }
    }
}
