package io.gilscope.reports.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.testing.GilEvents;
import io.gilscope.reports.testing.GilSimulator;
import io.gilscope.reports.testing.Recordings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mode off has no lock: the pages speak of threads running and of parallelism, never of holding the GIL. */
class ModeOffTest {
    @TempDir
    Path dir;

    @Test
    void pagesSayRunningNotHolding() throws Exception {
        Path f = Recordings.record(dir.resolve("off.jfr"), () -> {
            GilEvents.configuration("off", 5_000_000, true);
            GilSimulator gil = new GilSimulator(1_000_000);
            GilSimulator.runAll(List.of(gil.cpuThread("cpu-1", 5), gil.cpuThread("cpu-2", 5)));
        });
        String html = HtmlReport.render(Analyzer.analyze(f));
        assertFalse(html.contains("holding the GIL"), "no GIL to hold");
        assertFalse(html.contains(">Held<") || html.contains("Longest hold") || html.contains("GIL utilisation"), "no hold columns");
        assertTrue(html.contains(">Running<") && html.contains("running (mode off: no GIL)") && html.contains("Parallelism"));
        String text = TextSummary.render(Analyzer.analyze(f));
        assertTrue(text.contains("parallelism") && !text.contains("GIL utilisation") && !text.contains(" held "), text);
    }
}
