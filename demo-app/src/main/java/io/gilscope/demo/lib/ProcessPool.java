package io.gilscope.demo.lib;

import io.gilscope.demo.jit.Jit;
import io.gilscope.demo.lib.futures.FutureState;
import io.gilscope.demo.lib.futures.Waits;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.ReleasesGil;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A pool of worker processes: child JVMs started with this JVM's options (so {@code -javaagent} and
 * JFR settings carry over and each child has its own GIL and recording; {@code -Dgilscope.parentPid}
 * tells the agent to name the child's recording after the child's pid), the same class path and the
 * same program, run by {@link WorkerMain}. One Java dispatcher thread per worker takes the next task
 * from a shared queue, sends it ({@link Frames}, {@link Wire}), and completes the task's
 * {@link FutureState} with the result or the rebuilt exception ({@link RemoteErrors}); it runs no
 * Python code. A worker that dies (sys.exit in a task, killed) is seen at once as end of its stdout:
 * the pool is then broken, as CPython's ProcessPoolExecutor is - every running and pending task fails
 * with the pool's "broken" error and the other workers are stopped - never a hang.
 */
public final class ProcessPool {
    /** A unit of work: one 'C' frame (one or more calls); completes with the list of results, or one value. */
    public static final class Task {
        final byte[] call;
        public final FutureState state;
        final boolean single;
        final String what;

        public Task(byte[] call, FutureState state, boolean single, String what) {
            this.call = call;
            this.state = state;
            this.single = single;
            this.what = what;
        }
    }

    private static final Task POISON = new Task(null, null, false, "quit");
    private static final AtomicInteger PROCESS_NUMBER = new AtomicInteger();
    private static final AtomicLong TASK_IDS = new AtomicLong();
    /** Start-up times of workers started by this JVM (start() to ready), for measurement. */
    public static final List<Double> STARTUP_MILLIS = new CopyOnWriteArrayList<>();

    private final LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final List<Worker> workers = new ArrayList<>();
    private final Function<String, PyInstance> brokenError;
    private final PyClass remoteTraceback;
    private final byte[] initializer;
    private volatile PyInstance broken;
    private volatile boolean shutdown;
    private volatile boolean terminating;

    /**
     * Starts {@code n} workers named {@code kind-N}. {@code brokenError} makes the exception for a dead
     * worker; {@code remoteTraceback} is the class of the cause attached to re-raised worker exceptions;
     * {@code initializer} is an encoded call run first in every worker (or null).
     */
    public ProcessPool(int n, String kind, Function<String, PyInstance> brokenError, PyClass remoteTraceback, byte[] initializer) {
        this(names(n, kind), brokenError, remoteTraceback, initializer);
    }

    /** Starts one worker per name (multiprocessing.Process uses this with its own name). */
    public ProcessPool(List<String> names, Function<String, PyInstance> brokenError, PyClass remoteTraceback, byte[] initializer) {
        if (WorkerMain.bootstrapping) throw Errors.runtimeError(BOOTSTRAP_MESSAGE);
        this.brokenError = brokenError;
        this.remoteTraceback = remoteTraceback;
        this.initializer = initializer;
        List<String> cmd = command();
        for (String name : names) workers.add(new Worker(name, cmd));
    }

