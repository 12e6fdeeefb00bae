package io.gilscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sys._is_gil_enabled() and the switch interval follow the agent's status: the system property
 * gilscope.gil and the MBean io.gilscope:type=Gil (attribute SwitchIntervalSeconds). A stand-in MBean
 * plays the agent here.
 */
class SysAgentStatusTest {
    public interface FakeGilMBean {
        double getSwitchIntervalSeconds();

        void setSwitchIntervalSeconds(double seconds);
    }

    public static final class FakeGil implements FakeGilMBean {
        volatile double interval = 0.01;

        @Override
        public double getSwitchIntervalSeconds() { return interval; }

        @Override
        public void setSwitchIntervalSeconds(double seconds) { interval = seconds; }
    }

    @TempDir
    Path dir;

    @Test
    void followsTheAgentWhenPresent() throws Exception {
        Path prog = dir.resolve("gil.py");
        Files.writeString(prog, "import sys\nprint(sys._is_gil_enabled(), sys.getswitchinterval())\n"
                + "sys.setswitchinterval(0.001)\nprint(sys.getswitchinterval())\n");
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName("io.gilscope:type=Gil");
        FakeGil gil = new FakeGil();
        server.registerMBean(gil, name);
        System.setProperty("gilscope.gil", "new");
        try {
            PythonRun r = PythonRun.of(prog.toString());
            assertEquals("", r.stderr());
            assertEquals("True 0.01\n0.001\n", r.stdout());
            assertEquals(0.001, gil.interval);
            System.setProperty("gilscope.gil", "off");
            assertEquals("False 0.001\n0.001\n", PythonRun.of(prog.toString()).stdout());
        } finally {
            System.clearProperty("gilscope.gil");
            server.unregisterMBean(name);
        }
    }

    @Test
    void withoutTheAgentThereIsNoGil() throws IOException {
        Path prog = dir.resolve("nogil.py");
        Files.writeString(prog, "import sys\nprint(sys._is_gil_enabled(), sys.getswitchinterval())\n");
        assertEquals("False 0.005\n", PythonRun.of(prog.toString()).stdout());
    }
}
