package io.gilscope.demo.lib;

import io.gilscope.demo.jit.Jit;
import io.gilscope.demo.vm.CodeObject;
import io.gilscope.demo.compile.Compiler;
import io.gilscope.demo.lex.SyntaxError;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Interpreter;
import io.gilscope.demo.vm.InterpreterThread;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.Traceback;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The main class of a worker process (multiprocessing.Pool, ProcessPoolExecutor), as Python's spawn
 * start method does it: load the parent's program as module {@code __mp_main__} (so
 * {@code if __name__ == "__main__":} blocks do not run; {@code __main__} is an alias of it), say
 * ready, then run calls from stdin until told to quit or stdin ends. The program's own printing is
 * sent to the parent in 'O' frames (see {@link Frames}); stderr is the parent's. A SystemExit raised
 * by a task ends the process with its code, which the parent reports as a broken pool.
 * Usage: {@code WorkerMain PROGRAM.py PROCESS-NAME [ARGV...]}.
 */
public final class WorkerMain {
    private WorkerMain() { }

    /** True while the worker is loading the program: starting processes then is an error, as in CPython. */
    public static volatile boolean bootstrapping;
    /** This process's multiprocessing name ("SpawnPoolWorker-1"); null in a parent process. */
    public static volatile String processName;

    private static DataOutputStream proto;
    private static PyModule main;

    public static void main(String[] args) {
        Jit mode = Jit.of(System.getProperty(Jit.PROPERTY, Jit.ON.option()));
        (mode != null ? mode : Jit.ON).install();
        proto = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(err);
        processName = args[1];
        Builtins.out = new PrintStream(new FrameOutput(proto), false, StandardCharsets.UTF_8);
        Builtins.err = err;
        int[] exit = {0};
        Thread t = new InterpreterThread(() -> exit[0] = serve(args), "MainThread", ThreadingModule.STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            exit[0] = 1;
        }
        Builtins.out.flush();
        System.exit(exit[0]);
    }

    private static int serve(String[] args) {
        ThreadingModule.bindMainThread();
        String file = args[0];
        for (int i = 2; i < args.length; i++) SysModule.ARGV.append(args[i]);
        SysModule.ARGV.insert(0, file);
        try {
            load(file);
        } catch (PyException e) {
            return uncaught(e.value);
        } catch (SyntaxError e) {
            Builtins.err.print(e.getMessage() + " (" + file + ", line " + e.line + ")\n");
            return 1;
        } catch (IOException e) {
            Builtins.err.println("worker: can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        try {
            ByteArrayOutputStream ready = new ByteArrayOutputStream();
            DataOutputStream r = new DataOutputStream(ready);
            r.writeLong(ProcessHandle.current().pid());
            r.writeLong(ManagementFactory.getRuntimeMXBean().getUptime());
            Frames.write(proto, Frames.READY, ready.toByteArray());
            while (true) {
                Frames.Frame f = Frames.read(in, null);
                if (f.type() == Frames.QUIT) return 0;
                if (f.type() == Frames.CALL) {
                    Integer code = call(f.payload());
                    if (code != null) return code;
                }
            }
        } catch (EOFException e) {
            return 0;
        } catch (IOException e) {
            Builtins.err.println("worker " + processName + ": lost the parent: " + e.getMessage());
            return 1;
        }
    }

    private static void load(String file) throws IOException {
        Modules.start(file);
        main = loadProgram(file, true);
        Builtins.out.flush();
    }

    /**
     * Runs the program as module __mp_main__ (and, asMain, as __main__ too), with {@link #bootstrapping}
     * set: a worker process's start, and a subinterpreter's first call of a function of __main__.
     */
    static PyModule loadProgram(String file, boolean asMain) throws IOException {
        String source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        Traceback.addSource(file, source);
        CodeObject code = Compiler.compileModule(source, file);
        PyModule m = new PyModule("__mp_main__");
        m.dict.put("__file__", file);
        Modules.LOADED.put("__mp_main__", m);
        if (asMain) Modules.LOADED.put("__main__", m);
        bootstrapping = true;
        try {
            Interpreter.runModule(code, m.dict);
        } finally {
            bootstrapping = false;
        }
        return m;
    }

    private static final Wire.Resolver RESOLVER = (module, name) ->
            Wire.DEFAULT_RESOLVER.resolve(module.equals("__main__") ? "__mp_main__" : module, name);

    /** Runs one 'C' frame; returns an exit code when a task raised SystemExit, else null. */
    private static Integer call(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        long id = in.readLong();
        try {
            Object fn = Wire.read(in, RESOLVER);
            int n = in.readInt();
            PyList results = new PyList(n);
            for (int i = 0; i < n; i++) {
                Object[] args = ((PyTuple) Wire.read(in, RESOLVER)).items;
                List<Object[]> kw = ((PyDict) Wire.read(in, RESOLVER)).entries();
                Object[] all = new Object[args.length + kw.size()];
                String[] names = kw.isEmpty() ? null : new String[kw.size()];
                System.arraycopy(args, 0, all, 0, args.length);
                for (int k = 0; k < kw.size(); k++) {
                    names[k] = (String) kw.get(k)[0];
                    all[args.length + k] = kw.get(k)[1];
                }
                results.append(Ops.call(fn, all, names));
            }
            byte[] encoded = encodeResult(id, results);
            Builtins.out.flush();
            Frames.write(proto, Frames.VALUES, encoded);
            return null;
        } catch (PyException e) {
            if (e.value.cls.isSubclassOf(Errors.SYSTEM_EXIT)) return exitCode(e.value);
            Builtins.out.flush();
            Frames.write(proto, Frames.RAISED, encodeError(id, e.value));
            return null;
        } catch (StackOverflowError e) {
            Builtins.out.flush();
            Frames.write(proto, Frames.RAISED, encodeError(id, Errors.make(Errors.RECURSION_ERROR, "maximum recursion depth exceeded").value));
            return null;
        }
    }

    private static byte[] encodeResult(long id, PyList results) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.writeLong(id);
        Wire.write(out, results);
        return b.toByteArray();
    }