    private static List<String> names(int n, String kind) {
        if (n < 1) throw Errors.valueError("Number of processes must be at least 1");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) names.add(kind + "-" + PROCESS_NUMBER.incrementAndGet());
        return names;
    }

    /** The exit code of worker i, or null while it runs. */
    public Integer exitCode(int i) {
        Process p = workers.get(i).process;
        return p.isAlive() ? null : p.exitValue();
    }

    /** The workers' process ids. */
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        for (Worker w : workers) pids.add(w.process.pid());
        return pids;
    }

    private static final String BOOTSTRAP_MESSAGE = "\n        An attempt has been made to start a new process before the\n"
            + "        current process has finished its bootstrapping phase.\n\n"
            + "        This probably means that you are not using fork to start your\n"
            + "        child processes and you have forgotten to use the proper idiom\n"
            + "        in the main module:\n\n"
            + "            if __name__ == '__main__':\n"
            + "                freeze_support()\n"
            + "                ...\n\n"
            + "        The \"freeze_support()\" line can be omitted if the program\n"
            + "        is not going to be frozen to produce an executable.\n\n"
            + "        (gilscope's worker processes are spawned, never forked: every worker\n"
            + "        loads the program as __mp_main__.)";

    public int size() { return workers.size(); }

    /** Queues a task; raises the broken error or RuntimeError after shutdown. */
    public void submit(Task t) {
        PyInstance b = broken;
        if (b != null) throw new PyException(brokenError.apply("A child process terminated abruptly, the process pool is not usable anymore"));
        if (shutdown) throw Errors.runtimeError("cannot schedule new futures after shutdown");
        queue.add(t);
        if (broken != null) failQueued();
    }

    /** Lets queued tasks finish (or cancels them), then stops the workers; waits when asked to. */
    public void shutdown(boolean wait, boolean cancelPending) {
        synchronized (this) {
            if (!shutdown) {
                shutdown = true;
                if (cancelPending) {
                    List<Task> pending = new ArrayList<>();
                    queue.drainTo(pending);
                    for (Task t : pending) if (t != POISON) t.state.cancel();
                }
                for (int i = 0; i < workers.size(); i++) queue.add(POISON);
            }
        }
        if (wait) join(-1);
    }

    /** Waits for the dispatchers and worker processes to end (timeoutMillis < 0: forever). */
    public void join(long timeoutMillis) {
        for (Worker w : workers) {
            Waits.join(w.dispatcher, timeoutMillis < 0 ? 0 : timeoutMillis);
            if (!Waits.waitFor(w.process, 5000)) w.process.destroyForcibly();
        }
    }

    /**
     * Stops every worker now (Pool.terminate, Pool's with-exit); pending tasks fail. Idle workers are
     * told to quit and busy ones get SIGTERM, so their JVMs still run shutdown hooks (the agent writes
     * each child's recording then); whatever has not exited after 5 s is killed.
     */
    public void terminate() {
        synchronized (this) {
            shutdown = true;
            terminating = true;
        }
        failQueued();
        wakeDispatchers();
        for (Worker w : workers) if (w.busy != null || !w.ready) w.process.destroy();
        for (Worker w : workers) if (!Waits.waitFor(w.process, 5000)) w.process.destroyForcibly();
    }

    /** Idle dispatchers wait in queue.take(): one POISON each makes them notice the end. */
    private void wakeDispatchers() {
        for (int i = 0; i < workers.size(); i++) queue.add(POISON);
    }

    private void failQueued() {
        List<Task> pending = new ArrayList<>();
        queue.drainTo(pending);
        PyInstance b = broken;
        for (Task t : pending) {
            if (t == POISON) continue;
            if (b != null) t.state.setError(b);
            else t.state.setError(Errors.make(Errors.RUNTIME_ERROR, "the pool was terminated before this task ran").value);
        }
    }

    private synchronized void breakPool(String detail) {
        if (broken != null) return;
        broken = brokenError.apply(detail);
        shutdown = true;
        for (Worker w : workers) w.process.destroyForcibly();
        failQueued();
        wakeDispatchers();
    }

    /** The command line of a worker: this JVM's executable, options and class path, then WorkerMain. */
    static List<String> command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-agentlib:jdwp") || a.startsWith("-Xrunjdwp") || a.startsWith("-Dgilscope.parentPid=")
                    || a.startsWith("-D" + Jit.PROPERTY + "=")) continue;
            cmd.add(a);
        }
        cmd.add("-Dgilscope.parentPid=" + ProcessHandle.current().pid());
        cmd.add("-D" + Jit.PROPERTY + "=" + Jit.installed().option());   // the parent's --jit
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(WorkerMain.class.getName());
        PyModule main = Modules.LOADED.get("__main__");
        Object file = main == null ? null : main.dict.get("__file__");
        if (!(file instanceof String f) || !Files.isRegularFile(Path.of(f))) {
            throw Errors.runtimeError("worker processes import the program's file, and this program has none ("
                    + (file == null ? "no __main__.__file__" : Ops.repr(file)) + "): run it from a .py file");
        }
        cmd.add(f);
        return cmd;
    }

    /** The encoded 'C' payload for calling fn on each (args tuple, kwargs dict); PicklingError if unsendable. */
    public static byte[] encodeCall(Object fn, List<Object[]> calls) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        try {
            out.writeLong(TASK_IDS.incrementAndGet());
            Wire.write(out, fn);
            out.writeInt(calls.size());
            for (Object[] c : calls) {
                Wire.write(out, c[0]);
                Wire.write(out, c[1]);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.toByteArray();
    }

    /** One child process and the Java thread that feeds it. */
    private final class Worker {
        final String name;
        final Process process;
        final DataOutputStream toChild;
        final DataInputStream fromChild;
        final Thread dispatcher;
        final long startNanos = System.nanoTime();
        final ByteArrayOutputStream stray = new ByteArrayOutputStream();
        volatile boolean ready;
        volatile Task busy;

        Worker(String name, List<String> baseCmd) {
            this.name = name;
            List<String> cmd = new ArrayList<>(baseCmd);
            cmd.add(name);
            for (int i = 1; i < SysModule.ARGV.size(); i++) cmd.add(Ops.str(SysModule.ARGV.get(i)));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().putAll(OsModule.environment());
            Object started = start(pb);
            if (started instanceof IOException e) throw Errors.make(Errors.OS_ERROR, "cannot start a worker process: " + e.getMessage());
            process = (Process) started;
            toChild = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
            fromChild = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
            pump(process.getErrorStream(), name + "-stderr");
            dispatcher = new Thread(this::dispatch, "gilscope-" + name);
            dispatcher.setDaemon(true);
            dispatcher.start();
        }

        private void dispatch() {
            Task current = null;
            try {
                awaitReady();
                if (initializer != null) {
                    Frames.write(toChild, Frames.CALL, initializer);
                    Object r = awaitResult(new Task(initializer, new FutureState(), true, "initializer"));
                    if (r instanceof PyInstance e) {
                        Builtins.err.print("Process " + name + " initializer failed:\n" + e.attrs.get("_remote_traceback"));
                        throw new IOException("initializer failed");
                    }
                }
                while (true) {
                    current = queue.take();
                    if (current == POISON) {
                        current = null;
                        quit();
                        return;
                    }
                    if (!current.state.setRunning()) continue;
                    busy = current;
                    Frames.write(toChild, Frames.CALL, current.call);
                    Object r = awaitResult(current);
                    busy = null;
                    if (r instanceof PyInstance e) current.state.setError(e);
                    else current.state.setResult(current.single ? ((PyList) r).get(0) : r);
                    current = null;
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                died(current);
            }
        }

        /** Asks the worker to exit; a worker that is already gone needs no telling. */
        private void quit() {
            try {
                Frames.write(toChild, Frames.QUIT, new byte[0]);
                toChild.close();
            } catch (IOException e) {
                // already exited (terminate, or it died): nothing to tell
            }
        }

        private void awaitReady() throws IOException {
            Frames.Frame f = next();
            while (f.type() != Frames.READY) f = next();
            STARTUP_MILLIS.add((System.nanoTime() - startNanos) / 1e6);
            ready = true;
        }

        /** Reads frames until this task's answer: the result list, or the rebuilt exception instance. */
        private Object awaitResult(Task t) throws IOException {
            while (true) {
                Frames.Frame f = next();
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(f.payload()));
                if (f.type() == Frames.VALUES) {
                    in.readLong();
                    return Wire.read(in, Wire.DEFAULT_RESOLVER);
                }
                if (f.type() == Frames.RAISED) {
                    in.readLong();
                    String module = Wire.string(in);
                    String cls = Wire.string(in);
                    String message = Wire.string(in);
                    String tb = Wire.string(in);
                    Object args = Wire.read(in, Wire.DEFAULT_RESOLVER);
                    return RemoteErrors.rebuild(module, cls, message, args, tb, remoteTraceback);
                }
            }
        }

        /** The next frame; 'O' frames are printed on the parent's stdout on the way. */
        private Frames.Frame next() throws IOException {
            while (true) {
                Frames.Frame f = Frames.read(fromChild, this::strayByte);
                if (f.type() != Frames.OUTPUT) return f;
                synchronized (Builtins.class) {
                    Builtins.out.write(f.payload());
                    Builtins.out.flush();
                }
            }
        }

        private void strayByte(int b) {
            stray.write(b);
            if (b == '\n') {
                Builtins.err.print(stray.toString(StandardCharsets.UTF_8));
                Builtins.err.flush();
                stray.reset();
            }
        }

        private void died(Task current) {
            Integer code = null;
            try {
                if (process.waitFor(5, TimeUnit.SECONDS)) code = process.exitValue();
                else process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String doing = !ready ? "during start-up" : current == null ? "while idle" : "while running " + current.what;
            String detail = "A process in the process pool was terminated abruptly " + doing + " (" + name + ", pid "
                    + process.pid() + (code == null ? "" : ", exit code " + code) + ")";
            if (shutdown && current == null && broken == null) return;
            if (terminating) {
                if (current != null) current.state.setError(Errors.make(Errors.RUNTIME_ERROR, "the pool was terminated while this task ran").value);
                return;
            }
            breakPool(detail);
            if (current != null) current.state.setError(broken);
        }
    }

    /** Starts a child process (fork/exec and pipes, a few ms): the Process, or the IOException. */
    @ReleasesGil
    public static Object start(ProcessBuilder pb) {
        try {
            return pb.start();
        } catch (IOException e) {
            return e;
        }
    }

    /** Copies a child's stderr to the parent's Python stderr (so tests running in-process see it too). */
    private static void pump(InputStream in, String threadName) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    Builtins.out.flush();
                    Builtins.err.write(buf, 0, n);
                    Builtins.err.flush();
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, threadName);
        t.setDaemon(true);
        t.start();
    }
}
