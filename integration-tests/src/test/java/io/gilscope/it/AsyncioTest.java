package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed articles' asyncio claim under the agent: 5 fetches of /delay/1 gathered on one thread take
 * about 1 s, and the recording shows one interpreter thread that never waited for the GIL, blocked in
 * the event loop's wait for most of its time.
 */
class AsyncioTest {
    @TempDir Path tmp;

    @Test
    void fetchesOverlapOnOneThreadThatNeverWaitsForTheGil() {
        Path recording = tmp.resolve("asyncio.jfr");
        Jvm.Result run = Jvm.gilscope("run", "--serve", Jvm.PROGRAMS.resolve("asyncio_fetch.py").toString(), "-o", recording.toString());
        assertEquals(0, run.exitCode(), run.describe());
        Matcher m = Pattern.compile("Sequential: ([0-9.]+)s\nGathered: ([0-9.]+)s\nStatuses: 200 200 200 200 200; threads: 1\n").matcher(run.stdout());
        assertTrue(m.find(), run.describe());
        assertTrue(Double.parseDouble(m.group(2)) < Double.parseDouble(m.group(1)) / 2, run.stdout());

        Jvm.Result json = Jvm.gilscope("summary", "--json", recording.toString());
        assertEquals(0, json.exitCode(), json.describe());
        String j = json.stdout();
        assertTrue(j.contains("\"gil.threads\": 1,"), "one interpreter thread:\n" + j);
        assertTrue(j.contains("\"gil.wait.count\": 0,"), "no GIL waits:\n" + j);
        Matcher blocked = Pattern.compile("\"blockedShare\": ([0-9.]+)").matcher(j);
        assertTrue(blocked.find() && Double.parseDouble(blocked.group(1)) > 0.5, "the thread spent most of its time in the loop's wait:\n" + j);
        assertTrue(j.contains("\"site\": \"_run_once ("), "the wait is placed in the event loop:\n" + j);
    }
}
