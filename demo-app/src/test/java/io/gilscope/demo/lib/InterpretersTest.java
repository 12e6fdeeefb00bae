package io.gilscope.demo.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gilscope.demo.PythonRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * concurrent.interpreters and InterpreterPoolExecutor (CPython 3.14; the python3 here is 3.11, so the
 * expected output is written from CPython 3.14's documentation): isolated interpreters, values and
 * queues between them, failures, closing.
 */
class InterpretersTest {
    @TempDir Path dir;

    @Test
    void interpretersAreIsolatedAndExchangeValuesAndQueues() throws IOException {
        Path program = Files.writeString(dir.resolve("interp.py"), """
                from concurrent import interpreters
                from concurrent.futures import InterpreterPoolExecutor

                counter = 0

                def bump(by, *, twice=False):
                    global counter
                    counter += by * (2 if twice else 1)
                    return counter

                if __name__ == "__main__":
                    a = interpreters.create()
                    print(interpreters.get_current().id, a.id > 0, a.is_running())
                    a.exec("x = 6 * 7\\nprint('in a:', x)")
                    print(a.call(bump, 5), a.call(bump, 5, twice=True), counter)   # a's own globals
                    b = interpreters.create()
                    print(b.call(bump, 1))                                            # and b's
                    q = interpreters.create_queue()
                    a.prepare_main(q=q, greeting="hi")
                    a.exec("q.put((greeting, [1, 2.5, None], {'k': b'v'}, x))")
                    print(q.get(), q.empty())
                    try:
                        a.exec("raise ValueError('boom')")
                    except interpreters.ExecutionFailed as e:
                        print("ExecutionFailed:", e)
                    try:
                        a.call(len, object())
                    except interpreters.NotShareableError:
                        print("NotShareableError")
                    try:
                        q.get(timeout=0.01)
                    except interpreters.QueueEmpty:
                        print("QueueEmpty")
                    a.close()
                    try:
                        a.exec("pass")
                    except interpreters.InterpreterNotFoundError as e:
                        print(str(e) == f"interpreter {a.id} has been closed")
                    with InterpreterPoolExecutor(max_workers=2) as pool:
                        print(sorted(pool.map(bump, [1, 2, 3, 4])) != [], pool.submit(bump, 10, twice=True).result() >= 20)
                    print(counter)
                """);
        PythonRun r = PythonRun.of(program.toString());
        assertEquals("", r.stderr(), r.toString());
        assertEquals("""
                0 True False
                in a: 42
                5 15 0
                1
                ('hi', [1, 2.5, None], {'k': b'v'}, 42) True
                ExecutionFailed: ValueError: boom
                NotShareableError
                QueueEmpty
                True
                True True
                0
                """, r.stdout());
    }
}
