package io.gilscope.cli;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import io.gilscope.cli.top.LiveWindow;
import io.gilscope.reports.analysis.EventNames;
import io.gilscope.reports.render.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import jdk.management.jfr.RemoteRecordingStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "top", mixinStandardHelpOptions = true,
        header = "Watch the GIL of a running JVM under the agent, refreshed every second.",
        description = {"Attaches to PID (a JVM started with the gilscope agent, or given it with gilscope attach), streams its "
                + "gilscope events over JMX (JFR's RemoteRecordingStream) and shows, for each interval: each thread's share "
                + "of it holding the GIL, waiting for it and blocked in calls that release it; hand-offs per second; the "
                + "holder and where it last was; and the places threads waited most, with what the holder ran meanwhile. "
                + "Places come from the interpreter's location hook (agent option location=). Events take about a second "
                + "to arrive, so the view lags by as much. Stop it with Ctrl-C."},
        footer = {"", "Examples:",
                "  gilscope top 12345",
                "  gilscope top 12345 --once          one interval, printed once (for scripts)",
                "", "Exit codes: 0 stopped or the JVM ended, 2 bad command line, PID is not a JVM this user can attach to, "
                + "or it runs no gilscope agent."})
final class TopCommand implements Callable<Integer> {
    private static final ObjectName GIL = name("io.gilscope:type=Gil");
    /** How long to wait for the stream's first events (an idle interpreter sends only statistics). */
    private static final Duration FIRST_EVENTS = Duration.ofSeconds(10);

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PID", description = "the JVM's process id (jcmd -l lists them)")
    long pid;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "seconds between refreshes (default: ${DEFAULT-VALUE})")
    double interval = 1;

    @Option(names = "--once", description = "print one interval and exit, without clearing the screen")
    boolean once;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!(interval >= 0.2 && interval <= 3600)) return fail(err, "--interval must be between 0.2 and 3600 seconds");
        String notAttachable = AttachCommand.notAttachable(pid);
        if (notAttachable != null) return fail(err, notAttachable);
        JMXConnector jmx;
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            String url;
            try {
                url = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            jmx = JMXConnectorFactory.connect(new JMXServiceURL(url));
        } catch (AttachNotSupportedException | IOException | RuntimeException e) {
            return fail(err, "cannot connect to " + pid + ": " + Printable.line(String.valueOf(e.getMessage())));
        }
        try (jmx) {
            MBeanServerConnection connection = jmx.getMBeanServerConnection();
            if (!connection.isRegistered(GIL)) {
                return fail(err, "process " + pid + " runs no gilscope agent (start it with -javaagent:gilscope-agent.jar, or gilscope attach " + pid + ")");
            }
            watch(connection, out);
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("gilscope top: the connection to " + pid + " ended: " + Printable.line(String.valueOf(e.getMessage())));
            err.flush();
            return ExitCode.OK;
        }
    }

    private void watch(MBeanServerConnection connection, PrintWriter out) throws IOException, InterruptedException {
        LiveWindow window = new LiveWindow();
        AtomicBoolean ended = new AtomicBoolean();
        long nanos = (long) (interval * 1e9);
        try (RemoteRecordingStream stream = new RemoteRecordingStream(connection)) {
            for (String event : List.of(EventNames.GIL_HOLD, EventNames.GIL_WAIT, EventNames.BLOCKING_CALL)) {
                stream.enable(event).withThreshold(Duration.ZERO);
                stream.onEvent(event, window::add);
            }
            stream.enable(EventNames.GIL_STATISTICS).withPeriod(Duration.ofMillis(Math.max(200, nanos / 1_000_000)));
            stream.onEvent(EventNames.GIL_STATISTICS, window::add);
            stream.onClose(() -> ended.set(true));
            stream.startAsync();
            // The stream delivers a chunk's events about a second after they happened: wait for the first
            // delivery and start the first interval there, so that it is not cut short.
            long deadline = System.nanoTime() + FIRST_EVENTS.toNanos();
            while (window.events() == 0 && !ended.get() && System.nanoTime() < deadline) Thread.sleep(50);
            window.drain("");
            boolean tty = System.console() != null && !once;
            do {
                Thread.sleep(nanos / 1_000_000);
                String view = window.drain("gilscope top: pid " + pid + ", every " + interval + " s");
                out.print(tty ? "\033[H\033[2J" + view : view + "\n");
                out.flush();
            } while (!once && !ended.get());
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("gilscope top: " + message);
        err.flush();
        return ExitCode.UNUSABLE;
    }

    private static ObjectName name(String s) {
        try {
            return new ObjectName(s);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }
}
