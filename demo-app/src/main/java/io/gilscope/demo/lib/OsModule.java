package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;

import java.nio.file.Files;
import java.nio.file.Path;

/** os: the process-level basics (getpid, cpu_count, environ, getenv, path.join/exists/basename). */
public final class OsModule {
    private OsModule() { }

    public static PyModule create() {
        PyModule m = new PyModule("os");
        m.put("name", "posix");
        m.put("sep", "/");
        m.put("linesep", "\n");
        m.put("environ", new PyDict(System.getenv()));
        m.def("getpid", (a, k) -> ProcessHandle.current().pid());
        m.def("getppid", (a, k) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        m.def("cpu_count", (a, k) -> (long) Runtime.getRuntime().availableProcessors());
        m.def("getcwd", (a, k) -> Path.of("").toAbsolutePath().toString());
        m.def("getenv", (a, k) -> {
            Object[] p = Args.parse("getenv", a, k, 1, "key", "default");
            String v = System.getenv(Ops.str(p[0]));
            return v != null ? v : Args.or(p[1], PyNone.NONE);
        });
        PyModule path = new PyModule("os.path");
        path.def("join", (a, k) -> {
            Path r = Path.of(Ops.str(a[0]));
            for (int i = 1; i < a.length; i++) r = r.resolve(Ops.str(a[i]));
            return r.toString();
        });
        path.def("exists", (a, k) -> Files.exists(Path.of(Ops.str(a[0]))));
        path.def("isfile", (a, k) -> Files.isRegularFile(Path.of(Ops.str(a[0]))));
        path.def("isdir", (a, k) -> Files.isDirectory(Path.of(Ops.str(a[0]))));
        path.def("basename", (a, k) -> {
            String s = Ops.str(a[0]);
            return s.substring(s.lastIndexOf('/') + 1);
        });
        path.def("dirname", (a, k) -> {
            String s = Ops.str(a[0]);
            int i = s.lastIndexOf('/');
            return i < 0 ? "" : i == 0 ? "/" : s.substring(0, i);
        });
        path.def("abspath", (a, k) -> Path.of(Ops.str(a[0])).toAbsolutePath().normalize().toString());
        m.put("path", path);
        Modules.LOADED.putIfAbsent("os.path", path);
        return m;
    }
}
