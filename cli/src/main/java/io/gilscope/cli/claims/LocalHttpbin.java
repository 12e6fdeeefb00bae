package io.gilscope.cli.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * demo-app's httpbin stand-in ({@code /delay/N}) in a process of its own, so that CPython and the demo
 * interpreter fetch from the same server: the programs find it in {@code GILSCOPE_HTTPBIN}.
 */
public final class LocalHttpbin implements AutoCloseable {
    public static final String ENV = "GILSCOPE_HTTPBIN";
    private static final Pattern URL = Pattern.compile("http://[^\\s)]+");

    private final Process process;
    public final String url;

    private LocalHttpbin(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts the server on a free loopback port; returns null (and says why) when it cannot. */
    public static LocalHttpbin start(String java, Path demoJar) throws IOException {
        Process p = new ProcessBuilder(java, "-cp", demoJar.toString(), "io.gilscope.demo.lib.http.HttpbinServer", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = line == null ? null : URL.matcher(line);
        if (m == null || !m.find()) {
            p.destroyForcibly();
            return null;
        }
        return new LocalHttpbin(p, m.group());
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
