package io.gilscope.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a Python program in-process through {@link Main#run(String[], PrintStream, PrintStream)}. */
public record PythonRun(int exitCode, String stdout, String stderr) {
    public static synchronized PythonRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = Main.run(args, o, e);
        return new PythonRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Writes source to {@code dir} as NAME.py and runs it with the given options before it. */
    public static PythonRun script(Path dir, String name, String source, String... options) {
        Path file = dir.resolve(name + ".py");
        try {
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> args = new ArrayList<>(List.of(options));
        args.add(file.toString());
        return of(args.toArray(new String[0]));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
}
