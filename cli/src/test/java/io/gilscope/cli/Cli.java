package io.gilscope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the reports command line in-process, as the tests of its commands do, and keeps what it printed. */
final class Cli {
    private Cli() { }

    record Result(int code, String out, String err) {
        /** The output line of one metric (check's table). */
        String line(String metric) {
            return out.lines().filter(l -> l.startsWith(metric + " ")).findFirst().orElse("(no line for " + metric + ")");
        }
    }

    static Result run(String... args) {
        CommandLine cl = Gilscope.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
