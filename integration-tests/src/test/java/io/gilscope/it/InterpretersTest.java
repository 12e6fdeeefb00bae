package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One GIL per interpreter, end to end: interpreters_cpu.py under the agent. The pool's two interpreters
 * each hold a GIL of their own while the first interpreter's thread waits in a release method, so the
 * recording has three GILs, the two workers' never waited for, and the report draws a lane for each.
 */
class InterpretersTest {
    @TempDir Path tmp;

    @Test
    void eachInterpreterHasAGilAndTheReportShowsALaneForEach() throws Exception {
        Path recording = tmp.resolve("interpreters.jfr");
        Jvm.Result run = Jvm.gilscope("run", Jvm.PROGRAMS.resolve("interpreters_cpu.py").toString(), "-o", recording.toString(), "2_000_000");
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdout().contains("same results: True"), run.describe());

        Jvm.Result json = Jvm.gilscope("summary", "--json", recording.toString());
        assertEquals(0, json.exitCode(), json.describe());
        String j = json.stdout();
        assertTrue(j.contains("\"gil.interpreters\": 3,"), "three interpreters:\n" + j);
        Matcher m = Pattern.compile("\\{\"id\": (\\d), \"threads\": \\d+, \"heldSeconds\": ([0-9.e-]+), \"holds\": \\d+, \"waitSeconds\": [0-9.e-]+, \"waits\": (\\d+)")
                .matcher(j.replaceAll("\\s+", " ").replace("{ ", "{").replace(" }", "}"));
        int workers = 0;
        while (m.find()) {
            if (m.group(1).equals("0")) continue;
            workers++;
            assertTrue(Double.parseDouble(m.group(2)) > 0, "interpreter " + m.group(1) + " held its GIL:\n" + j);
            assertEquals("0", m.group(3), "interpreter " + m.group(1) + "'s only thread never waited for its GIL:\n" + j);
        }
        assertEquals(2, workers, j);

        Path html = tmp.resolve("interpreters.html");
        Jvm.Result report = Jvm.gilscope("report", recording.toString(), "-o", html.toString());
        assertEquals(0, report.exitCode(), report.describe());
        String page = Files.readString(html);
        for (int i = 0; i < 3; i++) assertTrue(page.contains("GIL of interpreter " + i), "a timeline lane for interpreter " + i);
    }
}
