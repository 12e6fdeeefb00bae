package io.gilscope.demo.lib;

import io.gilscope.demo.PythonRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** concurrent.futures.ThreadPoolExecutor, Future, as_completed and wait. */
class ThreadPoolTest {
    @TempDir
    Path dir;

    private static final String HEAD = String.join("\n",
            "import threading",
            "import time",
            "from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED",
            "import concurrent.futures",
            "",
            "def square(x):",
            "    return x * x",
            "",
            "def boom(x):",
            "    raise ValueError(f'bad value {x}')",
            "",
            "def nap(s):",
            "    time.sleep(s)",
            "    return threading.current_thread().name",
            "");

    private PythonRun script(String body) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PythonRun.script(dir, "tp", HEAD + body + "\n"));
    }

    @Test
    void resultsMapAndAsCompleted() {
        PythonRun r = script(String.join("\n",
                "with ThreadPoolExecutor(max_workers=3) as ex:",
                "    fs = [ex.submit(square, n) for n in range(20)]",
                "    print([f.result() for f in fs] == [n * n for n in range(20)])",
                "    print(list(ex.map(square, range(20))) == [n * n for n in range(20)])",
                "    print(sorted(f.result() for f in as_completed(fs)) == sorted(n * n for n in range(20)))",
                "    names = {ex.submit(nap, 0.05).result() for _ in range(5)}",
                "    print(all(n.startswith('ThreadPoolExecutor-') for n in names), fs[0].done(), fs[0].cancelled())",
                "    done, not_done = wait([ex.submit(nap, 0.01), ex.submit(nap, 0.5)], return_when=FIRST_COMPLETED)",
                "    print(len(done), len(not_done))",
                "    ex.shutdown(wait=False, cancel_futures=True)"));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("True\nTrue\nTrue\nTrue True False\n1 1\n", r.stdout(), r.toString());
    }

    @Test
    void workerExceptionIsReRaisedByResultWithTheWorkerFrames() {
        PythonRun r = script(String.join("\n",
                "with ThreadPoolExecutor(max_workers=2) as ex:",
                "    f = ex.submit(boom, 3)",
                "    print(repr(f.exception()))",
                "    f.result()"));
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("ValueError('bad value 3')\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("    f.result()\n"), r.stderr());
        assertTrue(r.stderr().endsWith("in boom\n    raise ValueError(f'bad value {x}')\nValueError: bad value 3\n"), r.stderr());
    }

    @Test
    void timeoutsAndShutdown() {
        PythonRun r = script(String.join("\n",
                "ex = ThreadPoolExecutor(max_workers=1)",
                "f = ex.submit(nap, 1)",
                "try:",
                "    f.result(timeout=0.05)",
                "except TimeoutError:",
                "    print('TimeoutError', f.running())",
                "try:",
                "    for g in as_completed([f], timeout=0.05):",
                "        pass",
                "except concurrent.futures.TimeoutError as e:",
                "    print(e)",
                "ex.shutdown()",
                "print(f.done())",
                "try:",
                "    ex.submit(square, 1)",
                "except RuntimeError as e:",
                "    print(e)"));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("TimeoutError True\n1 (of 1) futures unfinished\nTrue\ncannot schedule new futures after shutdown\n", r.stdout(), r.toString());
    }

    @Test
    void unfinishedPoolsDoNotKeepTheProgramAlive() {
        PythonRun r = script(String.join("\n",
                "ex = ThreadPoolExecutor(max_workers=2)",
                "fs = [ex.submit(nap, 0.1) for _ in range(4)]",
                "print('main done')"));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("main done\n", r.stdout(), r.toString());
    }
}
