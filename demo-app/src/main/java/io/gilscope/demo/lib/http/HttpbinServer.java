package io.gilscope.demo.lib.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny local stand-in for httpbin.org, so the seed programs' network examples run offline and with
 * known latencies. Endpoints (GET or POST): {@code /delay/N} answers after N seconds (at most 10, like
 * httpbin), {@code /get}, {@code /status/CODE}, {@code /bytes/N} (N pseudo-random bytes, seeded by N),
 * {@code /} (a short index). Every request is served on its own thread, so concurrent delays overlap.
 * Started on a free loopback port by {@code gilscope-demo --serve}, which exports {@value #ENV} to the
 * program; or standalone ({@code java -cp gilscope-demo.jar io.gilscope.demo.lib.http.HttpbinServer
 * [PORT]}) for running the same programs under CPython.
 */
public final class HttpbinServer {
    /** The environment variable the programs read their base URL from. */
    public static final String ENV = "GILSCOPE_HTTPBIN";
    /** The base URL programs fall back to when {@value #ENV} is not set (the standalone default port). */
    public static final int DEFAULT_PORT = 8765;
    private static final double MAX_DELAY = 10;

    private static HttpServer shared;

    private final HttpServer server;

    private HttpbinServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on 127.0.0.1:port (0 = any free port). */
    public static HttpbinServer start(int port) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        s.createContext("/", HttpbinServer::handle);
        s.setExecutor(daemonPool());
        s.start();
        return new HttpbinServer(s);
    }

    /** One server per JVM, started on first use on a free port; returns its base URL. */
    public static synchronized String startShared() throws IOException {
        if (shared == null) shared = start(0).server;
        return baseUrl(shared);
    }

    public String baseUrl() { return baseUrl(server); }

    public int port() { return server.getAddress().getPort(); }

    public void stop() { server.stop(0); }

    private static String baseUrl(HttpServer s) {
        return "http://127.0.0.1:" + s.getAddress().getPort();
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
        HttpbinServer s = start(port);
        System.out.println("httpbin stand-in listening on " + s.baseUrl() + " (export " + ENV + "=" + s.baseUrl() + ")");
        // daemon worker threads: keep the JVM alive with the main thread
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            s.stop();
        }
    }

    private static ExecutorService daemonPool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "httpbin-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static void handle(HttpExchange ex) throws IOException {
        try (ex) {
            drain(ex.getRequestBody());
            URI uri = ex.getRequestURI();
            String path = uri.getPath();
            String[] parts = path.split("/");
            if (parts.length == 3 && parts[1].equals("delay")) {
                double secs = Math.min(MAX_DELAY, Math.max(0, Double.parseDouble(parts[2])));
                sleep((long) (secs * 1000));
                json(ex, 200, echo(ex, uri));
            } else if (path.equals("/get") || path.equals("/post") || path.equals("/anything")) {
                json(ex, 200, echo(ex, uri));
            } else if (parts.length == 3 && parts[1].equals("status")) {
                int code = Integer.parseInt(parts[2]);
                send(ex, code, "text/plain", new byte[0]);
            } else if (parts.length == 3 && parts[1].equals("bytes")) {
                int n = Math.min(1 << 20, Integer.parseInt(parts[2]));
                byte[] b = new byte[n];
                new Random(n).nextBytes(b);
                send(ex, 200, "application/octet-stream", b);
            } else if (path.equals("/")) {
                send(ex, 200, "text/plain", ("gilscope httpbin stand-in: /delay/N /get /status/CODE /bytes/N\n")
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (NumberFormatException e) {
            send(ex, 400, "text/plain", ("bad request: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String echo(HttpExchange ex, URI uri) {
        return "{\n  \"args\": {},\n  \"method\": \"" + ex.getRequestMethod() + "\",\n  \"origin\": \""
                + ex.getRemoteAddress().getAddress().getHostAddress() + "\",\n  \"url\": \"" + baseUrl(ex.getHttpContext().getServer())
                + uri.getRawPath() + "\"\n}\n";
    }

    private static void json(HttpExchange ex, int code, String body) throws IOException {
        send(ex, code, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int code, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        }
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
