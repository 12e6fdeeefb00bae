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

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotLinkException;
import java.nio.file.attribute.FileTime;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * os, the system calls: getpid, getppid, cpu_count, environ/getenv, getcwd, urandom, listdir, readlink,
 * the calls that make, rename and remove files and directories; os.path, stat, walk, scandir and the
 * rest are the Python half, lib/py/_pyos.py, compiled on first use. The JVM
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
        m.put("sep", "/");
        m.put("altsep", PyNone.NONE);
        m.put("curdir", ".");
        m.put("pardir", "..");
        m.put("extsep", ".");
        m.put("pathsep", ":");
        m.put("defpath", "/bin:/usr/bin");
        m.put("linesep", "\n");
        m.put("devnull", "/dev/null");
        m.put("environ", environ());
        Modules.pythonHalf(m, "_pyos");
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
        m.def("_stat", (a, k) -> {   // os.stat's system call: _pyos makes the stat_result
            Object[] p = Args.parse("stat", a, k, 1, "path", "follow_symlinks");
            return stat(FileObjects.fspath(p[0]), p[1] == null || Ops.truthy(p[1]));
        });
        m.def("readlink", (a, k) -> {
            String name = FileObjects.fspath(a[0]);
            try {
                return Files.readSymbolicLink(Path.of(name)).toString();
            } catch (NotLinkException e) {
                throw FileObjects.osError(new FileSystemException(name, null, "Invalid argument"), name);
            } catch (IOException e) {
                throw FileObjects.osError(e, name);
            }
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

    /**
     * stat(2): (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime, st_ctime,
     * and the three times in nanoseconds), which os.stat_result names.
     */
    private static PyTuple stat(String name, boolean follow) {
        try {
            LinkOption[] how = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            Map<String, Object> st = Files.readAttributes(Path.of(name), "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime", how);
            long[] ns = new long[3];
            String[] times = {"lastAccessTime", "lastModifiedTime", "ctime"};
            for (int i = 0; i < 3; i++) {
                java.time.Instant t = ((FileTime) st.get(times[i])).toInstant();
                ns[i] = t.getEpochSecond() * 1_000_000_000L + t.getNano();
            }
            return PyTuple.of((long) (int) st.get("mode"), st.get("ino"), st.get("dev"), (long) (int) st.get("nlink"),
                    (long) (int) st.get("uid"), (long) (int) st.get("gid"), st.get("size"),
                    ns[0] / 1e9, ns[1] / 1e9, ns[2] / 1e9, ns[0], ns[1], ns[2]);
        } catch (IOException e) {
            throw FileObjects.osError(e, name);
        }
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
}
