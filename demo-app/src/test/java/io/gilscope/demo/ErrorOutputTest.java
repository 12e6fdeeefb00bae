package io.gilscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Syntax errors, tracebacks and exit codes, compared verbatim. */
class ErrorOutputTest {
    @TempDir
    Path dir;

    private PythonRun run(String name, String source, String... args) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, source);
        String[] all = new String[args.length + 1];
        all[0] = file.toString();
        System.arraycopy(args, 0, all, 1, args.length);
        return PythonRun.of(all);
    }

    @Test
    void syntaxErrorShowsFileLineColumnSourceAndCaret() throws IOException {
        PythonRun r = run("bad.py", "x = 1\nif x == 1\n    print(x)\n");
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        assertEquals(dir.resolve("bad.py") + ":2:10: SyntaxError: expected ':'\n"
                + "    if x == 1\n"
                + "             ^\n", r.stderr());
    }

    @Test
    void unterminatedStringAndBadIndentation() throws IOException {
        PythonRun r = run("s.py", "print('abc)\n");
        assertEquals(dir.resolve("s.py") + ":1:7: SyntaxError: unterminated string literal\n"
                + "    print('abc)\n"
                + "          ^\n", r.stderr());
        PythonRun i = run("i.py", "def f():\nreturn 1\n");
        assertEquals(dir.resolve("i.py") + ":2:1: IndentationError: expected an indented block\n"
                + "    return 1\n"
                + "    ^\n", i.stderr());
    }

    /** An assignment expression stands only inside an expression, as in CPython: not as a statement. */
    @Test
    void anUnparenthesizedWalrusStatementIsASyntaxError() throws IOException {
        PythonRun r = run("w.py", "x := 1\n");
        assertEquals(1, r.exitCode());
        assertEquals(dir.resolve("w.py") + ":1:3: SyntaxError: invalid syntax\n"
                + "    x := 1\n"
                + "      ^\n", r.stderr());
    }

    @Test
    void unclosedBracketPointsAtTheOpeningOne() throws IOException {
        PythonRun r = run("b.py", "x = 1\ny = (1,\n     2\n");
        assertEquals(dir.resolve("b.py") + ":2:5: SyntaxError: '(' was never closed\n"
                + "    y = (1,\n"
                + "        ^\n", r.stderr());
    }

    @Test
    void unsupportedFeatureIsReportedAtCompileTime() throws IOException {
        PythonRun r = run("u.py", "try:\n    pass\nexcept* ValueError:\n    pass\n");
        assertEquals(1, r.exitCode());
        assertEquals(dir.resolve("u.py") + ":3:9: NotImplementedError: 'except*' is not supported by gilscope's interpreter\n"
                + "    except* ValueError:\n"
                + "            ^\n", r.stderr());
    }

    @Test
    void uncaughtExceptionPrintsPythonTraceback() throws IOException {
        PythonRun r = run("tb.py", "def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n\nprint('before')\nouter()\n");
        assertEquals(1, r.exitCode());
        assertEquals("before\n", r.stdout());
        String f = dir.resolve("tb.py").toString();
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + f + "\", line 8, in <module>\n"
                + "    outer()\n"
                + "  File \"" + f + "\", line 5, in outer\n"
                + "    return inner(0)\n"
                + "  File \"" + f + "\", line 2, in inner\n"
                + "    return 1 / x\n"
                + "ZeroDivisionError: division by zero\n", r.stderr());
    }

    @Test
    void userExceptionsAreQualifiedAndReraiseKeepsTheOrigin() throws IOException {
        PythonRun r = run("u.py", "class Oops(Exception):\n    pass\n\ntry:\n    raise Oops('bad')\nexcept Oops:\n    raise\n");
        String f = dir.resolve("u.py").toString();
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + f + "\", line 5, in <module>\n"
                + "    raise Oops('bad')\n"
                + "__main__.Oops: bad\n", r.stderr());
    }

    @Test
    void infiniteRecursionIsARecursionErrorNotAJavaStackTrace() throws IOException {
        PythonRun r = run("r.py", "def f(n):\n    return f(n + 1)\n\nf(0)\n");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("Traceback (most recent call last):\n"), r.stderr());
        assertTrue(r.stderr().contains("more times]\n"), r.stderr());
        assertTrue(r.stderr().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.stderr());
        assertTrue(!r.stderr().contains("java."), r.stderr());
    }

    @Test
    void missingModulesAreModuleNotFoundErrorsThatSayWhy() throws IOException {
        PythonRun r = run("m.py", "import sqlite3\n");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().endsWith("ModuleNotFoundError: No module named 'sqlite3' (it is in CPython's standard library, not yet in gilscope's interpreter)\n"),
                r.stderr());
        r = run("m.py", "import xml.dom\n");
        assertTrue(r.stderr().endsWith("ModuleNotFoundError: No module named 'xml' (it is in CPython's standard library, not yet in gilscope's interpreter)\n"),
                r.stderr());
        r = run("m.py", "try:\n    import tkinter\nexcept ImportError:\n    print('fallback')\nimport no_such_mod\n");
        assertEquals("fallback\n", r.stdout());
        assertTrue(r.stderr().endsWith("ModuleNotFoundError: No module named 'no_such_mod'\n"), r.stderr());
    }

    @Test
    void exitCodes() throws IOException {
        assertEquals(3, run("e.py", "import sys\nprint('x')\nsys.exit(3)\nprint('never')\n").exitCode());
        assertEquals(0, run("z.py", "import sys\nsys.exit()\n").exitCode());
        PythonRun msg = run("m.py", "import sys\nsys.exit('fatal: no input')\n");
        assertEquals(1, msg.exitCode());
        assertEquals("fatal: no input\n", msg.stderr());
        PythonRun args = run("a.py", "import sys\nprint(sys.argv)\n", "one", "two");
        assertEquals("['" + dir.resolve("a.py") + "', 'one', 'two']\n", args.stdout());
    }

    @Test
    void repeatRunsTheProgramAfreshInOneJvmAndStopsAtTheFirstFailure() throws IOException {
        Path file = dir.resolve("r.py");
        Files.writeString(file, "import threading\nx = [0]\nx[0] += 1\nt = threading.Thread(target=print, args=(x[0],))\nt.start()\nt.join()\n");
        PythonRun r = PythonRun.of("--repeat", "3", file.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(Main.REPEAT_MARKER + "1 of 3\n1\n" + Main.REPEAT_MARKER + "2 of 3\n1\n" + Main.REPEAT_MARKER + "3 of 3\n1\n", r.stdout());

        Files.writeString(file, "import sys\nprint('once')\nsys.exit(4)\n");
        PythonRun failed = PythonRun.of("--repeat", "3", file.toString());
        assertEquals(4, failed.exitCode());
        assertEquals(Main.REPEAT_MARKER + "1 of 3\nonce\n", failed.stdout());

        PythonRun bad = PythonRun.of("--repeat", "0", file.toString());
        assertEquals(2, bad.exitCode());
        assertEquals("gilscope-demo: --repeat needs a number of runs from 1 to 9999\n", bad.stderr());
    }

    @Test
    void missingFileIsOneLineAndExitCode2() {
        PythonRun r = PythonRun.of(dir.resolve("nope.py").toString());
        assertEquals(2, r.exitCode());
        assertEquals("gilscope-demo: can't open file '" + dir.resolve("nope.py") + "': [Errno 2] No such file or directory\n", r.stderr());
    }

    @Test
    void exceptionInThreadIsReportedAndMainContinues() throws IOException {
        PythonRun r = run("t.py", "import threading\ndef boom():\n    raise ValueError('in thread')\nt = threading.Thread(target=boom)\nt.start()\nt.join()\nprint('main goes on')\n");
        assertEquals(0, r.exitCode());
        assertEquals("main goes on\n", r.stdout());
        String f = dir.resolve("t.py").toString();
        assertEquals("Exception in thread Thread-1 (boom):\nTraceback (most recent call last):\n"
                + "  File \"" + f + "\", line 3, in boom\n"
                + "    raise ValueError('in thread')\n"
                + "ValueError: in thread\n", r.stderr());
    }
}
