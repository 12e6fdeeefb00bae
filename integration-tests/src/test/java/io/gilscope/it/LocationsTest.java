package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * demo-app's location hook, end to end: a recording of two CPU-bound threads and an I/O-bound one says
 * in which Python functions the GIL was held, what the waits waited for and where the blocking calls
 * were made, in the text summary, the JSON and the findings.
 */
class LocationsTest {
    @TempDir Path tmp;

    @Test
    void reportsSayWhichFunctionsHeldAndWaitedForTheGil() throws Exception {
        Path program = Files.writeString(tmp.resolve("where.py"), """
                import threading, time

                def spin(n):
                    while n > 0:
                        n -= 1

                def nap(k):
                    for _ in range(k):
                        time.sleep(0.002)

                ts = [threading.Thread(target=spin, args=(30_000_000,)) for _ in range(2)]
                ts.append(threading.Thread(target=nap, args=(50,)))
                for t in ts: t.start()
                for t in ts: t.join()
                print("done")
                """);
        Path recording = tmp.resolve("where.jfr");
        Jvm.Result run = Jvm.gilscope("run", program.toString(), "-o", recording.toString());
        assertEquals(0, run.exitCode(), run.describe());

        Jvm.Result text = Jvm.gilscope("summary", recording.toString());
        assertEquals(0, text.exitCode(), text.describe());
        String out = text.stdout();
        String held = section(out, "where the GIL was held");
        assertTrue(held.contains("spin (" + program + ":"), "spin held the GIL:\n" + out);
        String blame = section(out, "where threads waited for it <- where the holder was when it let go");
        assertTrue(blame.contains(" <- spin (" + program + ":"), "waits waited for spin:\n" + out);
        String blocking = section(out, "where blocking calls were made");
        assertTrue(blocking.contains("nap (" + program + ":9)"), "nap's sleep, at its line:\n" + out);
        assertTrue(out.contains("held mostly in spin (" + program + ":"), "the finding names the function:\n" + out);

        Jvm.Result json = Jvm.gilscope("summary", "--json", recording.toString());
        String j = json.stdout();
        int heldAt = j.indexOf("\"heldAt\""), spin = j.indexOf("\"site\": \"spin (" + program + ":", heldAt), waitedAt = j.indexOf("\"waitedAt\"", heldAt);
        assertTrue(heldAt >= 0 && spin > heldAt && spin < waitedAt, "the JSON's top held-at site is spin's:\n" + j);
    }

    /** The lines of the summary's section under {@code heading}, up to the next blank line. */
    private static String section(String summary, String heading) {
        int i = summary.indexOf(heading);
        assertTrue(i >= 0, "no section '" + heading + "' in:\n" + summary);
        int end = summary.indexOf("\n\n", i);
        return summary.substring(i, end < 0 ? summary.length() : end);
    }
}
