package io.gilscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No GIL, yet list/dict/set operations are each atomic: several threads mutating one structure leave
 * it consistent (no lost appends, no Java exception), while read-modify-write in Python may race.
 */
class ConcurrencyTortureTest {
    @TempDir
    Path dir;

    @Test
    void sharedListDictAndSetStayConsistent() throws IOException {
        Path prog = dir.resolve("torture.py");
        Files.writeString(prog, """
                import threading
                N = 4
                PER = 50_000
                shared_list = []
                shared_dict = {}
                shared_set = set()
                counts = {}
                def work(tid):
                    for i in range(PER):
                        shared_list.append(i)
                        shared_dict[(tid, i)] = i
                        shared_set.add(tid * PER + i)
                        counts.setdefault(i % 10, []).append(tid)
                        if i % 100 == 0:
                            shared_dict.pop((tid, i))
                            len(shared_list)
                            shared_dict.get((tid, i - 1))
                threads = [threading.Thread(target=work, args=(t,)) for t in range(N)]
                for t in threads: t.start()
                for t in threads: t.join()
                print(len(shared_list), len(shared_dict), len(shared_set), sum(len(v) for v in counts.values()))
                print(sum(shared_list) == N * sum(range(PER)))
                """);
        PythonRun r = PythonRun.of(prog.toString());
        assertEquals("", r.stderr());
        assertEquals((4 * 50_000) + " " + (4 * 50_000 - 4 * 500) + " " + (4 * 50_000) + " " + (4 * 50_000) + "\nTrue\n", r.stdout());
    }

    @Test
    void popAndAppendFromManyThreadsNeverCorrupt() throws IOException {
        Path prog = dir.resolve("queue.py");
        Files.writeString(prog, """
                import threading
                items = list(range(100_000))
                taken = []
                lock = threading.Lock()
                def consumer():
                    got = []
                    while True:
                        try:
                            got.append(items.pop())
                        except IndexError:
                            break
                    with lock:
                        taken.extend(got)
                threads = [threading.Thread(target=consumer) for _ in range(4)]
                for t in threads: t.start()
                for t in threads: t.join()
                print(len(taken), len(set(taken)), len(items))
                """);
        PythonRun r = PythonRun.of(prog.toString());
        assertEquals("", r.stderr());
        assertEquals("100000 100000 0\n", r.stdout());
    }

    @Test
    void oneGeneratorSharedByThreadsNeverCorrupts() throws IOException {
        Path prog = dir.resolve("gen.py");
        Files.writeString(prog, """
                import threading
                def numbers(n):
                    for i in range(n):
                        yield i
                g = numbers(200_000)
                got = []
                busy = [0]
                def consume():
                    while True:
                        try:
                            got.append(next(g))
                        except ValueError:
                            busy[0] += 1          # "generator already executing": retry
                        except StopIteration:
                            return
                threads = [threading.Thread(target=consume) for _ in range(3)]
                for t in threads: t.start()
                for t in threads: t.join()
                print(len(got), len(set(got)), sorted(got) == list(range(200_000)))
                """);
        PythonRun r = PythonRun.of(prog.toString());
        assertEquals("", r.stderr());
        assertEquals("200000 200000 True\n", r.stdout());
    }
}
