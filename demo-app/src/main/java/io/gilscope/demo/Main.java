package io.gilscope.demo;

import io.gilscope.demo.compile.Compiler;
import io.gilscope.demo.jit.Jit;
import io.gilscope.demo.lex.SyntaxError;
import io.gilscope.demo.lib.Modules;
import io.gilscope.demo.lib.OsModule;
import io.gilscope.demo.lib.SysModule;
import io.gilscope.demo.lib.ThreadingModule;
import io.gilscope.demo.lib.http.HttpbinServer;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.CodeObject;
import io.gilscope.demo.vm.Disassembler;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Interpreter;
import io.gilscope.demo.vm.InterpreterThread;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.Signals;
import io.gilscope.demo.vm.Traceback;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point: {@code java -jar gilscope-demo.jar [--trace] [--dis] [--repeat N] [--jit MODE] (PROGRAM.py | -c CODE) [args]}.
 * The only class that wires the stages together: read, compile (syntax errors are reported here), run on
 * a thread named MainThread, report an uncaught exception as a traceback, wait for non-daemon threads,
 * exit with Python's exit code.
 */
public final class Main {
    /** The line --repeat prints before each run, followed by "K of N". */
    public static final String REPEAT_MARKER = "# gilscope-demo --repeat: run ";

    private Main() { }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a program on the process's stdout/stderr and returns its exit code. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                System.console() != null, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Exits.install(out, err);
        return run(args, out, err);
    }

    /** Runs a program with the given streams and returns its exit code (tests call this in-process). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return runChecked(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int runChecked(String[] args, PrintStream out, PrintStream err) {
        int i = 0;
        boolean dis = false;
        int repeat = 1;
        Jit jit = Jit.ON;
        while (i < args.length && args[i].startsWith("--")) {
            if (args[i].equals("--dis")) dis = true;
            else if (args[i].equals("--repeat")) {
                repeat = i + 1 < args.length && args[i + 1].matches("[1-9][0-9]{0,3}") ? Integer.parseInt(args[++i]) : 0;
                if (repeat == 0) {
                    err.println("gilscope-demo: --repeat needs a number of runs from 1 to 9999");
                    return 2;
                }
            }
            else if (args[i].equals("--trace")) System.setProperty("gilscope.demo.trace", "true");
            else if (args[i].equals("--jit")) {
                jit = i + 1 < args.length ? Jit.of(args[++i]) : null;
                if (jit == null) {
                    err.println("gilscope-demo: --jit takes on, off or always");
                    return 2;
                }
            }
            else if (args[i].equals("--serve")) {
                if (!serve(err)) return 2;
            }
            else {
                err.println("gilscope-demo: unknown option " + args[i]);
                return 2;
            }
            i++;
        }
        if (i >= args.length) {
            err.println("usage: gilscope-demo [--trace] [--dis] [--serve] [--repeat N] [--jit on|off|always] (PROGRAM.py | -c CODE) [args...]");
            return 2;
        }
        jit.install();
        String filename = args[i];
        String source;
        if (filename.equals("-c")) {
            if (i + 1 >= args.length) {
                err.println("gilscope-demo: argument expected for the -c option");
                return 2;
            }
            source = args[i + 1];
            filename = "<string>";
            String[] rest = new String[args.length - i - 1];
            rest[0] = "-c";
            System.arraycopy(args, i + 2, rest, 1, rest.length - 1);
            return compileAndRun(filename, source, rest, dis, repeat, out, err);
        }
        try {
            source = Files.readString(Path.of(filename), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("gilscope-demo: can't open file '" + filename + "': [Errno 2] No such file or directory");
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("gilscope-demo: can't open file '" + filename + "': " + e.getMessage());
            return 2;
        }
        return compileAndRun(filename, source, Arrays.copyOfRange(args, i, args.length), dis, repeat, out, err);
    }

    /**
     * --serve (the launcher passes it for programs that fetch URLs): starts the local HTTP server the
     * demo programs point at and exports its URL to the program and its child processes.
     */
    private static boolean serve(PrintStream err) {
        try {
            OsModule.setenv(HttpbinServer.ENV, HttpbinServer.startShared());
            return true;
        } catch (IOException e) {
            err.println("gilscope-demo: cannot start the local HTTP server: " + e.getMessage());
            return false;
        }
    }

    private static int compileAndRun(String filename, String source, String[] argv, boolean dis, int repeat,
                                     PrintStream out, PrintStream err) {
        Traceback.addSource(filename, source);
        CodeObject code;
        try {
            code = Compiler.compileModule(source, filename);
        } catch (SyntaxError e) {
            err.print(syntaxErrorReport(filename, source, e));
            return 1;
        }
        if (dis) {
            Disassembler.dump(code, out);
            return 0;
        }
        return repeat == 1 ? execute(code, filename, argv, out, err) : repeat(code, filename, argv, repeat, out, err);
    }

    /**
     * --repeat N: the program N times in this JVM, each run announced by a marker line on stdout, so
     * that later runs measure warm code (gilscope demo reads one run's figures between two markers).
     * Stops at the first run that fails.
     */
    private static int repeat(CodeObject code, String filename, String[] argv, int times, PrintStream out, PrintStream err) {
        for (int run = 1; run <= times; run++) {
            out.println(REPEAT_MARKER + run + " of " + times);
            int exit = execute(code, filename, argv, out, err);
            if (exit != 0) return exit;
        }
        return 0;
    }

    /** Runs compiled module code as __main__ with the given streams; returns the exit code. */
    public static int execute(CodeObject code, String filename, String[] argv, PrintStream out, PrintStream err) {
        Builtins.out = out;
        Builtins.err = err;
        ThreadingModule.resetNumbering();
        SysModule.reset();
        for (String a : argv) SysModule.ARGV.append(a);
        Modules.start(filename);
        PyModule main = new PyModule("__main__");
        main.dict.put("__file__", filename);
        Modules.LOADED.put("__main__", main);
        int[] exit = {0};
        Thread t = new InterpreterThread(() -> {
            ThreadingModule.bindMainThread();
            Signals.bindMain(Thread.currentThread());
            try {
                exit[0] = runMain(code, main);
            } finally {
                Signals.bindMain(null);
            }
        }, "MainThread", ThreadingModule.STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ThreadingModule.joinAll();
        out.flush();
        err.flush();
        return exit[0];
    }

    private static int runMain(CodeObject code, PyModule main) {
        try {
            Interpreter.runModule(code, main.dict);
            return 0;
        } catch (PyException e) {
            return uncaught(e.value);
        } catch (StackOverflowError e) {
            return report("RecursionError: maximum recursion depth exceeded\n");
        } catch (Throwable e) {
            if (System.getenv("GILSCOPE_DEBUG") != null) e.printStackTrace();
            return report("InternalError: " + e + "\n");
        }
    }

    private static int uncaught(PyInstance exc) {
        if (exc.cls.isSubclassOf(Errors.SYSTEM_EXIT)) {
            Object code = exc.attrs.getOrDefault("code", PyNone.NONE);
            if (code == PyNone.NONE) return 0;
            if (code instanceof Long || code instanceof Boolean) return (int) Ops.toLong(code);
            return report(Ops.str(code) + "\n");
        }
        report(Traceback.format(exc));
        return exc.cls.isSubclassOf(Errors.KEYBOARD_INTERRUPT) ? Exits.INTERRUPTED : 1;
    }

    private static int report(String text) {
        Builtins.out.flush();
        Builtins.err.print(text);
        Builtins.err.flush();
        return 1;
    }

    /** file:line:col: Kind: message, then the source line and a caret under the column. */
    public static String syntaxErrorReport(String filename, String source, SyntaxError e) {
        String[] lines = source.split("\r?\n", -1);
        String line = e.line >= 1 && e.line <= lines.length ? lines[e.line - 1].replace('\t', ' ') : null;
        int col = e.col;
        if (col == 1 && line != null) col = line.length() - line.stripLeading().length() + 1;   // statement-level errors
        StringBuilder b = new StringBuilder();
        b.append(filename).append(':').append(e.line).append(':').append(col).append(": ")
                .append(e.kind).append(": ").append(e.getMessage()).append('\n');
        if (line != null) {
            b.append("    ").append(line).append('\n');
            b.append("    ").append(" ".repeat(Math.max(0, Math.min(col - 1, line.length())))).append("^\n");
        }
        return b.toString();
    }
}
