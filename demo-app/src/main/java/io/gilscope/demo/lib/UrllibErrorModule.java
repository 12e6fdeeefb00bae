package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyBytes;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;

/**
 * urllib.error: URLError (an OSError whose str is {@code <urlopen error REASON>}) and HTTPError (a
 * URLError that is also a response: code, reason, headers, read()).
 */
public final class UrllibErrorModule {
    private UrllibErrorModule() { }

    public static final PyClass URL_ERROR = new PyClass("URLError", Errors.OS_ERROR);
    public static final PyClass HTTP_ERROR = new PyClass("HTTPError", URL_ERROR);

    static {
        URL_ERROR.module = "urllib.error";
        HTTP_ERROR.module = "urllib.error";
        URL_ERROR.def("__init__", (a, k) -> {
            Object[] p = Args.parse("URLError", a, k, 2, "self", "reason", "filename");
            PyInstance self = (PyInstance) a[0];
            self.attrs.put("args", PyTuple.of(p[1]));
            self.attrs.put("reason", p[1]);
            return PyNone.NONE;
        });
        URL_ERROR.def("__str__", (a, k) -> "<urlopen error " + Ops.str(((PyInstance) a[0]).attrs.getOrDefault("reason", "")) + ">");
        HTTP_ERROR.def("__init__", (a, k) -> {
            Object[] p = Args.parse("HTTPError", a, k, 6, "self", "url", "code", "msg", "hdrs", "fp");
            PyInstance self = (PyInstance) a[0];
            self.attrs.put("args", PyTuple.of(p[2], p[3]));
            self.attrs.put("url", p[1]);
            self.attrs.put("code", p[2]);
            self.attrs.put("status", p[2]);
            self.attrs.put("reason", p[3]);
            self.attrs.put("msg", p[3]);
            self.attrs.put("headers", p[4]);
            return PyNone.NONE;
        });
        HTTP_ERROR.def("__str__", (a, k) -> {
            PyInstance self = (PyInstance) a[0];
            return "HTTP Error " + Ops.str(self.attrs.get("code")) + ": " + Ops.str(self.attrs.get("reason"));
        });
        HTTP_ERROR.def("getcode", (a, k) -> ((PyInstance) a[0]).attrs.get("code"));
        HTTP_ERROR.def("read", (a, k) -> {
            Object body = ((PyInstance) a[0]).attrs.get("_body");
            return body == null ? new PyBytes(new byte[0]) : body;
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("urllib.error");
        m.put("URLError", URL_ERROR);
        m.put("HTTPError", HTTP_ERROR);
        m.put("ContentTooShortError", URL_ERROR);
        return m;
    }

    /** URLError(reason), ready to throw. */
    public static PyException urlError(String reason) {
        PyInstance e = new PyInstance(URL_ERROR);
        e.attrs.put("args", PyTuple.of(reason));
        e.attrs.put("reason", reason);
        return new PyException(e);
    }
}
