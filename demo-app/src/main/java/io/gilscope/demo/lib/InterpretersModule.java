package io.gilscope.demo.lib;

import io.gilscope.demo.lib.futures.Waits;
import io.gilscope.demo.shared.Channels;
import io.gilscope.demo.shared.InterpreterIds;
import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.ReleasesGil;
import io.gilscope.demo.vm.Types;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * concurrent.interpreters (CPython 3.14, PEP 734): isolated interpreters in one process, each with
 * its own GIL (PEP 684). Here an interpreter is a copy of demo-app's classes in a class loader of its
 * own ({@link IsolatedLoader}), so it shares no Python object and no static with any other; under
 * the agent each class loader has its own GIL (docs/architecture.md, the agent's contract). Code runs
 * in it on the calling thread: {@link #enter} is a {@link ReleasesGil} leaf, so the caller's GIL is
 * free while the other interpreter runs under its own. Values cross encoded by {@link Wire}, as
 * CPython pickles them; queues ({@link Channels}) are shared by id.
 */
public final class InterpretersModule {
    private InterpretersModule() { }

    static final PyClass INTERPRETER = new PyClass("Interpreter", Types.OBJECT);
    static final PyClass QUEUE = new PyClass("Queue", Types.OBJECT);
    static final PyClass INTERPRETER_ERROR = Errors.moduleError("InterpreterError", Errors.EXCEPTION, "concurrent.interpreters");
    static final PyClass NOT_FOUND = Errors.moduleError("InterpreterNotFoundError", INTERPRETER_ERROR, "concurrent.interpreters");
    static final PyClass EXECUTION_FAILED = Errors.moduleError("ExecutionFailed", INTERPRETER_ERROR, "concurrent.interpreters");
    static final PyClass NOT_SHAREABLE = Errors.moduleError("NotShareableError", Errors.VALUE_ERROR, "concurrent.interpreters");
    static final PyClass QUEUE_EMPTY = Errors.moduleError("QueueEmpty", QueueModule.EMPTY, "concurrent.interpreters");
    static final PyClass QUEUE_FULL = Errors.moduleError("QueueFull", QueueModule.FULL, "concurrent.interpreters");

    /** This interpreter's id (0 for the main one) and how it finds functions named in values it decodes. */
    private static long selfId;
    private static Wire.Resolver resolver = Wire.DEFAULT_RESOLVER;
    private static final Map<Long, PyInstance> CREATED = new ConcurrentHashMap<>();

    /** The creator's side of an interpreter: its loader and entry points. */
    private static final class Handle {
        final long id;
        final IsolatedLoader loader;
        final MethodHandle exec;
        final MethodHandle call;
        final MethodHandle bind;
        volatile boolean closed;
        /** Calls running in it now, from any thread (is_running, and close refuses while any runs). */
        final AtomicInteger running = new AtomicInteger();

        Handle(long id, IsolatedLoader loader, Class<?> entry) throws ReflectiveOperationException {
            this.id = id;
            this.loader = loader;
            MethodHandles.Lookup l = MethodHandles.publicLookup();
            exec = l.findStatic(entry, "exec", MethodType.methodType(String[].class, String.class));
            call = l.findStatic(entry, "call", MethodType.methodType(Object[].class, byte[].class));
            bind = l.findStatic(entry, "bind", MethodType.methodType(String[].class, byte[].class));
        }
    }

    static {
        defineInterpreter();
        defineQueue();
    }

    public static PyModule create() {
        PyModule m = new PyModule("concurrent.interpreters");
        m.put("Interpreter", INTERPRETER);
        m.put("Queue", QUEUE);
        for (PyClass c : new PyClass[] {INTERPRETER_ERROR, NOT_FOUND, EXECUTION_FAILED, NOT_SHAREABLE, QUEUE_EMPTY, QUEUE_FULL}) m.put(c.name, c);
        m.def("create", (a, k) -> {
            Args.count("create", a, 0, 0);
            return newInterpreter();
        });
        m.def("get_current", (a, k) -> view(selfId));
        m.def("get_main", (a, k) -> view(0));
        m.def("list_all", (a, k) -> {
            PyList all = new PyList();
            all.append(view(selfId));
            CREATED.values().stream().filter(i -> !handle(i).closed).forEach(all::append);
            return all;
        });
        m.def("create_queue", (a, k) -> {
            Object[] p = Args.parse("create_queue", a, k, 0, "maxsize");
            int maxsize = p[0] == null ? 0 : Ops.toInt(p[0]);
            return queue(Channels.create(Math.max(0, maxsize)), maxsize);
        });
        return m;
    }

    /** Called by {@link SubinterpreterMain#start}: this copy of the module is a subinterpreter's. */
    static void becomeSubinterpreter(long id, Wire.Resolver r) {
        selfId = id;
        resolver = r;
    }

    static PyInstance newInterpreter() {
        if (WorkerMain.bootstrapping) {
            throw Errors.runtimeError("an interpreter was created while the program was being imported to find a function: "
                    + "create interpreters under if __name__ == \"__main__\":");
        }
        long id = InterpreterIds.next();
        URL classes = InterpretersModule.class.getProtectionDomain().getCodeSource().getLocation();
        IsolatedLoader loader = new IsolatedLoader(classes, "interpreter-" + id);
        Handle h;
        try {
            Class<?> entry = Class.forName(SubinterpreterMain.class.getName(), true, loader);
            MethodHandles.publicLookup().findStatic(entry, "start",
                            MethodType.methodType(void.class, long.class, String.class, PrintStream.class, PrintStream.class))
                    .invoke(id, Modules.mainScript(), Builtins.out, Builtins.err);
            h = new Handle(id, loader, entry);
        } catch (Throwable e) {
            throw Errors.make(INTERPRETER_ERROR, "cannot create an interpreter: " + e);
        }
        PyInstance i = view(id);
        i.nativeState = h;
        CREATED.put(id, i);
        return i;
    }

    /** An Interpreter object for an id: the one create() returned, or a view of this or the main interpreter. */
    private static PyInstance view(long id) {
        PyInstance made = CREATED.get(id);
        if (made != null) return made;
        PyInstance i = new PyInstance(INTERPRETER);
        i.attrs.put("id", id);
        return i;
    }

    private static Handle handle(Object self) {
        if (!(self instanceof PyInstance i) || !(i.nativeState instanceof Handle h)) {
            long id = self instanceof PyInstance i ? Ops.toLong(i.attrs.get("id")) : -1;
            throw Errors.make(INTERPRETER_ERROR, id == selfId ? "interpreter " + id + " is the current one: run code here directly"
                    : "interpreter " + id + " was not created by this interpreter");
        }
        if (h.closed) throw Errors.make(NOT_FOUND, "interpreter " + h.id + " has been closed");
        return h;
    }

    /**
     * Runs one entry point of another interpreter on this thread. A release method: this interpreter's
     * GIL is free meanwhile and the other interpreter's dispatch takes its own. Never throws.
     */
    @ReleasesGil
    public static Object enter(MethodHandle entry, Object arg) {
        try {
            return entry.invoke(arg);
        } catch (Throwable e) {
            return new String[] {"InterpreterError", e.toString(), ""};
        }
    }

    private static Object run(Handle h, MethodHandle entry, Object arg) {
        h.running.incrementAndGet();
        try {
            return enter(entry, arg);
        } finally {
            h.running.decrementAndGet();
        }
    }

    /**
     * interp.call(fn, *args, **kwargs), args ending with the keyword arguments' values: fn and its
     * arguments encoded, called there, the result decoded here.
     */
    static Object call(Object interp, Object fn, Object[] args, String[] kwnames) {
        Handle h = handle(interp);
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyDict kw = new PyDict();
        for (int i = 0; i < nkw; i++) kw.put(kwnames[i], args[args.length - nkw + i]);
        byte[] request = encode(new PyTuple(new Object[] {fn, new PyTuple(Arrays.copyOfRange(args, 0, args.length - nkw)), kw}));
        Object reply = run(h, h.call, request);
        if (reply instanceof String[] f) throw failed(f);
        Object[] r = (Object[]) reply;
        if (r[1] != null) throw failed((String[]) r[1]);
        return Wire.decode((byte[]) r[0], resolver);
    }

    /** Closes an interpreter that is not running. */
    static void close(Object interp) {
        Handle h = handle(interp);
        if (h.running.get() > 0) throw Errors.make(INTERPRETER_ERROR, "interpreter " + h.id + " is running");
        h.closed = true;
        CREATED.remove(h.id);
        try {
            h.loader.close();
        } catch (IOException e) {
            // the classes are loaded; closing only frees the jar
        }
    }

    private static PyException failed(String[] f) {
        PyInstance e = Errors.instance(EXECUTION_FAILED, f[0] + ": " + f[1]);
        e.attrs.put("excinfo", new PyTuple(new Object[] {f[0], f[1], f[2]}));
        return new PyException(e);
    }

    private static void defineInterpreter() {
        INTERPRETER.def("exec", (a, k) -> {
            Args.count("exec", a, 2, 2);
            Handle h = handle(a[0]);
            if (!(a[1] instanceof String code)) throw Errors.typeError("exec() takes source code as a str");
            if (run(h, h.exec, code) instanceof String[] f) throw failed(f);
            return PyNone.NONE;
        });
        INTERPRETER.def("call", (a, k) -> {
            Object[] pos = Args.positional(a, k);
            if (pos.length < 2) throw Errors.typeError("call() missing required argument: 'callable'");
            return call(a[0], pos[1], Arrays.copyOfRange(a, 2, a.length), k);
        });
        INTERPRETER.def("prepare_main", (a, k) -> {
            Object[] pos = Args.positional(a, k);
            Handle h = handle(a[0]);
            PyDict ns = new PyDict();
            if (pos.length > 1 && pos[1] != PyNone.NONE) ((PyDict) pos[1]).entries().forEach(kv -> ns.put(kv[0], kv[1]));
            int nkw = k == null ? 0 : k.length;
            for (int i = 0; i < nkw; i++) ns.put(k[i], a[a.length - nkw + i]);
            if (run(h, h.bind, encode(ns)) instanceof String[] f) throw failed(f);
            return PyNone.NONE;
        });
        INTERPRETER.def("is_running", (a, k) -> handle(a[0]).running.get() > 0);
        INTERPRETER.def("close", (a, k) -> {
            close(a[0]);
            return PyNone.NONE;
        });
        INTERPRETER.def("__repr__", (a, k) -> "Interpreter(" + ((PyInstance) a[0]).attrs.get("id") + ")");
    }

    /** Wire's encoding, with NotShareableError for what cannot cross (CPython: pickling fails). */
    private static byte[] encode(Object v) {
        try {
            return Wire.encode(v);
        } catch (PyException e) {
            throw Errors.make(NOT_SHAREABLE, Ops.str(e.value));
        }
    }

    // ---- queues -------------------------------------------------------------------------------

    /** A Queue object for a shared queue (Wire decodes a queue sent to this interpreter with this). */
    static PyInstance queue(long id, int maxsize) {
        PyInstance q = new PyInstance(QUEUE);
        q.attrs.put("id", id);
        q.attrs.put("maxsize", (long) maxsize);
        return q;
    }

    /** Adds obj, waiting up to nanos for room (0: not at all, -1: as long as it takes); QueueFull if none came. */
    private static Object put(Object self, Object obj, long nanos) {
        byte[] item = encode(obj);
        boolean added = nanos == 0 ? items(self).offer(item) : Waits.offer(items(self), item, nanos);
        if (!added) throw new PyException(Errors.instance(QUEUE_FULL));
        return PyNone.NONE;
    }

    /** Takes the next item, waiting up to nanos (0: not at all, -1: as long as it takes); QueueEmpty if none came. */
    private static Object get(Object self, long nanos) {
        byte[] item = nanos == 0 ? items(self).poll() : Waits.poll(items(self), nanos);
        if (item == null) throw new PyException(Errors.instance(QUEUE_EMPTY));
        return Wire.decode(item, resolver);
    }

    private static BlockingQueue<byte[]> items(Object self) {
        BlockingQueue<byte[]> q = Channels.get(Ops.toLong(((PyInstance) self).attrs.get("id")));
        if (q == null) throw Errors.make(INTERPRETER_ERROR, "queue not found (queues are shared between interpreters of one process)");
        return q;
    }

    private static void defineQueue() {
        QUEUE.def("put", (a, k) -> {
            Object[] p = Args.parse("put", a, k, 2, "self", "obj", "block", "timeout");
            return put(a[0], p[1], p[2] != null && !Ops.truthy(p[2]) ? 0 : Waits.nanos(p[3]));
        });
        QUEUE.def("put_nowait", (a, k) -> {
            Args.count("put_nowait", a, 2, 2);
            return put(a[0], a[1], 0);
        });
        QUEUE.def("get", (a, k) -> {
            Object[] p = Args.parse("get", a, k, 1, "self", "block", "timeout");
            return get(a[0], p[1] != null && !Ops.truthy(p[1]) ? 0 : Waits.nanos(p[2]));
        });
        QUEUE.def("get_nowait", (a, k) -> get(a[0], 0));
        QUEUE.def("empty", (a, k) -> items(a[0]).isEmpty());
        QUEUE.def("full", (a, k) -> items(a[0]).remainingCapacity() == 0);
        QUEUE.def("qsize", (a, k) -> (long) items(a[0]).size());
        QUEUE.def("__repr__", (a, k) -> "Queue(" + ((PyInstance) a[0]).attrs.get("id") + ")");
    }
}
