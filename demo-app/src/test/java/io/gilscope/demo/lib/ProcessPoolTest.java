package io.gilscope.demo.lib;

import io.gilscope.demo.PythonRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.demo.jit.Jit;
import io.gilscope.demo.vm.PyModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * multiprocessing.Pool and ProcessPoolExecutor over real child JVMs: results equal sequential ones,
 * worker exceptions come back with their message and traceback, and dead workers give a clear error
 * within a bounded time instead of a hang.
 */
class ProcessPoolTest {
    @TempDir
    Path dir;

    /** A worker translates hot code, or not, as its parent does (--jit): the mode goes on its command line. */
    @Test
    void workersGetTheParentsJitMode() throws Exception {
        Path program = Files.writeString(dir.resolve("prog.py"), "pass\n");
        PyModule main = new PyModule("__main__");
        main.dict.put("__file__", program.toString());
        PyModule before = Modules.LOADED.put("__main__", main);
        try {
            Jit.OFF.install();
            List<String> off = ProcessPool.command();
            Jit.ON.install();
            List<String> on = ProcessPool.command();
            assertTrue(off.contains("-D" + Jit.PROPERTY + "=off"), off.toString());
            assertTrue(on.contains("-D" + Jit.PROPERTY + "=on"), on.toString());
            assertEquals(1, on.stream().filter(a -> a.startsWith("-D" + Jit.PROPERTY + "=")).count(), on.toString());
        } finally {
            if (before != null) Modules.LOADED.put("__main__", before);
            else Modules.LOADED.remove("__main__");
        }
    }

    private static final String FUNCS = String.join("\n",
            "import sys",
            "import os",
            "from multiprocessing import Pool",
            "from concurrent.futures import ProcessPoolExecutor",
            "",
            "def square(x):",
            "    return x * x",
            "",
            "def add(a, b=0):",
            "    return a + b",
            "",
            "def echo(v):",
            "    return v",
            "",
            "def boom(x):",
            "    raise ValueError(f'bad value {x}')",
            "",
            "def die(code):",
            "    sys.exit(code)",
            "",
            "def shout(x):",
            "    print('worker says', x)",
            "    return os.getpid()",
            "",
            "def burn(n):",
            "    import time",
            "    start = time.thread_time()",
            "    sum(i * i for i in range(n))",
            "    return [os.getpid(), time.thread_time() - start]",
            "",
            "def snooze(s):",
            "    import time",
            "    time.sleep(s)",
            "    return s",
            "");

    private PythonRun script(String main) {
        return PythonRun.script(dir, "prog", FUNCS + "if __name__ == '__main__':\n" + main.indent(4));
    }

    @Test
    void poolResultsEqualSequentialResults() {
        PythonRun r = script(String.join("\n",
                "xs = list(range(-5, 40)) + [2 ** 70, 1.5, True]",
                "values = [None, True, False, 7, -2 ** 80, 2.5, 'héllo', 'x'.encode(), [1, [2]], (3, (4,)), {'a': [1], 2: None}, {1, 2}, ()]",
                "with Pool(processes=2) as pool:",
                "    print(pool.map(square, xs) == [square(x) for x in xs])",
                "    print(pool.map(square, xs, chunksize=1) == [square(x) for x in xs])",
                "    print(pool.starmap(add, [(1, 2), (3, 4)]) == [3, 7])",
                "    print(pool.apply(add, (1,), {'b': 5}) == 6)",
                "    print(pool.apply_async(square, (9,)).get(timeout=30) == 81)",
                "    print(list(pool.imap(square, xs)) == [square(x) for x in xs])",
                "    print(sorted(pool.imap_unordered(square, range(10))) == [x * x for x in range(10)])",
                "    print(pool.map(echo, values) == values)",
                "with ProcessPoolExecutor(max_workers=2) as ex:",
                "    print([f.result() for f in [ex.submit(square, x) for x in xs]] == [square(x) for x in xs])",
                "    print(list(ex.map(square, xs, chunksize=4)) == [square(x) for x in xs])",
                "    print(ex.submit(add, 1, b=2).result() == 3)"));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("True\n".repeat(11), r.stdout(), r.toString());
    }

