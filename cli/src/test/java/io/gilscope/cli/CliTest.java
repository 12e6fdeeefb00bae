package io.gilscope.cli;

import static io.gilscope.cli.Cli.run;

import io.gilscope.cli.Cli.Result;
import io.gilscope.cli.launch.Home;

import io.gilscope.reports.testing.GilEvents;
import io.gilscope.reports.testing.GilSimulator;
import io.gilscope.reports.testing.Recordings;
import io.gilscope.reports.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import jdk.jfr.Recording;

import static org.junit.jupiter.api.Assertions.*;

class CliTest {
    @TempDir static Path dir;
    static Path sample;

    @BeforeAll
    static void record() throws Exception {
        sample = Samples.mixed(dir.resolve("sample.jfr"));
    }

    @Test
    void helpEverywhere() {
        PrintStream saved = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true));
        try {
            for (String cmd : List.of("report", "compare", "summary", "export", "demo")) {
                Result r = run(cmd, "--help");
                assertEquals(0, r.code(), cmd);
                assertTrue(r.out().contains("Usage: gilscope " + cmd), r.out());
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", warnings.toString(), "picocli has nothing to warn about in the help texts");
        assertEquals(0, run("--help").code());
        assertTrue(run("--help").out().contains("report"));
        assertEquals(0, run("help", "report").code());
    }

    @Test
    void badCommandLinesGiveOneLineAndExit2() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"report", "--nope", "x.jfr"},
                new String[] {"report"}, new String[] {"compare", "a.jfr"}, new String[] {"run", "x.py", "--mode", "fast"},
                new String[] {"run", "x.py", "--interval", "5"}, new String[] {"run"})) {
            Result r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
        assertEquals(0, run().code(), "no command: the usage text");
        assertTrue(run().out().contains("Commands:"));
    }

    @Test
    void aMistypedOptionNamesTheClosestOneEvenAfterTheProgram() {
        Result r = run("run", "countdown.py", "--mod", "fair");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("unknown option '--mod'") && r.err().contains("did you mean --mode?"), r.err());
        assertTrue(run("run", "--intreval", "1ms", "x.py").err().contains("--interval"));
    }

    @Test
    void badRecordingsGiveOneLineAndExit2() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.jfr"), "just text\n");
        byte[] all = Files.readAllBytes(sample);
        Path cut = Files.write(dir.resolve("cut.jfr"), Arrays.copyOf(all, all.length / 2));
        for (Path p : List.of(dir.resolve("missing.jfr"), text, cut)) {
            Result r = run("summary", p.toString());
            assertEquals(2, r.code(), p.toString());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("gilscope summary: " + p), r.err());
            assertEquals(2, run("report", p.toString(), "-o", dir.resolve("x.html").toString()).code());
            Result export = run("export", p.toString(), "--format", "perfetto", "-o", dir.resolve("x.trace.json").toString());
            assertEquals(2, export.code(), p.toString());
            assertEquals(1, export.err().strip().lines().count(), export.err());
        }
    }

    @Test
    void truncatedRecordingIsReportedAsFarAsReadableThenExit2() throws Exception {
        Path multi = Recordings.record(dir.resolve("multi.jfr"), () -> {
            GilEvents.configuration("new", 1_000_000);
            GilSimulator gil = new GilSimulator(1_000_000);
            GilSimulator.runAll(List.of(gil.cpuThread("a", 10), gil.cpuThread("b", 10)));
            try (Recording other = new Recording()) {
                other.start();
                GilSimulator.runAll(List.of(gil.cpuThread("c", 10)));
                other.stop();
            }
        });
        byte[] all = Files.readAllBytes(multi);
        Path cut = Files.write(dir.resolve("killed.jfr"), Arrays.copyOf(all, all.length - 50));
        Path html = dir.resolve("killed.html");
        Result r = run("report", cut.toString(), "-o", html.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("truncated"), r.err());
        String page = Files.readString(html);
        assertTrue(page.contains("are lost"), "the page says what was lost");
        assertTrue(page.contains("Recording incomplete"));
    }

    @Test
    void reportWritesHtmlAndJson() throws Exception {
        Path html = dir.resolve("out/r.html"), json = dir.resolve("out/r.json");
        Result r = run("report", sample.toString(), "-o", html.toString(), "--json", json.toString(), "--title", "My <run>");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(html).contains("My &lt;run&gt;"));
        assertTrue(Files.readString(json).contains("\"schemaVersion\": 1"));
    }

    @Test
    void exportWritesPerfettoBesideTheRecordingAndCollapsedToStandardOutput() throws Exception {
        Result r = run("export", sample.toString(), "--format", "perfetto");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("gilscope export: wrote " + dir.resolve("sample.trace.json")), r.err());
        assertTrue(Files.readString(dir.resolve("sample.trace.json")).contains("\"holds the GIL\""));
        Result collapsed = run("export", sample.toString(), "--format", "collapsed", "-o", "-");
        assertEquals(0, collapsed.code(), collapsed.err());
        assertTrue(collapsed.out().lines().anyMatch(l -> l.startsWith("blocked_on_monitor;") && l.matches(".*\\S \\d+")), collapsed.out());
        Result bad = run("export", sample.toString(), "--format", "svg");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("perfetto, collapsed"), bad.err());
        Result unwritable = run("export", sample.toString(), "--format", "perfetto", "-o", sample.resolve("x.json").toString());
        assertEquals(2, unwritable.code());
        assertEquals(1, unwritable.err().strip().lines().count(), unwritable.err());
    }

    @Test
    void reportDefaultsToTheRecordingsNameWithHtml() throws Exception {
        Result r = run("report", sample.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("sample.html")));
    }

    @Test
    void summaryPrintsHeadlineAndThreads() {
        Result r = run("summary", sample.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("GIL utilisation:"));
        assertTrue(r.out().contains("cpu-1"));
        Result j = run("summary", "--json", sample.toString());
        assertTrue(j.out().contains("\"metrics\""));
    }

    @Test
    void compareWritesSideBySide() throws Exception {
        Path quiet = Recordings.record(dir.resolve("quiet.jfr"), () -> {
            GilEvents.configuration("new", 2_000_000);
            GilSimulator gil = new GilSimulator(2_000_000);
            GilSimulator.runAll(List.of(gil.cpuThread("solo", 20)));
        });
        Path out = dir.resolve("diff.html");
        Result r = run("compare", sample.toString(), quiet.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(out);
        assertTrue(page.contains("gil.waitShare"));
        assertTrue(page.contains("A: sample.jfr"));
        assertTrue(page.contains("B: quiet.jfr"));
        assertFalse(page.contains("https://"));
        assertTrue(r.out().contains("gil.waitShare"), "prints the metrics that changed: " + r.out());
    }

    @Test
    void commandsThatNeedTheJarsSayWhichIsMissingAndExit2() throws Exception {
        Path program = Files.writeString(dir.resolve("one.py"), "print(1)\n");
        String before = System.getProperty(Home.PROPERTY);
        System.setProperty(Home.PROPERTY, dir.resolve("not-a-checkout").toString());
        try {
            for (String[] args : List.of(new String[] {"demo", "--quick", "-o", dir.resolve("demo").toString()},
                    new String[] {"run", program.toString()},
                    new String[] {"attach", Long.toString(ProcessHandle.current().pid())})) {
                Result r = run(args);
                assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertTrue(r.err().contains("cannot find") && r.err().contains("not-a-checkout"), r.err());
            }
        } finally {
            if (before == null) System.clearProperty(Home.PROPERTY);
            else System.setProperty(Home.PROPERTY, before);
        }
    }

    @Test
    void attachingToSomethingThatIsNotAJvmSaysSoAtOnce() {
        Result init = run("attach", "1");
        assertEquals(2, init.code(), init.err());
        assertTrue(init.err().startsWith("gilscope attach: process 1 is not a JVM this user can attach to"), init.err());
        Result none = run("attach", Long.toString(Integer.MAX_VALUE - 1L));
        assertEquals(2, none.code(), none.err());
        assertEquals("gilscope attach: no process " + (Integer.MAX_VALUE - 1L), none.err().strip());
    }
}
