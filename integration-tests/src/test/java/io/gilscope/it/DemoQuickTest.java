package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gilscope demo --quick` on the built jars: every report and the index exist and stand alone. */
class DemoQuickTest {
    private static final List<String> QUICK_PROGRAMS = List.of("countdown", "cpu_threads", "counter_race", "numpy_threads");

    @TempDir
    Path out;

    @Test
    void quickDemoWritesAReportPerRunAComparisonPerProgramAndAnIndex() throws IOException {
        Jvm.Result demo = Jvm.gilscope("demo", "--quick", "-o", out.toString());
        assertEquals(0, demo.exitCode(), demo.describe());

        String index = read(out.resolve("index.html"));
        List<Path> pages = new ArrayList<>(List.of(out.resolve("index.html")));
        for (String program : QUICK_PROGRAMS) {
            assertTrue(index.contains(program + ".py"), "index lists " + program);
            assertTrue(demo.stdout().contains(program), "terminal table lists " + program);
            for (String page : List.of("-gil.html", "-nogil.html", "-compare.html")) {
                Path file = out.resolve(program + page);
                assertTrue(index.contains("href=\"" + program + page + "\""), "index links " + file.getFileName());
                assertTrue(read(file).contains(program), file + " names its program");
                pages.add(file);
            }
        }
        for (Path page : pages) {
            String html = read(page);
            assertFalse(html.contains("http://") || html.contains("https://"), page + " references the network");
        }
    }

    private static String read(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " exists");
        String text = Files.readString(file);
        assertFalse(text.isBlank(), file + " is empty");
        return text;
    }
}
