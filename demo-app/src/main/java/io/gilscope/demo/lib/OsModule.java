package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.FileObjects;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyBytes;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.ReleasesGil;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * os (a small part): getpid, getppid, cpu_count, environ/getenv, getcwd, urandom and os.path. The JVM
 * cannot change its own environment, so variables the launcher exports to the program (for example
 * {@code GILSCOPE_HTTPBIN} from {@code --serve}) are kept in {@link #setenv} overrides: they appear in
 * {@code os.environ}. Child processes (multiprocessing workers) get {@code os.environ} as it is then,
 * as with CPython's putenv on assignment.
 */
public final class OsModule {
    private OsModule() { }

    private static final Map<String, String> OVERRIDES = new ConcurrentHashMap<>();
    private static volatile PyDict environ;
    private static final SecureRandom URANDOM = new SecureRandom();

    public static PyModule create() {
        PyModule m = new PyModule("os");
        m.put("name", "posix");
        m.put("sep", File.separator);
        m.put("pathsep", File.pathSeparator);
        m.put("linesep", System.lineSeparator());
        m.put("environ", environ());
        PyModule path = OsPathModule.create();
        m.put("path", path);
        Modules.LOADED.putIfAbsent("os.path", path);
        m.def("getpid", (a, k) -> ProcessHandle.current().pid());
        m.def("getppid", (a, k) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        m.def("cpu_count", (a, k) -> (long) Runtime.getRuntime().availableProcessors());
        m.def("getcwd", (a, k) -> Path.of("").toAbsolutePath().toString());
        m.def("getenv", (a, k) -> {
            Object[] p = Args.parse("getenv", a, k, 1, "key", "default");
            Object v = environ().get(p[0]);
            return v != null ? v : Args.or(p[1], PyNone.NONE);
        });
        m.def("urandom", (a, k) -> {
            Args.count("urandom", a, 1, 1);
            long n = Ops.toLong(a[0]);
            if (n < 0) throw Errors.valueError("negative argument not allowed");
            byte[] b = new byte[(int) n];
            URANDOM.nextBytes(b);
            return new PyBytes(b);
        });
        m.def("listdir", (a, k) -> {
            String dir = a.length > 0 ? FileObjects.fspath(a[0]) : ".";
            Path d = Path.of(dir);
            if (Files.exists(d) && !Files.isDirectory(d)) throw FileObjects.osError(new NotDirectoryException(dir), dir);
            try (var s = Files.list(d)) {
                PyList l = new PyList();
                s.map(p -> p.getFileName().toString()).sorted().forEach(l::append);
                return l;
            } catch (IOException e) {
                throw FileObjects.osError(e, dir);
            }
        });
        m.def("remove", (a, k) -> removeFile(a));
        m.def("unlink", (a, k) -> removeFile(a));
        m.def("rmdir", (a, k) -> {
            String name = FileObjects.fspath(a[0]);
            Path dir = Path.of(name);
            if (Files.exists(dir) && !Files.isDirectory(dir)) throw FileObjects.osError(new NotDirectoryException(name), name);   // never delete a file
            return onDisk(name, () -> Files.delete(dir));
        });
        m.def("mkdir", (a, k) -> {
            String name = FileObjects.fspath(a[0]);
            return onDisk(name, () -> Files.createDirectory(Path.of(name)));
        });
        m.def("makedirs", (a, k) -> {
            Object[] p = Args.parse("makedirs", a, k, 1, "name", "mode", "exist_ok");
            Path dir = Path.of(FileObjects.fspath(p[0]));
            if (Files.isDirectory(dir) && !(p[2] != null && Ops.truthy(p[2]))) {
                throw FileObjects.osError(new FileAlreadyExistsException(dir.toString()), dir.toString());
            }
            return onDisk(dir.toString(), () -> Files.createDirectories(dir));
        });
        m.def("rename", (a, k) -> rename(FileObjects.fspath(a[0]), FileObjects.fspath(a[1])));
        m.def("replace", (a, k) -> rename(FileObjects.fspath(a[0]), FileObjects.fspath(a[1])));
        m.def("fspath", (a, k) -> {
            Args.count("fspath", a, 1, 1);
            return a[0] instanceof PyBytes ? a[0] : FileObjects.fspath(a[0]);
        });
        return m;
    }

    /**
     * rename(2): a file may replace a file, a directory an empty directory; anything else is CPython's
     * error, never a replaced directory or file.
     */
    private static Object rename(String from, String to) {
        Path src = Path.of(from);
        Path dst = Path.of(to);
        if (Files.exists(src) && Files.exists(dst) && !src.toAbsolutePath().normalize().equals(dst.toAbsolutePath().normalize())) {
            if (!Files.isDirectory(src) && Files.isDirectory(dst)) throw FileObjects.osError(new FileObjects.IsADirectoryException(to), from);
            if (Files.isDirectory(src) && !Files.isDirectory(dst)) throw FileObjects.osError(new NotDirectoryException(to), from);
        }
        return onDisk(from, () -> Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING));
    }

    private static Object removeFile(Object[] a) {
        String name = FileObjects.fspath(a[0]);
        if (Files.isDirectory(Path.of(name))) throw FileObjects.osError(new FileObjects.IsADirectoryException(name), name);
        return onDisk(name, () -> Files.delete(Path.of(name)));
    }

    private interface DiskAction {
        void run() throws IOException;
    }

    /** A file-system call on {@code name}: None, or CPython's OSError for what failed. */
    private static Object onDisk(String name, DiskAction action) {
        IOException e = withoutGil(action);
        if (e != null) throw FileObjects.osError(e, name);
        return PyNone.NONE;
    }

    /** The call itself, with the GIL released, as CPython's os functions release it. */
    @ReleasesGil
    private static IOException withoutGil(DiskAction action) {
        try {
            action.run();
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /** Exports a variable to the program (os.environ) and to its child processes. */
    public static void setenv(String key, String value) {
        OVERRIDES.put(key, value);
        PyDict env = environ;
        if (env != null) env.put(key, value);
    }

    /** The process environment as the program sees it: the JVM's plus {@link #setenv} overrides. */
    public static Map<String, String> environment() {
        PyDict live = environ;
        Map<String, String> env = new TreeMap<>();
        if (live == null) {
            env.putAll(System.getenv());
            env.putAll(OVERRIDES);
        } else {
            for (Object[] kv : live.entries()) env.put(Ops.str(kv[0]), Ops.str(kv[1]));
        }
        return env;
    }

    private static synchronized PyDict environ() {
        if (environ == null) environ = PyDict.copyOf(environment());
        return environ;
    }

    /** os.path: the handful of functions scripts use. */
    static final class OsPathModule {
        private OsPathModule() { }

        static PyModule create() {
            PyModule m = new PyModule("posixpath");
            m.put("sep", File.separator);
            m.def("join", (a, k) -> {
                if (a.length == 0) throw Errors.typeError("join() missing 1 required positional argument: 'a'");
                StringBuilder path = new StringBuilder(Ops.str(a[0]));   // posixpath.join: text, nothing normalised
                for (int i = 1; i < a.length; i++) {
                    String b = Ops.str(a[i]);
                    if (b.startsWith("/")) path.setLength(0);
                    else if (path.length() > 0 && path.charAt(path.length() - 1) != '/') path.append('/');
                    path.append(b);
                }
                return path.toString();
            });
            m.def("exists", (a, k) -> Files.exists(Path.of(FileObjects.fspath(a[0]))));
            m.def("isfile", (a, k) -> Files.isRegularFile(Path.of(FileObjects.fspath(a[0]))));
            m.def("isdir", (a, k) -> Files.isDirectory(Path.of(FileObjects.fspath(a[0]))));
            m.def("getsize", (a, k) -> {
                try {
                    return Files.size(Path.of(Ops.str(a[0])));
                } catch (IOException e) {
                    throw FileObjects.osError(e, Ops.str(a[0]));
                }
            });
            m.def("abspath", (a, k) -> Path.of(Ops.str(a[0])).toAbsolutePath().normalize().toString());
            m.def("basename", (a, k) -> {
                String s = Ops.str(a[0]);
                return s.substring(s.lastIndexOf('/') + 1);
            });
            m.def("dirname", (a, k) -> {
                String s = Ops.str(a[0]);
                int i = s.lastIndexOf('/');
                return i < 0 ? "" : i == 0 ? "/" : s.substring(0, i);
            });
            m.def("splitext", (a, k) -> {
                String s = Ops.str(a[0]);
                int dot = s.lastIndexOf('.');
                int slash = s.lastIndexOf('/');
                if (dot <= slash + 1) return PyTuple.of(s, "");
                return PyTuple.of(s.substring(0, dot), s.substring(dot));
            });
            return m;
        }
    }
}
