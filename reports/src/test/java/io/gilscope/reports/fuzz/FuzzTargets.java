package io.gilscope.reports.fuzz;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.check.Budget;
import io.gilscope.reports.check.CheckException;
import io.gilscope.reports.check.SummaryJson;
import io.gilscope.reports.render.HtmlReport;
import io.gilscope.reports.render.TextSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the fuzz tests feed with arbitrary bytes: the recording reader, the JSON summary reader and
 * the budget parser. Each may refuse its input only in the one way its commands turn into exit 2
 * (a RecordingException or CheckException); any other exception or error is a finding.
 */
final class FuzzTargets {
    private static final Path DIR = tempDir();

    private FuzzTargets() {}

    /** A recording: analysed, then rendered as the summary and the HTML report. */
    static void recording(byte[] data) {
        Path file = write("fuzz.jfr", data);
        try {
            Summary s = Analyzer.analyze(file);
            TextSummary.render(s);
            HtmlReport.render(s);
        } catch (RecordingException expected) {
            // unusable input: exit 2
        }
    }

    /** A JSON summary or baseline, read as check reads it. */
    static void summaryJson(byte[] data) {
        Path file = write("fuzz.json", data);
        try {
            SummaryJson.readRuns(file);
        } catch (RecordingException expected) {
            // unusable input: exit 2
        }
    }

    /** A budget file. */
    static void budget(String text) {
        try {
            Budget.parse(text, "fuzz.properties");
        } catch (CheckException expected) {
            // unusable input: exit 2
        }
    }

    private static Path write(String name, byte[] data) {
        try {
            return Files.write(DIR.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("gilscope-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }
}
