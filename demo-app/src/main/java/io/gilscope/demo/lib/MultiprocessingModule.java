package io.gilscope.demo.lib;

import io.gilscope.demo.lib.futures.ChunkedResults;
import io.gilscope.demo.lib.futures.FutureState;
import io.gilscope.demo.lib.futures.Waits;
import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyIter;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.Traceback;
import io.gilscope.demo.vm.Types;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * multiprocessing: Pool (map, starmap, imap, imap_unordered, apply, apply_async, map_async, close,
 * terminate, join, with), Process (start, join, exitcode), cpu_count, current_process. Workers are
 * real child processes ({@link ProcessPool}), spawned, never forked: each loads the program as
 * {@code __mp_main__}, so code that starts processes must sit under {@code if __name__ == "__main__":}
 * (CPython's rule for the spawn start method). Unlike CPython, whose Pool waits forever when a worker
 * dies mid-task, a dead worker fails the pool's tasks with {@code multiprocessing.pool.WorkerLostError}.
 */
public final class MultiprocessingModule {
    private MultiprocessingModule() { }

    public static final PyClass POOL = new PyClass("Pool", Types.OBJECT);
    public static final PyClass ASYNC_RESULT = new PyClass("ApplyResult", Types.OBJECT);
    public static final PyClass PROCESS = new PyClass("Process", Types.OBJECT);
    public static final PyClass PROCESS_INFO = new PyClass("_ProcessInfo", Types.OBJECT);
    public static final PyClass PROCESS_ERROR = Errors.moduleError("ProcessError", Errors.EXCEPTION, "multiprocessing");
    public static final PyClass TIMEOUT_ERROR = Errors.moduleError("TimeoutError", PROCESS_ERROR, "multiprocessing");
    public static final PyClass WORKER_LOST = Errors.moduleError("WorkerLostError", PROCESS_ERROR, "multiprocessing.pool");
    public static final PyClass REMOTE_TRACEBACK = Errors.moduleError("RemoteTraceback", Errors.EXCEPTION, "multiprocessing.pool");
    private static final AtomicInteger PROCESS_NUMBER = new AtomicInteger();

    static {
        POOL.module = "multiprocessing.pool";
        ASYNC_RESULT.module = "multiprocessing.pool";
        PROCESS.module = "multiprocessing.context";
        PROCESS_INFO.module = "multiprocessing.process";
        definePool();
        defineAsyncResult();
        defineProcess();
    }

    public static PyModule create() {
        PyModule m = new PyModule("multiprocessing");
        m.put("Pool", POOL);
        m.put("Process", PROCESS);
        m.put("ProcessError", PROCESS_ERROR);
        m.put("TimeoutError", TIMEOUT_ERROR);
        m.def("cpu_count", (a, k) -> (long) Runtime.getRuntime().availableProcessors());
        m.def("current_process", (a, k) -> {
            PyInstance p = new PyInstance(PROCESS_INFO);
            String name = WorkerMain.processName;
            p.attrs.put("name", name == null ? "MainProcess" : name);
            p.attrs.put("pid", ProcessHandle.current().pid());
            p.attrs.put("daemon", name != null);
            return p;
        });
        m.def("get_start_method", (a, k) -> "spawn");
        m.def("get_all_start_methods", (a, k) -> PyList.of("spawn"));
        m.def("set_start_method", (a, k) -> {
            Object[] p = Args.parse("set_start_method", a, k, 1, "method", "force");
            if (!"spawn".equals(p[0])) throw Errors.notSupported("the start method " + Ops.repr(p[0]) + " (workers are always spawned)");
            return PyNone.NONE;
        });
        m.def("freeze_support", (a, k) -> PyNone.NONE);
        return m;
    }

    /** multiprocessing.pool: where Pool's exception classes live. */
    public static PyModule createPool() {
        PyModule m = new PyModule("multiprocessing.pool");
        m.put("Pool", POOL);
        m.put("RemoteTraceback", REMOTE_TRACEBACK);
        m.put("WorkerLostError", WORKER_LOST);
        return m;
    }

    // ---- Pool -----------------------------------------------------------------------------------

    /** The Java side of a Pool. */
    static final class PoolState {
        final ProcessPool pool;
        volatile String state = "RUN";

        PoolState(ProcessPool pool) { this.pool = pool; }
    }

    private static PoolState pool(Object self) {
        if (self instanceof PyInstance i && i.nativeState instanceof PoolState p) return p;
        throw Errors.typeError("Pool method called on '" + Ops.typeName(self) + "'");
    }

    private static PoolState running(Object self) {
        PoolState p = pool(self);
        if (!p.state.equals("RUN")) throw Errors.valueError("Pool not running");
        return p;
    }

    private static void definePool() {
        POOL.def("__init__", (a, k) -> {
            Object[] p = Args.parse("Pool", a, k, 1, "self", "processes", "initializer", "initargs", "maxtasksperchild", "context");
            int n = p[1] == null || p[1] == PyNone.NONE ? Runtime.getRuntime().availableProcessors() : Ops.toInt(p[1]);
            if (n < 1) throw Errors.valueError("Number of processes must be at least 1");
            byte[] init = null;
            if (p[2] != null && p[2] != PyNone.NONE) {
                Object[] initargs = p[3] == null ? new Object[0] : Ops.iterToList(p[3]).toArray();
                init = ProcessPool.encodeCall(p[2], List.<Object[]>of(new Object[]{new PyTuple(initargs), new PyDict()}));
            }
            PyInstance self = (PyInstance) a[0];
            self.nativeState = new PoolState(new ProcessPool(n, "SpawnPoolWorker", msg -> Errors.instance(WORKER_LOST, msg), REMOTE_TRACEBACK, init));
            self.attrs.put("_processes", (long) n);
            return PyNone.NONE;
        });
        POOL.def("map", (a, k) -> {
            Object[] p = Args.parse("map", a, k, 3, "self", "func", "iterable", "chunksize");
            return get(mapAsync(a[0], p[1], singleArgs(p[2]), p[3], null, null), PyNone.NONE);
        });
        POOL.def("starmap", (a, k) -> {
            Object[] p = Args.parse("starmap", a, k, 3, "self", "func", "iterable", "chunksize");
            return get(mapAsync(a[0], p[1], starArgs(p[2]), p[3], null, null), PyNone.NONE);
        });
        POOL.def("map_async", (a, k) -> {
            Object[] p = Args.parse("map_async", a, k, 3, "self", "func", "iterable", "chunksize", "callback", "error_callback");
            return asyncResult(mapAsync(a[0], p[1], singleArgs(p[2]), p[3], p[4], p[5]));
        });
        POOL.def("starmap_async", (a, k) -> {
            Object[] p = Args.parse("starmap_async", a, k, 3, "self", "func", "iterable", "chunksize", "callback", "error_callback");
            return asyncResult(mapAsync(a[0], p[1], starArgs(p[2]), p[3], p[4], p[5]));
        });
        POOL.def("apply_async", (a, k) -> {
            Object[] p = Args.parse("apply_async", a, k, 2, "self", "func", "args", "kwds", "callback", "error_callback");
            return asyncResult(applyAsync(a[0], p[1], p[2], p[3], p[4], p[5]));
        });
        POOL.def("apply", (a, k) -> {
            Object[] p = Args.parse("apply", a, k, 2, "self", "func", "args", "kwds");
            return get(applyAsync(a[0], p[1], p[2], p[3], null, null), PyNone.NONE);
        });
        POOL.def("imap", (a, k) -> {
            Object[] p = Args.parse("imap", a, k, 3, "self", "func", "iterable", "chunksize");
            int chunksize = p[3] == null ? 1 : Math.max(1, Ops.toInt(p[3]));
            return new ChunkedResults(submitChunks(running(a[0]), p[1], singleArgs(p[2]), chunksize), s -> get(s, PyNone.NONE));
        });
        POOL.def("imap_unordered", (a, k) -> {
            Object[] p = Args.parse("imap_unordered", a, k, 3, "self", "func", "iterable", "chunksize");
            return asCompleted(submitChunks(running(a[0]), p[1], singleArgs(p[2]), p[3] == null ? 1 : Math.max(1, Ops.toInt(p[3]))));
        });
        POOL.def("close", (a, k) -> {
            PoolState p = pool(a[0]);
            if (p.state.equals("RUN")) {
                p.state = "CLOSE";
                p.pool.shutdown(false, false);
            }
            return PyNone.NONE;
        });
        POOL.def("terminate", (a, k) -> {
            PoolState p = pool(a[0]);
            p.state = "TERMINATE";
            p.pool.terminate();
            return PyNone.NONE;
        });
        POOL.def("join", (a, k) -> {
            PoolState p = pool(a[0]);
            if (p.state.equals("RUN")) throw Errors.valueError("Pool is still running");
            p.pool.join(-1);
            return PyNone.NONE;
        });
        POOL.def("__enter__", (a, k) -> {
            running(a[0]);
            return a[0];
        });
        POOL.def("__exit__", (a, k) -> {
            PoolState p = pool(a[0]);
            p.state = "TERMINATE";
            p.pool.terminate();
            return false;
        });
        POOL.def("__repr__", (a, k) -> {
            PoolState p = pool(a[0]);
            return "<multiprocessing.pool.Pool state=" + p.state + " pool_size=" + p.pool.size() + ">";
        });
    }

    private static List<Object[]> singleArgs(Object iterable) {
        List<Object[]> calls = new ArrayList<>();
        for (Object x : Ops.iterToList(iterable)) calls.add(new Object[]{PyTuple.of(x), new PyDict()});
        return calls;
    }

    private static List<Object[]> starArgs(Object iterable) {
        List<Object[]> calls = new ArrayList<>();
        for (Object x : Ops.iterToList(iterable)) calls.add(new Object[]{new PyTuple(Ops.iterToList(x).toArray()), new PyDict()});
        return calls;
    }

    /** CPython's default: about four chunks per worker. */
    private static int chunksize(Object given, int items, int workers) {
        if (given != null && given != PyNone.NONE) return Math.max(1, Ops.toInt(given));
        if (items == 0) return 1;
        int size = items / (workers * 4);
        return items % (workers * 4) != 0 ? size + 1 : Math.max(1, size);
    }

    private static List<FutureState> submitChunks(PoolState p, Object fn, List<Object[]> calls, int chunksize) {
        List<FutureState> chunks = new ArrayList<>();
        for (int i = 0; i < calls.size(); i += chunksize) {
            List<Object[]> part = calls.subList(i, Math.min(calls.size(), i + chunksize));
            FutureState s = new FutureState();
            p.pool.submit(new ProcessPool.Task(ProcessPool.encodeCall(fn, part), s, false, ConcurrentFuturesModule.describe(fn)));
            chunks.add(s);
        }
        return chunks;
    }

    /** map_async: every chunk submitted now; one state that completes with the flattened list. */
    private static FutureState mapAsync(Object self, Object fn, List<Object[]> calls, Object chunk, Object callback, Object errorCallback) {
        PoolState p = running(self);
        List<FutureState> chunks = submitChunks(p, fn, calls, chunksize(chunk, calls.size(), p.pool.size()));
        FutureState all = new FutureState();
        all.setRunning();
        AtomicInteger left = new AtomicInteger(chunks.size());
        if (chunks.isEmpty()) all.setResult(new PyList());
        for (FutureState c : chunks) {
            c.addListener(s -> {
                FutureState.Outcome o = s.outcomeNow();
                if (o.error() != null) all.setError(o.error());
                else if (left.decrementAndGet() == 0) {
                    PyList out = new PyList(calls.size());
                    for (FutureState x : chunks) out.extend(Ops.iterToList(x.outcomeNow().value()));
                    all.setResult(out);
                }
            });
        }
        addCallbacks(all, callback, errorCallback);
        return all;
    }

    private static FutureState applyAsync(Object self, Object fn, Object args, Object kwds, Object callback, Object errorCallback) {
        PoolState p = running(self);
        PyTuple t = args == null ? PyTuple.EMPTY : new PyTuple(Ops.iterToList(args).toArray());
        PyDict kw = kwds instanceof PyDict d ? d : new PyDict();
        FutureState s = new FutureState();
        p.pool.submit(new ProcessPool.Task(ProcessPool.encodeCall(fn, List.<Object[]>of(new Object[]{t, kw})), s, true,
                ConcurrentFuturesModule.describe(fn)));
        addCallbacks(s, callback, errorCallback);
        return s;
    }

    private static void addCallbacks(FutureState s, Object callback, Object errorCallback) {
        boolean cb = callback != null && callback != PyNone.NONE;
        boolean ecb = errorCallback != null && errorCallback != PyNone.NONE;
        if (!cb && !ecb) return;
        s.addListener(st -> {
            FutureState.Outcome o = st.outcomeNow();
            try {
                if (o.error() == null && cb) Ops.call(callback, new Object[]{o.value()}, null);
                if (o.error() != null && ecb) Ops.call(errorCallback, new Object[]{o.error()}, null);
            } catch (PyException e) {
                Builtins.err.print("Exception in a Pool callback:\n" + Traceback.format(e.value));
                Builtins.err.flush();
            }
        });
    }

    private static Object get(FutureState s, Object timeout) {
        FutureState.Outcome o = s.outcomeNow();
        if (o == null) o = Waits.await(s.done, Waits.nanos(timeout));
        if (o == null) throw new PyException(Errors.instance(TIMEOUT_ERROR));
        return FutureState.unwrap(o, ConcurrentFuturesModule.CANCELLED_ERROR);
    }

    private static PyIter asCompleted(List<FutureState> chunks) {
        LinkedBlockingQueue<FutureState> done = new LinkedBlockingQueue<>();
        for (FutureState c : chunks) c.addListener(done::add);
        return new PyIter() {
            int taken = 0;
            List<Object> values = List.of();
            int index = 0;

            @Override
            public Object next() {
                while (index >= values.size()) {
                    if (taken == chunks.size()) return null;
                    FutureState s = done.poll();
                    if (s == null) s = Waits.poll(done, -1);
                    taken++;
                    values = Ops.iterToList(get(s, PyNone.NONE));
                    index = 0;
                }
                return values.get(index++);
            }
        };
    }

    // ---- AsyncResult ----------------------------------------------------------------------------

    private static PyInstance asyncResult(FutureState s) {
        PyInstance r = new PyInstance(ASYNC_RESULT);
        r.nativeState = s;
        s.owner = r;
        return r;
    }

    private static FutureState result(Object self) {
        return (FutureState) ((PyInstance) self).nativeState;
    }

    private static void defineAsyncResult() {
        ASYNC_RESULT.def("get", (a, k) -> {
            Object[] p = Args.parse("get", a, k, 1, "self", "timeout");
            return get(result(a[0]), Args.or(p[1], PyNone.NONE));
        });
        ASYNC_RESULT.def("wait", (a, k) -> {
            Object[] p = Args.parse("wait", a, k, 1, "self", "timeout");
            FutureState s = result(a[0]);
            if (!s.isDone()) Waits.await(s.done, Waits.nanos(Args.or(p[1], PyNone.NONE)));
            return PyNone.NONE;
        });
        ASYNC_RESULT.def("ready", (a, k) -> result(a[0]).isDone());
        ASYNC_RESULT.def("successful", (a, k) -> {
            FutureState.Outcome o = result(a[0]).outcomeNow();
            if (o == null) throw Errors.valueError(Ops.repr(a[0]) + " not ready");
            return o.error() == null;
        });
    }

    // ---- Process --------------------------------------------------------------------------------

    private static void defineProcess() {
        PROCESS.def("__init__", (a, k) -> {
            Object[] p = Args.parse("Process", a, k, 1, "self", "group", "target", "name", "args", "kwargs", "daemon");
            PyInstance self = (PyInstance) a[0];
            self.attrs.put("_target", Args.or(p[2], PyNone.NONE));
            self.attrs.put("name", p[3] == null || p[3] == PyNone.NONE ? "Process-" + PROCESS_NUMBER.incrementAndGet() : Ops.str(p[3]));
            self.attrs.put("_args", p[4] == null ? PyTuple.EMPTY : new PyTuple(Ops.iterToList(p[4]).toArray()));
            self.attrs.put("_kwargs", p[5] instanceof PyDict d ? d : new PyDict());
            self.attrs.put("daemon", p[6] != null && Ops.truthy(p[6]));
            self.attrs.put("exitcode", PyNone.NONE);
            self.attrs.put("pid", PyNone.NONE);
            return PyNone.NONE;
        });
        PROCESS.def("start", (a, k) -> {
            PyInstance self = (PyInstance) a[0];
            if (self.nativeState != null) throw Errors.make(Errors.ASSERTION_ERROR, "cannot start a process twice");
            ProcessPool pool = new ProcessPool(List.of(Ops.str(self.attrs.get("name"))), msg -> Errors.instance(WORKER_LOST, msg), REMOTE_TRACEBACK, null);
            self.attrs.put("pid", pool.pids().get(0));
            FutureState s = new FutureState();
            pool.submit(new ProcessPool.Task(ProcessPool.encodeCall(self.attrs.get("_target"),
                    List.<Object[]>of(new Object[]{self.attrs.get("_args"), self.attrs.get("_kwargs")})), s, true, "run()"));
            pool.shutdown(false, false);
            self.nativeState = new Object[]{pool, s};
            s.addListener(st -> {
                FutureState.Outcome o = st.outcomeNow();
                if (o.error() != null && !o.error().cls.isSubclassOf(WORKER_LOST)) {
                    Object tb = o.error().attrs.get("_remote_traceback");
                    Builtins.err.print("Process " + Ops.str(self.attrs.get("name")) + ":\n" + (tb != null ? tb : Traceback.format(o.error())));
                    Builtins.err.flush();
                }
            });
            return PyNone.NONE;
        });
        PROCESS.def("join", (a, k) -> {
            Object[] p = Args.parse("join", a, k, 1, "self", "timeout");
            Object[] st = (Object[]) ((PyInstance) a[0]).nativeState;
            if (st == null) throw Errors.make(Errors.ASSERTION_ERROR, "can only join a started process");
            FutureState s = (FutureState) st[1];
            if (!s.isDone()) Waits.await(s.done, Waits.nanos(Args.or(p[1], PyNone.NONE)));
            if (s.isDone()) {
                ProcessPool pool = (ProcessPool) st[0];
                pool.join(5000);
                FutureState.Outcome o = s.outcomeNow();
                Integer code = pool.exitCode(0);
                // a target that raised exits 1, as in CPython; sys.exit(n) in the target exits n
                long exit = o.error() == null ? 0 : !o.error().cls.isSubclassOf(WORKER_LOST) ? 1 : code != null ? code : 1;
                ((PyInstance) a[0]).attrs.put("exitcode", exit);
            }
            return PyNone.NONE;
        });
        PROCESS.def("is_alive", (a, k) -> {
            Object[] st = (Object[]) ((PyInstance) a[0]).nativeState;
            return st != null && !((FutureState) st[1]).isDone();
        });
        PROCESS.def("terminate", (a, k) -> {
            Object[] st = (Object[]) ((PyInstance) a[0]).nativeState;
            if (st != null) ((ProcessPool) st[0]).terminate();
            return PyNone.NONE;
        });
    }
}
