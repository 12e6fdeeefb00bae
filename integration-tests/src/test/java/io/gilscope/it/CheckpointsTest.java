package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the GIL holder looks for a drop request decides whether {@code counter += 1} races, as between
 * CPython 3.9 and 3.10+ (article 001's example; CPython 3.11 here prints 2,000,000 every time, and loses
 * updates once a call sits between the load and the store).
 */
class CheckpointsTest {
    static final Path COUNTER_RACE = Jvm.HOME.resolve("demo-app/programs/counter_race.py");
    static final int RUNS = 3;

    @TempDir Path tmp;

    @Test
    void atBackEdgesCounterPlusEqualsOneNeverLosesAnUpdate() throws Exception {
        Path recording = tmp.resolve("race.jfr");
        for (int i = 0; i < RUNS; i++) {
            Jvm.Result r = Jvm.gilscope("run", COUNTER_RACE.toString(), "--checkpoints", "backedge", "-o", recording.toString());
            assertEquals(0, r.exitCode(), r.describe());
            assertEquals("2000000", r.stdout().strip(), r.describe());
        }
        Jvm.Result json = Jvm.gilscope("summary", "--json", recording.toString());
        assertTrue(json.stdout().contains("\"checkpoints\": \"backedge\""), json.stdout());
        Jvm.Result text = Jvm.gilscope("summary", recording.toString());
        assertTrue(text.stdout().contains("backward jumps, calls and returns"), text.stdout());
        Matcher forced = Pattern.compile("\"gil.forcedSwitchesPerSecond\": ([0-9.]+)").matcher(json.stdout());
        assertTrue(forced.find() && Double.parseDouble(forced.group(1)) > 0, "holders still drop on request: " + json.stdout());
    }

    @Test
    void atAnyDispatchItLosesUpdates() {
        List<String> finals = finals(COUNTER_RACE, "dispatch");
        assertTrue(finals.stream().anyMatch(f -> !f.equals("2000000")), "updates lost in some run: " + finals);
    }

    @Test
    void atBackEdgesACallBetweenLoadAndStoreStillRaces() throws Exception {
        Path program = Files.writeString(tmp.resolve("race_call.py"), """
                import threading
                counter = 0
                def one():
                    return 1
                def increment():
                    global counter
                    for _ in range(1_000_000):
                        counter = counter + one()
                ts = [threading.Thread(target=increment) for _ in range(2)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(counter)
                """);
        List<String> finals = finals(program, "backedge");
        assertTrue(finals.stream().anyMatch(f -> !f.equals("2000000")), "updates lost in some run: " + finals);
    }

    @Test
    void backEdgesNeedAModeThatDropsOnRequest() {
        Jvm.Result r = Jvm.gilscope("run", COUNTER_RACE.toString(), "--checkpoints", "backedge", "--no-gil");
        assertEquals(2, r.exitCode(), r.describe());
        assertTrue(r.stderr().contains("--checkpoints backedge needs --mode new or fair"), r.describe());
    }

    private List<String> finals(Path program, String checkpoints) {
        List<String> finals = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Jvm.Result r = Jvm.gilscope("run", program.toString(), "--checkpoints", checkpoints, "-o", tmp.resolve("r.jfr").toString());
            assertEquals(0, r.exitCode(), r.describe());
            finals.add(r.stdout().strip());
        }
        return finals;
    }
}
