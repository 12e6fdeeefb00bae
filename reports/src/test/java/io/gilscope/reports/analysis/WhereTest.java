package io.gilscope.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.reports.render.CollapsedStacks;
import io.gilscope.reports.render.TextSummary;
import io.gilscope.reports.testing.Samples;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interpreter stacks in the GIL events (the agent's location hook) become "where": hold time by the
 * holder's innermost frame when it let go, waits blamed on where the holder was, blocking calls by
 * caller, in the summary, the finding and the collapsed-stack export. Stacks from the recording are
 * printed escaped.
 */
class WhereTest {
    @TempDir Path dir;

    private Path recording() throws Exception {
        return Samples.withStacks(dir.resolve("where.jfr"));
    }

    @Test
    void holdsWaitsAndBlockingCallsArePlacedAndBlamed() throws Exception {
        ProcessSummary p = Analyzer.analyze(recording()).combined();
        Where w = p.where();
        assertEquals("spin (w.py:4)", w.heldAt().get(0).name());
        assertEquals(3, w.heldAt().get(0).stats().count());
        assertTrue(w.heldAt().get(0).stats().totalNanos() >= 9_000_000, "three holds of 3 ms");
        assertEquals(2, w.heldAt().size(), "the hold without a stack has no place: " + w.heldAt());
        assertEquals("nap (w.py:9)" + Where.BLAMED + "spin (w.py:4)", w.blame().get(0).name());
        assertEquals(3, w.blame().get(0).stats().count());
        assertEquals("nap (w.py:9)", w.waitedAt().get(0).name());
        assertEquals("nap (w.py:9)", w.blocking().get(0).name());
        assertEquals(Thread.currentThread().getName(), w.heldByThread().children().get(0).name().substring("thread ".length()),
                "the by-thread tree has the recording thread on top");
        assertEquals("<module> (w.py:12)", w.heldByThread().children().get(0).children().get(0).name());
        assertTrue(Findings.heldMostlyIn(w).startsWith(", held mostly in spin (w.py:4), "), Findings.heldMostlyIn(w));
        assertTrue(Findings.blamedMost(w).startsWith(" Most waiting: in nap (w.py:9) while the holder ran spin (w.py:4)"), Findings.blamedMost(w));

        String text = TextSummary.render(Analyzer.analyze(recording()));
        assertTrue(text.contains("spin (w.py:4)"), text);
        assertTrue(text.contains("nap (w.py:9) <- spin (w.py:4)"), text);
        assertFalse(text.contains("\u001b") || text.contains("\u202e"), "escape and bidi characters escaped:\n" + text);
    }

    @Test
    void theCollapsedExportHasTheInterpreterStacks() throws Exception {
        StringWriter out = new StringWriter();
        CollapsedStacks.export(List.of(recording()), out);
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("gil_held;<module>_\\(w\\.py:12\\);spin_\\(w\\.py:4\\) \\d+")
                && Long.parseLong(l.substring(l.lastIndexOf(' ') + 1)) >= 9_000), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("gil_wait;<module>_(w.py:13);nap_(w.py:9) ")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("gil_released;<module>_(w.py:13);nap_(w.py:9) ")), out.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("\u001b") || l.contains("\u202e")), out.toString());
    }
}
