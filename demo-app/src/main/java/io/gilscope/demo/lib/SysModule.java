package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
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
        m.put("maxsize", Long.MAX_VALUE);
        m.put("platform", "java");
        m.put("version", "3.11.0 (gilscope demo interpreter, no GIL of its own)");
        m.put("version_info", PyTuple.of(3L, 11L, 0L, "final", 0L));
        m.put("implementation", "gilscope");
        m.put("byteorder", "little");
        m.put("stdout", stream("stdout", true));
        m.put("stderr", stream("stderr", false));
        m.def("exit", (a, k) -> {
            throw new PyException(Errors.instance(Errors.SYSTEM_EXIT, a.length > 0 ? a[0] : PyNone.NONE));
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
        m.put("modules", PyNone.NONE);
        return m;
    }

    /** Back to a fresh process's state (a new program run in the same JVM, as tests do). */
    public static void reset() {
        localInterval = 0.005;
        ARGV.clear();
    }

    /** True iff the GIL agent is loaded in a mode other than off. */
    public static boolean isGilEnabled() {
        String mode = System.getProperty("gilscope.gil");
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
        if (System.getProperty("gilscope.gil") == null) return null;
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
        return i;
    }
}
