package io.gilscope.cli;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.RecordingInfo;
import io.gilscope.reports.analysis.Summary;
import io.gilscope.reports.render.Printable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared steps of the commands: analyse, warn about lost data, write files. */
final class Inputs {
    private Inputs() {}

    /** Analyses, or prints one line and returns null. */
    static Summary analyze(String command, List<Path> files, String title, PrintWriter err) {
        try {
            return Analyzer.analyze(files, title);
        } catch (RecordingException e) {
            err.println("gilscope " + command + ": " + Printable.line(e.getMessage()));
            err.flush();
            return null;
        }
    }

    /** One line per incomplete recording; true if there was any (exit 2). */
    static boolean warnIncomplete(String command, Summary s, PrintWriter err) {
        return warnIncomplete(command, s.processes().stream().flatMap(p -> p.recordings().stream()).toList(), err);
    }

    static boolean warnIncomplete(String command, List<RecordingInfo> recordings, PrintWriter err) {
        boolean any = false;
        for (RecordingInfo r : recordings) {
            if (!r.complete()) {
                err.println("gilscope " + command + ": " + Printable.line(r.file() + ": " + r.problem()));
                any = true;
            }
        }
        err.flush();
        return any;
    }

    static void write(Path file, String content) throws IOException {
        try (Writer out = open(file)) {
            out.write(content);
        }
    }

    /** A UTF-8 writer to {@code file}, its directory made if it is new. */
    static Writer open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    static Path defaultHtml(Path recording) {
        String name = recording.getFileName().toString();
        String base = name.endsWith(".jfr") ? name.substring(0, name.length() - 4) : name;
        Path dir = recording.toAbsolutePath().getParent();
        return dir == null ? Path.of(base + ".html") : dir.resolve(base + ".html");
    }
}
