package io.gilscope.demo.lib;

import io.gilscope.demo.PythonRun;
import io.gilscope.demo.lib.http.HttpFetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.demo.lib.http.HttpbinServer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** urllib.request against the local httpbin stand-in, and its Python-style errors. */
class UrllibTest {
    @TempDir
    Path dir;

    private PythonRun serve(String source) {
        return PythonRun.script(dir, "fetch", "import os\nimport urllib.request\nimport urllib.error\nbase = os.environ['GILSCOPE_HTTPBIN']\n" + source, "--serve");
    }

    @Test
    void urlopenReturnsTheBody() {
        PythonRun r = serve(String.join("\n",
                "with urllib.request.urlopen(base + '/get', timeout=10) as resp:",
                "    body = resp.read()",
                "    print(resp.status, resp.reason, resp.getheader('content-type'))",
                "print(type(body).__name__, base + '/get' in body.decode())",
                "print(len(urllib.request.urlopen(base + '/bytes/5000').read()))",
                "req = urllib.request.Request(base + '/anything', data='a=1'.encode(), method='POST')",
                "print('\"method\": \"POST\"' in urllib.request.urlopen(req).read().decode())",
                ""));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("200 OK application/json\nbytes True\n5000\nTrue\n", r.stdout(), r.toString());
    }

    @Test
    void aBadPortGivesAPythonStyleUrlError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PythonRun r = serve(String.join("\n",
                "try:",
                "    urllib.request.urlopen('http://127.0.0.1:" + port + "/get')",
                "except urllib.error.URLError as e:",
                "    print('caught', isinstance(e, OSError), e.reason)",
                "urllib.request.urlopen('http://127.0.0.1:" + port + "/get')",
                ""));
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("caught True [Errno 111] Connection refused\n", r.stdout(), r.toString());
        assertTrue(r.stderr().startsWith("Traceback (most recent call last):\n  File \""), r.stderr());
        assertTrue(r.stderr().endsWith("urllib.error.URLError: <urlopen error [Errno 111] Connection refused>\n"), r.stderr());
    }

    @Test
    void httpErrorsAndTimeouts() {
        PythonRun r = serve(String.join("\n",
                "try:",
                "    urllib.request.urlopen(base + '/status/404')",
                "except urllib.error.HTTPError as e:",
                "    print(e.code, e, isinstance(e, urllib.error.URLError))",
                "try:",
                "    urllib.request.urlopen(base + '/delay/3', timeout=0.3)",
                "except TimeoutError as e:",
                "    print('TimeoutError', e)",
                "try:",
                "    urllib.request.urlopen('ftp://example.com/')",
                "except urllib.error.URLError as e:",
                "    print(e)",
                ""));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("404 HTTP Error 404: Not Found True\nTimeoutError The read operation timed out\n<urlopen error unknown url type: ftp>\n",
                r.stdout(), r.toString());
    }

    @Test
    void concurrentDelaysOverlapOnTheServer() throws Exception {
        HttpbinServer s = HttpbinServer.start(0);
        try {
            long t0 = System.nanoTime();
            Thread[] ts = new Thread[5];
            for (int i = 0; i < ts.length; i++) {
                ts[i] = new Thread(() -> HttpFetch.fetch("GET", s.baseUrl() + "/delay/1", null, Map.of(), 10_000));
                ts[i].start();
            }
            for (Thread t : ts) t.join();
            double secs = (System.nanoTime() - t0) / 1e9;
            assertTrue(secs >= 1.0 && secs < 4.0, "5 concurrent /delay/1 took " + secs + " s");
        } finally {
            s.stop();
        }
    }
}
