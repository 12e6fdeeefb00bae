package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `gilscope demo --quick` on the built jars: every report and the index exist and stand alone, and
 * every claim gets a verdict with its reason, in the terminal and on the index with a picture.
 */
class DemoQuickTest {
    private static final Pattern VERDICT_LINE = Pattern.compile("(?m)^  (holds|does not hold|inconclusive) +\\S.*\\(\\w+\\.py, article .*\\)$\\n^ {16}\\S");
    private static final List<String> QUICK_PROGRAMS = List.of("countdown", "cpu_threads", "counter_race", "numpy_threads");

    @TempDir
    Path out;

    @Test
    void quickDemoWritesAReportPerRunAComparisonPerProgramAndAnIndex() throws IOException {
        // about 2 minutes on a quiet 2-core machine (8 JVMs of 5 runs each): bounded well above that, not at it
        Jvm.Result demo = Jvm.run(Jvm.gilscopeCommand("demo", "--quick", "-o", out.toString()), 600);
        assertEquals(0, demo.exitCode(), demo.describe());

        String index = read(out.resolve("index.html"));
        List<Path> pages = new ArrayList<>(List.of(out.resolve("index.html")));
        for (String program : QUICK_PROGRAMS) {
            assertTrue(index.contains(program + ".py"), "index lists " + program);
            assertTrue(index.contains("<section class=\"claim\" id=\"" + program + "\">"), "index has a section for " + program);
            assertTrue(demo.stdout().contains(program), "terminal table lists " + program);
            for (String page : List.of("-gil.html", "-nogil.html", "-compare.html")) {
                Path file = out.resolve(program + page);
                assertTrue(index.contains("href=\"" + program + page + "\""), "index links " + file.getFileName());
                assertTrue(read(file).contains(program), file + " names its program");
                pages.add(file);
            }
        }
        long charts = index.split("data-demo-chart=", -1).length - 1;
        assertEquals(QUICK_PROGRAMS.size(), charts, "one picture per program");
        Matcher verdicts = VERDICT_LINE.matcher(demo.stdout());
        int claims = 0;
        while (verdicts.find()) claims++;
        assertEquals(6, claims, "a verdict per quick claim (countdown and cpu_threads have two):\n" + demo.stdout());
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