    private static byte[] encodeError(long id, PyInstance exc) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.writeLong(id);
        Wire.string(out, exc.cls.module);
        Wire.string(out, exc.cls.name);
        String message;
        try {
            message = Ops.str(exc);
        } catch (RuntimeException e) {
            message = "<exception str() failed>";
        }
        Wire.string(out, message);
        Wire.string(out, Traceback.format(exc));
        byte[] args;
        try {
            args = Wire.encode(exc.attrs.getOrDefault("args", PyTuple.EMPTY));
        } catch (PyException e) {
            args = Wire.encode(PyNone.NONE);
        }
        out.write(args);
        return b.toByteArray();
    }

    private static int exitCode(PyInstance exc) {
        Builtins.out.flush();
        Object[] a = ((PyTuple) exc.attrs.getOrDefault("args", PyTuple.EMPTY)).items;
        Object code = a.length == 0 ? PyNone.NONE : a[0];
        if (code == PyNone.NONE) return 0;
        if (code instanceof Long || code instanceof Boolean) return (int) Ops.toLong(code);
        Builtins.err.println(Ops.str(code));
        return 1;
    }

    private static int uncaught(PyInstance exc) {
        if (exc.cls.isSubclassOf(Errors.SYSTEM_EXIT)) return exitCode(exc);
        Builtins.out.flush();
        Builtins.err.print("Process " + processName + ":\n" + Traceback.format(exc));
        return 1;
    }

    /** The program's stdout in a worker: buffered, sent to the parent as 'O' frames on flush. */
    private static final class FrameOutput extends OutputStream {
        private final DataOutputStream proto;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        FrameOutput(DataOutputStream proto) { this.proto = proto; }

        @Override
        public synchronized void write(int b) throws IOException {
            buf.write(b);
            if (buf.size() >= 1 << 15) flush();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            buf.write(b, off, len);
            if (buf.size() >= 1 << 15) flush();
        }

        @Override
        public synchronized void flush() throws IOException {
            if (buf.size() == 0) return;
            Frames.write(proto, Frames.OUTPUT, buf.toByteArray());
            buf.reset();
        }
    }
}
