package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Translation;
import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.PyBytes;
import io.gilscope.demo.vm.Stdin;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Traceback;
import io.gilscope.demo.vm.HandledExceptions;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.Types;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javax.management.Attribute;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * sys. {@code _is_gil_enabled()} and the switch interval follow the GIL agent when it is present
 * (system property {@code gilscope.gil}, MBean {@code io.gilscope:type=Gil}); otherwise there is no
 * GIL and the interval is a local value (default 0.005), as in free-threaded CPython.
 */
public final class SysModule {
    private SysModule() { }

    /** Set by Main before the program runs. */
    public static final PyList ARGV = new PyList();
    private static volatile double localInterval = 0.005;
    private static final String MBEAN = "io.gilscope:type=Gil";
    private static final String ATTRIBUTE = "SwitchIntervalSeconds";

    public static PyModule create() {
        PyModule m = new PyModule("sys");
        m.put("argv", ARGV);
        m.put("path", PyList.of(Modules.scriptDirectory()));
        m.put("maxsize", Long.MAX_VALUE);
        m.put("platform", "java");
        m.put("version", "3.11.0 (gilscope demo interpreter, no GIL of its own)");
        m.put("version_info", PyTuple.of(3L, 11L, 0L, "final", 0L));
        m.put("implementation", "gilscope");
        m.put("byteorder", "little");
        PyInstance stdout = stream("stdout", true);
        Builtins.stdout = stdout;
        m.put("stdout", stdout);
        m.put("stderr", stream("stderr", false));
        m.put("stdin", stdin());
        m.def("exit", (a, k) -> {
            throw Errors.systemExit(a);
        });
        m.def("exc_info", (a, k) -> {
            PyInstance e = HandledExceptions.current();
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE) : PyTuple.of(e.cls, e, Ops.getattr(e, "__traceback__"));
        });
        m.def("_getframe", (a, k) -> {
            Args.count("_getframe", a, 0, 1);
            return Traceback.callerFrame(a.length > 0 ? Ops.toLong(a[0]) : 0);
        });
        m.def("_is_gil_enabled", (a, k) -> isGilEnabled());
        m.def("getswitchinterval", (a, k) -> getSwitchInterval());
        m.def("setswitchinterval", (a, k) -> {
            Args.count("setswitchinterval", a, 1, 1);
            double v = Ops.toDouble(a[0]);
            if (!(v > 0)) throw Errors.valueError("switch interval must be strictly positive");
            setSwitchInterval(v);
            return PyNone.NONE;
        });
        m.def("getrecursionlimit", (a, k) -> 1000L);
        m.def("setrecursionlimit", (a, k) -> PyNone.NONE);
        m.def("intern", (a, k) -> ((String) a[0]).intern());
        m.put("modules", PyDict.live(Modules.modulesView()));
        return m;
    }

    /** Back to a fresh process's state (a new program run in the same JVM, as tests do). */
    public static void reset() {
        localInterval = 0.005;
        ARGV.clear();
    }

    /** True iff the GIL agent is loaded in a mode other than off. */
    public static boolean isGilEnabled() {
        String mode = System.getProperty(Translation.AGENT_PROPERTY);
        return mode != null && !mode.equals("off");
    }

    public static double getSwitchInterval() {
        MBeanServer server = agentServer();
        if (server != null) {
            try {
                return ((Number) server.getAttribute(new ObjectName(MBEAN), ATTRIBUTE)).doubleValue();
            } catch (Exception e) {
                // agent MBean unusable: fall back to the local value
            }
        }
        return localInterval;
    }

    public static void setSwitchInterval(double seconds) {
        localInterval = seconds;
        MBeanServer server = agentServer();
        if (server != null) {
            try {
                server.setAttribute(new ObjectName(MBEAN), new Attribute(ATTRIBUTE, seconds));
            } catch (Exception e) {
                // keep the local value
            }
        }
    }

    /** The platform MBeanServer if the agent registered its MBean; JMX is not touched without the agent. */
    private static MBeanServer agentServer() {
        if (System.getProperty(Translation.AGENT_PROPERTY) == null) return null;
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            return server.isRegistered(new ObjectName(MBEAN)) ? server : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static PyInstance stream(String name, boolean isOut) {
        PyClass cls = new PyClass("TextIOWrapper", Types.OBJECT);
        cls.module = "io";
        cls.def("write", (a, k) -> {
            String s = Ops.str(a[1]);
            PrintStream ps = isOut ? Builtins.out : Builtins.err;
            if (!isOut) Builtins.out.flush();
            ps.print(s);
            return (long) s.length();
        });
        cls.def("flush", (a, k) -> {
            (isOut ? Builtins.out : Builtins.err).flush();
            return PyNone.NONE;
        });
        PyInstance i = new PyInstance(cls);
        i.attrs.put("name", "<" + name + ">");
        i.attrs.put("encoding", "utf-8");
        if (isOut) i.attrs.put("buffer", stdoutBuffer());
        return i;
    }

    /** sys.stdout.buffer: bytes written as they are, after the text written so far. */
    private static PyInstance stdoutBuffer() {
        PyClass cls = new PyClass("BufferedWriter", Types.OBJECT);
        cls.module = "io";
        cls.def("write", (a, k) -> {
            if (!(a[1] instanceof PyBytes b)) throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(a[1]) + "'");
            Builtins.out.flush();
            Builtins.out.write(b.data(), 0, b.data().length);
            return (long) b.data().length;
        });
        cls.def("flush", (a, k) -> {
            Builtins.out.flush();
            return PyNone.NONE;
        });
        return new PyInstance(cls);
    }

    /** sys.stdin: lines of text (readline, read, readlines, iteration), and its bytes as sys.stdin.buffer. */
    private static PyInstance stdin() {
        PyClass cls = new PyClass("TextIOWrapper", Types.OBJECT);
        cls.module = "io";
        cls.def("readline", (a, k) -> Stdin.text(Stdin.readLine()));
        cls.def("read", (a, k) -> Stdin.text(Stdin.read(a.length > 1 && a[1] != PyNone.NONE ? Ops.toLong(a[1]) : -1)));
        cls.def("readlines", (a, k) -> {
            PyList lines = new PyList();
            for (String l = Stdin.text(Stdin.readLine()); !l.isEmpty(); l = Stdin.text(Stdin.readLine())) lines.append(l);
            return lines;
        });
        cls.def("__iter__", (a, k) -> a[0]);
        cls.def("__next__", (a, k) -> {
            String line = Stdin.text(Stdin.readLine());
            if (line.isEmpty()) throw new PyException(Errors.instance(Errors.STOP_ITERATION));
            return line;
        });
        cls.def("isatty", (a, k) -> System.console() != null);
        PyClass bufferCls = new PyClass("BufferedReader", Types.OBJECT);
        bufferCls.module = "io";
        bufferCls.def("readline", (a, k) -> new PyBytes(Stdin.readLine()));
        bufferCls.def("read", (a, k) -> new PyBytes(Stdin.read(a.length > 1 && a[1] != PyNone.NONE ? Ops.toLong(a[1]) : -1)));
        PyInstance i = new PyInstance(cls);
        i.attrs.put("name", "<stdin>");
        i.attrs.put("encoding", "utf-8");
        i.attrs.put("buffer", new PyInstance(bufferCls));
        return i;
    }
}