    @Test
    void theWorkRunsInTheChildrenNotInTheParent() {
        PythonRun r = script(String.join("\n",
                "import time",
                "with Pool(2) as pool:",
                "    pool.map(square, [1, 2])",
                "    parent = time.thread_time()",
                "    out = pool.map(burn, [400_000] * 4, chunksize=1)",
                "    parent = time.thread_time() - parent",
                "children = sum(cpu for pid, cpu in out)",
                "print(len({pid for pid, cpu in out} - {os.getpid()}) >= 1, children > 0, parent < children / 4, parent, children)"));
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().startsWith("True True True "), "the parent's thread CPU time while waiting must be small: " + r);
    }

    @Test
    void closeJoinAndCallbacks() {
        PythonRun r = script(String.join("\n",
                "got = []",
                "pool = Pool(2)",
                "try:",
                "    pool.join()",
                "except ValueError as e:",
                "    print(e)",
                "r = pool.apply_async(square, (6,), callback=got.append)",
                "e = pool.apply_async(boom, (1,), error_callback=lambda exc: got.append(repr(exc)))",
                "m = pool.map_async(square, range(5))",
                "pool.close()",
                "pool.join()",
                "print(r.get(), m.get(), r.successful(), e.ready(), e.successful())",
                "print(sorted(got, key=str))",
                "try:",
                "    pool.map(square, [1])",
                "except ValueError as e:",
                "    print(e)"));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("Pool is still running\n36 [0, 1, 4, 9, 16] True True False\n[36, \"ValueError('bad value 1')\"]\nPool not running\n",
                r.stdout(), r.toString());
    }

    @Test
    void processesRunTargetsAndReportExitCodes() {
        PythonRun r = script(String.join("\n",
                "import multiprocessing as mp",
                "for target, args in [(shout, (1,)), (boom, (2,)), (die, (3,))]:",
                "    p = mp.Process(target=target, args=args)",
                "    p.start()",
                "    p.join()",
                "    print(p.name, p.exitcode, p.is_alive())"));
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().matches("worker says 1\nProcess-\\d+ 0 False\nProcess-\\d+ 1 False\nProcess-\\d+ 3 False\n"), r.toString());
        assertTrue(r.stderr().contains(":\nTraceback (most recent call last):\n") && r.stderr().endsWith("ValueError: bad value 2\n"), r.stderr());
    }

    @Test
    void arraysAndEnvironmentReachWorkers() {
        PythonRun r = script(String.join("\n",
                "import numpy as np",
                "os.environ['GILSCOPE_TEST_VAR'] = 'x1'",
                "def getenv(name):",
                "    return os.environ.get(name)",
                "a = np.random.rand(3, 4)",
                "with Pool(1) as pool:",
                "    b = pool.apply(echo, (a,))",
                "    print(b.shape, b.tolist() == a.tolist())",
                "    print(pool.apply(os.getenv, ('GILSCOPE_TEST_VAR',)))"));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("(3, 4) True\nx1\n", r.stdout(), r.toString());
    }

    @Test
    void workerExceptionSurfacesWithItsMessageAndTraceback() {
        PythonRun r = script(String.join("\n",
                "with Pool(2) as pool:",
                "    try:",
                "        pool.map(boom, [7])",
                "    except ValueError as e:",
                "        print('pool:', e)",
                "with ProcessPoolExecutor(max_workers=1) as ex:",
                "    f = ex.submit(boom, 8)",
                "    print('exception():', repr(f.exception()))",
                "    f.result()"));
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("pool: bad value 7\nexception(): ValueError('bad value 8')\n", r.stdout(), r.toString());
        String err = r.stderr();
        assertTrue(err.startsWith("concurrent.futures.process._RemoteTraceback: \n\"\"\"\nTraceback (most recent call last):\n"), err);
        assertTrue(err.contains("line 16, in boom\n    raise ValueError(f'bad value {x}')\nValueError: bad value 8\n\"\"\"\n"), err);
        assertTrue(err.contains("The above exception was the direct cause of the following exception:"), err);
        assertTrue(err.endsWith("    f.result()\nValueError: bad value 8\n"), err);
    }

    @Test
    void workerCallingSysExitBreaksThePoolWithinBoundedTime() {
        PythonRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> script(String.join("\n",
                "with Pool(2) as pool:",
                "    try:",
                "        pool.map(die, [3])",
                "    except Exception as e:",
                "        print(type(e).__name__, e)",
                "ex = ProcessPoolExecutor(max_workers=2)",
                "try:",
                "    ex.submit(die, 4).result(timeout=30)",
                "except Exception as e:",
                "    print(type(e).__name__)",
                "try:",
                "    ex.submit(square, 2)",
                "except Exception as e:",
                "    print(type(e).__name__, e)")));
        assertEquals(0, r.exitCode(), r.toString());
        String[] lines = r.stdout().split("\n");
        assertTrue(lines[0].matches("WorkerLostError A process in the process pool was terminated abruptly while running die\\(\\) "
                + "\\(SpawnPoolWorker-\\d+, pid \\d+, exit code 3\\)"), r.toString());
        assertEquals("BrokenProcessPool", lines[1], r.toString());
        assertEquals("BrokenProcessPool A child process terminated abruptly, the process pool is not usable anymore", lines[2], r.toString());
    }

    @Test
    void killedWorkerGivesAClearErrorNotAHang() throws Exception {
        CompletableFuture<PythonRun> run = CompletableFuture.supplyAsync(() -> script(String.join("\n",
                "with Pool(1) as pool:",
                "    try:",
                "        pool.map(snooze, [60])",
                "    except Exception as e:",
                "        print(type(e).__name__, e)")));
        ProcessHandle child = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (child == null && System.nanoTime() < deadline) {
            child = ProcessHandle.current().children()
                    .filter(p -> p.isAlive() && p.info().arguments()
                            .map(a -> String.join(" ", a).contains("WorkerMain") && String.join(" ", a).contains(dir.toString())).orElse(false))
                    .findFirst().orElse(null);
            Thread.sleep(50);
        }
        assertTrue(child != null, "no worker process appeared");
        Thread.sleep(1500);
        child.destroyForcibly();
        PythonRun r = run.get(20, TimeUnit.SECONDS);
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().matches("WorkerLostError A process in the process pool was terminated abruptly while running snooze\\(\\) "
                + "\\(SpawnPoolWorker-\\d+, pid " + child.pid() + ", exit code 137\\)\n"), r.toString());
    }

    @Test
    void unpicklableArgumentsAndFunctionsAreRefusedClearly() {
        PythonRun r = script(String.join("\n",
                "import threading",
                "with Pool(1) as pool:",
                "    for fn, arg in [(echo, object()), (lambda x: x, 1), (echo, threading.Lock())]:",
                "        try:",
                "            pool.map(fn, [arg])",
                "        except Exception as e:",
                "            print(type(e).__name__, str(e)[:60])"));
        assertEquals(0, r.exitCode(), r.toString());
        String[] lines = r.stdout().split("\n");
        assertTrue(lines[0].startsWith("PicklingError Can't pickle <builtins.object object at 0x"), r.toString());
        assertTrue(lines[1].startsWith("PicklingError Can't pickle <function <lambda> at 0x"), r.toString());
        assertEquals("TypeError cannot pickle '_thread.lock' object", lines[2], r.toString());
    }

    @Test
    void workerOutputReachesTheParentAndMainBlocksDoNotRunInWorkers() {
        PythonRun r = PythonRun.script(dir, "prog2", FUNCS + String.join("\n",
                "print('module level runs in', __name__)",
                "if __name__ == '__main__':",
                "    with Pool(1) as pool:",
                "        pids = pool.map(shout, [1, 2])",
                "    print(pids[0] != os.getpid(), pids[0] == pids[1])"));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("module level runs in __main__\nmodule level runs in __mp_main__\nworker says 1\nworker says 2\nTrue True\n",
                r.stdout(), r.toString());
    }

    @Test
    void startingAPoolWhileAWorkerBootstrapsFailsLikeSpawn() {
        PythonRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PythonRun.script(dir, "noguard", FUNCS + String.join("\n",
                "with Pool(1) as pool:",
                "    print(pool.map(square, [3]))")));
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("An attempt has been made to start a new process before the"), r.stderr());
        assertTrue(r.stderr().contains("multiprocessing.pool.WorkerLostError: A process in the process pool was terminated abruptly during start-up"), r.stderr());
    }
}
