package io.gilscope.demo.lib;

import io.gilscope.demo.lib.http.HttpFetch;
import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyBytes;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.Types;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * urllib.request: {@code urlopen(url_or_request, data=None, timeout=None)} and {@code Request}. The
 * exchange happens in {@link HttpFetch#fetch}, with the GIL released; the response (an
 * {@code http.client.HTTPResponse}) then holds the whole body: read(), status, reason, headers,
 * getheader(), getcode(), geturl(), and {@code with}. HTTP errors raise urllib.error.HTTPError,
 * connection failures URLError, a read timeout TimeoutError, as CPython does.
 */
public final class UrllibRequestModule {
    private UrllibRequestModule() { }

    public static final PyClass RESPONSE = new PyClass("HTTPResponse", Types.OBJECT);
    public static final PyClass REQUEST = new PyClass("Request", Types.OBJECT);

    static {
        RESPONSE.module = "http.client";
        REQUEST.module = "urllib.request";
        defineResponse();
        REQUEST.def("__init__", (a, k) -> {
            Object[] p = Args.parse("Request", a, k, 2, "self", "url", "data", "headers", "origin_req_host", "unverifiable", "method");
            PyInstance self = (PyInstance) a[0];
            self.attrs.put("full_url", Ops.str(p[1]));
            self.attrs.put("data", Args.or(p[2], PyNone.NONE));
            self.attrs.put("headers", p[3] instanceof PyDict d ? d : new PyDict());
            self.attrs.put("method", Args.or(p[6], PyNone.NONE));
            return PyNone.NONE;
        });
        REQUEST.def("get_method", (a, k) -> method((PyInstance) a[0]));
        REQUEST.def("add_header", (a, k) -> {
            ((PyDict) ((PyInstance) a[0]).attrs.get("headers")).put(Ops.str(a[1]), Ops.str(a[2]));
            return PyNone.NONE;
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("urllib.request");
        m.put("Request", REQUEST);
        m.def("urlopen", (a, k) -> {
            Object[] p = Args.parse("urlopen", a, k, 1, "url", "data", "timeout", "cafile", "capath", "cadefault", "context");
            return urlopen(p[0], p[1], p[2]);
        });
        return m;
    }

    private static String method(PyInstance req) {
        Object m = req.attrs.get("method");
        if (m instanceof String s) return s;
        return req.attrs.get("data") == PyNone.NONE ? "GET" : "POST";
    }

    static PyInstance urlopen(Object target, Object data, Object timeout) {
        String url;
        Map<String, String> headers = new LinkedHashMap<>();
        String method;
        if (target instanceof PyInstance r && r.cls.isSubclassOf(REQUEST)) {
            url = (String) r.attrs.get("full_url");
            if (data == null || data == PyNone.NONE) data = r.attrs.get("data");
            for (Object[] kv : ((PyDict) r.attrs.get("headers")).entries()) headers.put(Ops.str(kv[0]), Ops.str(kv[1]));
            method = r.attrs.get("method") instanceof String s ? s : (data == PyNone.NONE ? "GET" : "POST");
        } else if (target instanceof String s) {
            url = s;
            method = data == null || data == PyNone.NONE ? "GET" : "POST";
        } else {
            throw Errors.typeError("urlopen() argument must be a str or a Request, not '" + Ops.typeName(target) + "'");
        }
        byte[] body = null;
        if (data != null && data != PyNone.NONE) {
            if (!(data instanceof PyBytes b)) throw Errors.typeError("POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.");
            body = b.data();
        }
        int colon = url.indexOf("://");
        if (colon < 0) throw Errors.valueError("unknown url type: " + Ops.repr(url));
        String scheme = url.substring(0, colon).toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) throw UrllibErrorModule.urlError("unknown url type: " + scheme);
        int millis = 0;
        if (timeout != null && timeout != PyNone.NONE) {
            double t = Ops.toDouble(timeout);
            if (t <= 0) throw Errors.valueError("Timeout value connect was " + Ops.repr(timeout) + ", but it must be an int, float or None.");
            millis = (int) Math.max(1, Math.ceil(t * 1000));
        }
        HttpFetch.Result r = HttpFetch.fetch(method, url, body, headers, millis);
        switch (r.failure()) {
            case URL_ERROR:
                throw UrllibErrorModule.urlError(r.error());
            case READ_TIMEOUT:
                throw Errors.make(Errors.TIMEOUT_ERROR, r.error());
            default:
                break;
        }
        PyDict hs = new PyDict();
        for (String[] h : r.headers()) hs.put(h[0], h[1]);
        if (r.status() >= 400) {
            PyInstance e = new PyInstance(UrllibErrorModule.HTTP_ERROR);
            e.attrs.put("args", PyTuple.of((long) r.status(), r.reason()));
            e.attrs.put("url", r.url());
            e.attrs.put("code", (long) r.status());
            e.attrs.put("status", (long) r.status());
            e.attrs.put("reason", r.reason());
            e.attrs.put("msg", r.reason());
            e.attrs.put("headers", hs);
            e.attrs.put("_body", new PyBytes(r.body()));
            throw new PyException(e);
        }
        PyInstance resp = new PyInstance(RESPONSE);
        resp.nativeState = new Body(r.body());
        resp.attrs.put("status", (long) r.status());
        resp.attrs.put("code", (long) r.status());
        resp.attrs.put("reason", r.reason());
        resp.attrs.put("url", r.url());
        resp.attrs.put("headers", hs);
        resp.attrs.put("closed", false);
        return resp;
    }

    /** A response's body and how much of it read() has returned. */
    private static final class Body {
        final byte[] data;
        int pos;

        Body(byte[] data) { this.data = data; }
    }

    private static void defineResponse() {
        RESPONSE.def("read", (a, k) -> {
            Object[] p = Args.parse("read", a, k, 1, "self", "amt");
            Body b = (Body) ((PyInstance) a[0]).nativeState;
            synchronized (b) {
                int n = b.data.length - b.pos;
                if (p[1] != null && p[1] != PyNone.NONE) n = (int) Math.max(0, Math.min(n, Ops.toLong(p[1])));
                byte[] out = Arrays.copyOfRange(b.data, b.pos, b.pos + n);
                b.pos += n;
                return new PyBytes(out);
            }
        });
        RESPONSE.def("readlines", (a, k) -> {
            Body b = (Body) ((PyInstance) a[0]).nativeState;
            PyList l = new PyList();
            synchronized (b) {
                int start = b.pos;
                for (int i = start; i < b.data.length; i++) {
                    if (b.data[i] == '\n' || i == b.data.length - 1) {
                        l.append(new PyBytes(Arrays.copyOfRange(b.data, start, i + 1)));
                        start = i + 1;
                    }
                }
                b.pos = b.data.length;
            }
            return l;
        });
        RESPONSE.def("getcode", (a, k) -> ((PyInstance) a[0]).attrs.get("status"));
        RESPONSE.def("geturl", (a, k) -> ((PyInstance) a[0]).attrs.get("url"));
        RESPONSE.def("info", (a, k) -> ((PyInstance) a[0]).attrs.get("headers"));
        RESPONSE.def("getheaders", (a, k) -> {
            PyList l = new PyList();
            for (Object[] kv : ((PyDict) ((PyInstance) a[0]).attrs.get("headers")).entries()) l.append(PyTuple.of(kv[0], kv[1]));
            return l;
        });
        RESPONSE.def("getheader", (a, k) -> {
            Object[] p = Args.parse("getheader", a, k, 2, "self", "name", "default");
            String want = Ops.str(p[1]);
            for (Object[] kv : ((PyDict) ((PyInstance) a[0]).attrs.get("headers")).entries()) {
                if (Ops.str(kv[0]).equalsIgnoreCase(want)) return kv[1];
            }
            return Args.or(p[2], PyNone.NONE);
        });
        RESPONSE.def("close", (a, k) -> {
            ((PyInstance) a[0]).attrs.put("closed", true);
            return PyNone.NONE;
        });
        RESPONSE.def("__enter__", (a, k) -> a[0]);
        RESPONSE.def("__exit__", (a, k) -> {
            ((PyInstance) a[0]).attrs.put("closed", true);
            return false;
        });
        RESPONSE.def("__repr__", (a, k) -> "<http.client.HTTPResponse object at 0x" + Integer.toHexString(System.identityHashCode(a[0])) + ">");
    }
}
