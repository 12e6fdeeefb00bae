package io.gilscope.demo.lib;

import io.gilscope.demo.PythonRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.demo.vm.ReleasesGil;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hashlib against known digests (small and GIL-releasing large updates), os and random basics. */
class HashlibOsTest {
    @TempDir
    Path dir;

    @Test
    void digests() {
        PythonRun r = PythonRun.script(dir, "h", String.join("\n",
                "import hashlib",
                "print(hashlib.sha256('abc'.encode()).hexdigest())",
                "print(hashlib.md5(''.encode()).hexdigest(), hashlib.new('sha1', 'abc'.encode()).hexdigest())",
                "big = ('a' * 5000).encode()",
                "h = hashlib.sha256()",
                "h.update(('a' * 100).encode())",
                "h.update(('a' * 4900).encode())",
                "print(h.hexdigest() == hashlib.sha256(big).hexdigest(), h.digest_size, len(h.digest()))",
                "print(hashlib.sha256(big).hexdigest())",
                "try:",
                "    hashlib.sha256('text')",
                "except TypeError as e:",
                "    print(e)",
                "nonce = 0",
                "while not hashlib.sha256(f'block{nonce}'.encode()).hexdigest().startswith('00'):",
                "    nonce += 1",
                "print('proof of work', nonce > 0)",
                ""));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"
                + "d41d8cd98f00b204e9800998ecf8427e a9993e364706816aba3e25717850c26c9cd0d89d\n"
                + "True 32 32\nc526c6222044dab5674de9c4ac7f4566ebb5e4d8bf9d8ea34c9cc8a7cc3c869c\n"
                + "Strings must be encoded before hashing\nproof of work True\n", r.stdout(), r.toString());
    }

    @Test
    void largeUpdatesReleaseTheGil() throws Exception {
        assertTrue(HashlibModule.class.getMethod("updateReleasingGil", MessageDigest.class, byte[].class)
                .isAnnotationPresent(ReleasesGil.class));
    }

    @Test
    void osAndRandom() {
        PythonRun r = PythonRun.script(dir, "o", String.join("\n",
                "import os",
                "import random",
                "print(os.getpid(), os.cpu_count(), os.path.join('a', 'b'), os.path.basename('/x/y.py'))",
                "print(os.environ.get('GILSCOPE_HTTPBIN', '').startswith('http://127.0.0.1:'), os.getenv('NO_SUCH_VARIABLE_X') is None)",
                "xs = [random.randint(1, 6) for _ in range(1000)]",
                "print(min(xs), max(xs), 0 <= random.random() < 1)",
                ""), "--serve");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(ProcessHandle.current().pid() + " " + Runtime.getRuntime().availableProcessors() + " a/b y.py\nTrue True\n1 6 True\n",
                r.stdout(), r.toString());
    }
}
