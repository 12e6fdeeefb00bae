package io.gilscope.cli;

import io.gilscope.reports.analysis.RecordingException;
import io.gilscope.reports.analysis.RecordingInfo;
import io.gilscope.reports.render.CollapsedStacks;
import io.gilscope.reports.render.Printable;
import io.gilscope.reports.render.TraceEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(footer = {"", "Exit codes: 0 written; 2 unusable input (missing, not JFR, truncated), an output that cannot be written, or command line."},
        name = "export", mixinStandardHelpOptions = true,
        header = "Write a recording for other tools: a Perfetto timeline or collapsed stacks for flame graphs.",
        description = {"perfetto: Chrome trace-event JSON (open it in ui.perfetto.dev or chrome://tracing), a track per thread "
                + "with its GIL holds, GIL waits, blocking calls and JDK lock waits as slices, and drop requests and stalls "
                + "as instants on the holder's track; one process per recording.",
                "collapsed: time by stack, in microseconds, for flamegraph.pl or speedscope: the GIL held, waited for and "
                + "released (gil_held, gil_wait, gil_released) by the interpreter's own stack, when the agent's location hook "
                + "recorded it, and the JDK's lock waits (blocked_on_monitor, Object.wait, parked) by Java stack.",
                "Events are written as they are read: memory does not grow with the recording. A truncated recording "
                + "is exported as far as it could be read; the command then exits 2."})
final class ExportCommand implements Callable<Integer> {
    enum Format { perfetto, collapsed }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "REC.jfr", arity = "1..*", description = "JFR recording(s), one per process")
    List<Path> recordings;

    @Option(names = "--format", required = true, paramLabel = "F", description = "${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "file to write, - for standard output (default: the first recording's name with .trace.json or .collapsed)")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean toStdout = output != null && output.toString().equals("-");
        Path file = toStdout ? null : output != null ? output : defaultOutput(recordings.get(0));
        List<RecordingInfo> read;
        try (Writer out = toStdout ? new NonClosing(spec.commandLine().getOut()) : Inputs.open(file)) {
            read = format == Format.perfetto ? TraceEvents.export(recordings, out) : CollapsedStacks.export(recordings, out);
        } catch (RecordingException e) {
            err.println("gilscope export: " + Printable.line(e.getMessage()));
            err.flush();
            return ExitCode.UNUSABLE;
        } catch (IOException e) {
            err.println("gilscope export: cannot write " + (toStdout ? "standard output" : file) + ": " + Printable.line(String.valueOf(e.getMessage())));
            err.flush();
            return ExitCode.UNUSABLE;
        }
        long events = read.stream().mapToLong(RecordingInfo::events).sum();
        if (!toStdout) err.println("gilscope export: wrote " + file + " (" + events + " events read)");
        return Inputs.warnIncomplete("export", read, err) ? ExitCode.UNUSABLE : ExitCode.OK;
    }

    private Path defaultOutput(Path recording) {
        Path html = Inputs.defaultHtml(recording);
        String name = html.getFileName().toString();
        return html.resolveSibling(name.substring(0, name.length() - ".html".length()) + (format == Format.perfetto ? ".trace.json" : ".collapsed"));
    }

    /** Standard output stays open for picocli after the export. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) { super(out); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
