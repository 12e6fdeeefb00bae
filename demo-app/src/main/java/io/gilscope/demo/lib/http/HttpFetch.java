package io.gilscope.demo.lib.http;

import io.gilscope.demo.vm.ReleasesGil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The blocking part of urllib.request.urlopen: one HTTP/1.1 exchange over a socket
 * ({@link HttpURLConnection}, keep-alive pooled), the whole body read before returning. It is a
 * {@link ReleasesGil} leaf: it never calls back into Python and never throws; failures come back as
 * a {@link Result} with {@link Result#error} set, for the caller to raise as URLError / TimeoutError.
 */
public final class HttpFetch {
    private HttpFetch() { }

    /** How a failed exchange failed, in Python's terms. */
    public enum Failure { NONE, URL_ERROR, READ_TIMEOUT }

    /** status/reason/headers/body of a response; or a failure with a Python-style reason. */
    public record Result(int status, String reason, String url, List<String[]> headers, byte[] body,
                         Failure failure, String error) { }

    @ReleasesGil
    public static Result fetch(String method, String url, byte[] data, Map<String, String> headers, int timeoutMillis) {
        boolean connected = false;
        HttpURLConnection c = null;
        try {
            c = (HttpURLConnection) new URL(url).openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout(timeoutMillis);
            c.setReadTimeout(timeoutMillis);
            c.setRequestProperty("User-Agent", "Python-urllib/3.11");
            c.setRequestProperty("Accept-Encoding", "identity");
            for (Map.Entry<String, String> h : headers.entrySet()) c.setRequestProperty(h.getKey(), h.getValue());
            if (data != null) {
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(data.length);
                if (!headers.containsKey("Content-Type")) c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                try (OutputStream o = c.getOutputStream()) {
                    o.write(data);
                }
            } else {
                c.connect();
            }
            connected = true;
            int status = c.getResponseCode();
            String reason = c.getResponseMessage();
            byte[] body;
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                body = in == null ? new byte[0] : in.readAllBytes();
            }
            List<String[]> hs = new ArrayList<>();
            for (int i = 1; c.getHeaderFieldKey(i) != null; i++) hs.add(new String[]{c.getHeaderFieldKey(i), c.getHeaderField(i)});
            return new Result(status, reason == null ? "" : reason, c.getURL().toString(), hs, body, Failure.NONE, null);
        } catch (SocketTimeoutException e) {
            if (c != null) c.disconnect();
            return connected ? failure(Failure.READ_TIMEOUT, "The read operation timed out") : failure(Failure.URL_ERROR, "timed out");
        } catch (ConnectException e) {
            String m = String.valueOf(e.getMessage());
            return failure(Failure.URL_ERROR, m.contains("refused") ? "[Errno 111] Connection refused" : m);
        } catch (UnknownHostException e) {
            return failure(Failure.URL_ERROR, "[Errno -2] Name or service not known");
        } catch (NoRouteToHostException e) {
            return failure(Failure.URL_ERROR, "[Errno 113] No route to host");
        } catch (IOException | RuntimeException e) {
            if (c != null) c.disconnect();
            return failure(Failure.URL_ERROR, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static Result failure(Failure f, String message) {
        return new Result(0, "", null, List.of(), null, f, message);
    }
}
