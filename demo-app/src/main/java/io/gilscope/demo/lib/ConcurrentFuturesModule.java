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
import io.gilscope.demo.vm.PySet;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.Traceback;
import io.gilscope.demo.vm.Types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * concurrent.futures: Future, ThreadPoolExecutor, ProcessPoolExecutor (submit, map, shutdown, with),
 * as_completed and wait. Thread pool workers are Python threads ("ThreadPoolExecutor-0_0") started on
 * demand up to max_workers, as CPython does; process pools are {@link ProcessPool}s of child JVMs.
 * A worker's exception is re-raised by result(): for threads with the worker's frames in its
 * traceback, for processes with the worker's traceback text as {@code __cause__}
 * (concurrent.futures.process._RemoteTraceback), as CPython prints it. All waits are
 * {@link Waits} leaves, so the GIL is released while waiting.
 */
public final class ConcurrentFuturesModule {
    private ConcurrentFuturesModule() { }

    public static final PyClass FUTURE = new PyClass("Future", Types.OBJECT);
    public static final PyClass EXECUTOR = new PyClass("Executor", Types.OBJECT);
    public static final PyClass THREAD_POOL = new PyClass("ThreadPoolExecutor", EXECUTOR);
    public static final PyClass PROCESS_POOL = new PyClass("ProcessPoolExecutor", EXECUTOR);
    public static final PyClass DONE_AND_NOT_DONE = new PyClass("DoneAndNotDoneFutures", Types.OBJECT);
    public static final PyClass ERROR = Errors.moduleError("Error", Errors.EXCEPTION, "concurrent.futures._base");
    public static final PyClass CANCELLED_ERROR = Errors.moduleError("CancelledError", ERROR, "concurrent.futures._base");
    public static final PyClass INVALID_STATE_ERROR = Errors.moduleError("InvalidStateError", ERROR, "concurrent.futures._base");
    public static final PyClass BROKEN_EXECUTOR = Errors.moduleError("BrokenExecutor", Errors.RUNTIME_ERROR, "concurrent.futures._base");
    public static final PyClass BROKEN_THREAD_POOL = Errors.moduleError("BrokenThreadPool", BROKEN_EXECUTOR, "concurrent.futures.thread");
    public static final PyClass BROKEN_PROCESS_POOL = Errors.moduleError("BrokenProcessPool", BROKEN_EXECUTOR, "concurrent.futures.process");
    public static final PyClass REMOTE_TRACEBACK = Errors.moduleError("_RemoteTraceback", Errors.EXCEPTION, "concurrent.futures.process");

    public static final String FIRST_COMPLETED = "FIRST_COMPLETED";
    public static final String FIRST_EXCEPTION = "FIRST_EXCEPTION";
    public static final String ALL_COMPLETED = "ALL_COMPLETED";

    private static final AtomicInteger EXECUTOR_NUMBER = new AtomicInteger();
    private static final long IDLE_POLL_NANOS = 250_000_000L;

    static {
        FUTURE.module = "concurrent.futures._base";
        EXECUTOR.module = "concurrent.futures._base";
        THREAD_POOL.module = "concurrent.futures.thread";
        PROCESS_POOL.module = "concurrent.futures.process";
        DONE_AND_NOT_DONE.module = "concurrent.futures._base";
        defineFuture();
        defineExecutor();
        defineThreadPool();
        defineProcessPool();
        DONE_AND_NOT_DONE.def("__iter__", (a, k) -> {
            PyInstance self = (PyInstance) a[0];
            return Ops.arrayIter(new Object[]{self.attrs.get("done"), self.attrs.get("not_done")});
        });
        DONE_AND_NOT_DONE.def("__getitem__", (a, k) -> {
            PyInstance self = (PyInstance) a[0];
            return Ops.toLong(a[1]) == 0 ? self.attrs.get("done") : self.attrs.get("not_done");
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("concurrent.futures");
        m.put("Future", FUTURE);
        m.put("Executor", EXECUTOR);
        m.put("ThreadPoolExecutor", THREAD_POOL);
        m.put("ProcessPoolExecutor", PROCESS_POOL);
        m.put("InterpreterPoolExecutor", InterpreterPool.CLASS);
        m.put("CancelledError", CANCELLED_ERROR);
        m.put("TimeoutError", Errors.TIMEOUT_ERROR);
        m.put("InvalidStateError", INVALID_STATE_ERROR);
        m.put("BrokenExecutor", BROKEN_EXECUTOR);
        m.put("FIRST_COMPLETED", FIRST_COMPLETED);
        m.put("FIRST_EXCEPTION", FIRST_EXCEPTION);
        m.put("ALL_COMPLETED", ALL_COMPLETED);
        m.def("as_completed", (a, k) -> {
            Object[] p = Args.parse("as_completed", a, k, 1, "fs", "timeout");
            return asCompleted(p[0], p[1]);
        });
        m.def("wait", (a, k) -> {
            Object[] p = Args.parse("wait", a, k, 1, "fs", "timeout", "return_when");
            return waitFor(p[0], p[1], p[2] == null ? ALL_COMPLETED : Ops.str(p[2]));
        });
        return m;
    }

    /** concurrent.futures.process: where BrokenProcessPool lives. */
    public static PyModule createProcess() {
        PyModule m = new PyModule("concurrent.futures.process");
        m.put("ProcessPoolExecutor", PROCESS_POOL);
        m.put("BrokenProcessPool", BROKEN_PROCESS_POOL);
        return m;
    }

    /** concurrent.futures.interpreter: where InterpreterPoolExecutor lives. */
    public static PyModule createInterpreter() {
        PyModule m = new PyModule("concurrent.futures.interpreter");
        m.put("InterpreterPoolExecutor", InterpreterPool.CLASS);
        return m;
    }

    /** concurrent.futures.thread: where BrokenThreadPool lives. */
    public static PyModule createThread() {
        PyModule m = new PyModule("concurrent.futures.thread");
        m.put("ThreadPoolExecutor", THREAD_POOL);
        m.put("BrokenThreadPool", BROKEN_THREAD_POOL);
        return m;
    }

    // ---- Future -------------------------------------------------------------------------------

    public static PyInstance newFuture(FutureState s) {
        PyInstance f = new PyInstance(FUTURE);
        f.nativeState = s;
        s.owner = f;
        return f;
    }

    static FutureState state(Object f) {
        if (f instanceof PyInstance i && i.nativeState instanceof FutureState s) return s;
        throw Errors.typeError("expected a Future, got '" + Ops.typeName(f) + "'");
    }

    /** Waits for a future (timeout in seconds or None) and returns its outcome, or raises TimeoutError. */
    static FutureState.Outcome outcome(FutureState s, Object timeout) {
        FutureState.Outcome o = s.outcomeNow();
        if (o == null) o = Waits.await(s.done, Waits.nanos(timeout));
        if (o == null) throw Errors.make(Errors.TIMEOUT_ERROR, "");
        return o;
    }

    private static void defineFuture() {
        FUTURE.constructor = (a, k) -> newFuture(new FutureState());
        FUTURE.def("result", (a, k) -> {
            Object[] p = Args.parse("result", a, k, 1, "self", "timeout");
            return FutureState.unwrap(outcome(state(a[0]), p[1]), CANCELLED_ERROR);
        });
        FUTURE.def("exception", (a, k) -> {
            Object[] p = Args.parse("exception", a, k, 1, "self", "timeout");
            FutureState.Outcome o = outcome(state(a[0]), p[1]);
            if (o.cancelled()) throw new PyException(Errors.instance(CANCELLED_ERROR));
            return o.error() == null ? PyNone.NONE : o.error();
        });
        FUTURE.def("done", (a, k) -> state(a[0]).isDone());
        FUTURE.def("running", (a, k) -> state(a[0]).state() == FutureState.RUNNING);
        FUTURE.def("cancelled", (a, k) -> state(a[0]).state() == FutureState.CANCELLED);
        FUTURE.def("cancel", (a, k) -> state(a[0]).cancel());
        FUTURE.def("add_done_callback", (a, k) -> {
            Args.count("add_done_callback", a, 2, 2);
            state(a[0]).addDoneCallback(a[1]);
            return PyNone.NONE;
        });
        FUTURE.def("set_running_or_notify_cancel", (a, k) -> state(a[0]).setRunning());
        FUTURE.def("set_result", (a, k) -> {
            state(a[0]).setResult(a[1]);
            return PyNone.NONE;
        });
        FUTURE.def("set_exception", (a, k) -> {
            state(a[0]).setError((PyInstance) a[1]);
            return PyNone.NONE;
        });
        FUTURE.def("__repr__", (a, k) -> {
            FutureState s = state(a[0]);
            String at = "<Future at 0x" + Integer.toHexString(System.identityHashCode(a[0]));
            FutureState.Outcome o = s.outcomeNow();
            if (s.state() == FutureState.CANCELLED) return at + " state=cancelled>";
            if (o == null) return at + " state=" + (s.state() == FutureState.RUNNING ? "running" : "pending") + ">";
            if (o.error() != null) return at + " state=finished raised " + o.error().cls.name + ">";
            return at + " state=finished returned " + Ops.typeName(o.value()) + ">";
        });
    }

    // ---- as_completed and wait ------------------------------------------------------------------

    private static List<PyInstance> uniqueFutures(Object fs) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<PyInstance> out = new ArrayList<>();
        for (Object f : Ops.iterToList(fs)) {
            state(f);
            if (seen.put(f, Boolean.TRUE) == null) out.add((PyInstance) f);
        }
        return out;
    }

    /** Yields futures as they finish; raises TimeoutError when the deadline passes first. */
    static PyIter asCompleted(Object fs, Object timeout) {
        List<PyInstance> futures = uniqueFutures(fs);
        long nanos = Waits.nanos(timeout);
        long deadline = System.nanoTime() + nanos;
        LinkedBlockingQueue<PyInstance> finished = new LinkedBlockingQueue<>();
        for (PyInstance f : futures) state(f).addListener(s -> finished.add(f));
        int total = futures.size();
        return new PyIter() {
            int yielded = 0;

            @Override
            public Object next() {
                if (yielded == total) return null;
                PyInstance f = finished.poll();
                if (f == null) f = Waits.poll(finished, nanos < 0 ? -1 : Math.max(0, deadline - System.nanoTime()));
                if (f == null) throw Errors.make(Errors.TIMEOUT_ERROR, (total - yielded) + " (of " + total + ") futures unfinished");
                yielded++;
                return f;
            }
        };
    }

    static PyInstance waitFor(Object fs, Object timeout, String returnWhen) {
        List<PyInstance> futures = uniqueFutures(fs);
        long nanos = Waits.nanos(timeout);
        long deadline = System.nanoTime() + nanos;
        LinkedBlockingQueue<PyInstance> finished = new LinkedBlockingQueue<>();
        for (PyInstance f : futures) state(f).addListener(s -> finished.add(f));
        int done = 0;
        while (done < futures.size()) {
            PyInstance f = finished.poll();
            if (f == null) {
                boolean enough = returnWhen.equals(FIRST_COMPLETED) && done > 0;
                if (enough) break;
                f = Waits.poll(finished, nanos < 0 ? -1 : Math.max(0, deadline - System.nanoTime()));
                if (f == null) break;
            }
            done++;
            FutureState.Outcome o = state(f).outcomeNow();
            if (returnWhen.equals(FIRST_COMPLETED)) break;
            if (returnWhen.equals(FIRST_EXCEPTION) && o != null && o.error() != null) break;
        }
        PySet doneSet = new PySet();
        PySet notDone = new PySet();
        for (PyInstance f : futures) (state(f).isDone() ? doneSet : notDone).add(f);
        PyInstance r = new PyInstance(DONE_AND_NOT_DONE);
        r.attrs.put("done", doneSet);
        r.attrs.put("not_done", notDone);
        return r;
    }

    // ---- executors ------------------------------------------------------------------------------

    private static void defineExecutor() {
        EXECUTOR.def("__enter__", (a, k) -> a[0]);
        EXECUTOR.def("__exit__", (a, k) -> {
            Ops.call(Ops.getattr(a[0], "shutdown"), new Object[]{true}, new String[]{"wait"});
            return false;
        });
        EXECUTOR.def("map", (a, k) -> {
            Object[] pos = Args.positional(a, k);
            if (pos.length < 3) throw Errors.typeError("map() missing required argument: 'fn' and at least one iterable");
            Object timeout = Args.or(Args.keyword(a, k, "timeout"), PyNone.NONE);
            Object chunk = Args.keyword(a, k, "chunksize");
            int chunksize = chunk == null ? 1 : Math.max(1, Ops.toInt(chunk));
            List<Object[]> calls = zipArgs(pos, 2);
            return mapResults(calls, timeout, a[0], pos[1], chunksize);
        });
    }

    /** zip(*iterables) as argument tuples, starting at pos[from]. */
    static List<Object[]> zipArgs(Object[] pos, int from) {
        List<List<Object>> its = new ArrayList<>();
        for (int i = from; i < pos.length; i++) its.add(Ops.iterToList(pos[i]));
        int n = its.stream().mapToInt(List::size).min().orElse(0);
        List<Object[]> calls = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            Object[] args = new Object[its.size()];
            for (int i = 0; i < its.size(); i++) args[i] = its.get(i).get(j);
            calls.add(new Object[]{new PyTuple(args), new PyDict()});
        }
        return calls;
    }

    /**
     * Executor.map: submits every chunk now (as CPython does), then yields results in order, each
     * waited for until the common deadline.
     */
    private static PyIter mapResults(List<Object[]> calls, Object timeout, Object self, Object fn, int chunksize) {
        List<FutureState> chunks = new ArrayList<>();
        for (int i = 0; i < calls.size(); i += chunksize) {
            chunks.add(submitChunk(self, fn, calls.subList(i, Math.min(calls.size(), i + chunksize))));
        }
        long nanos = Waits.nanos(timeout);
        long deadline = System.nanoTime() + nanos;
        return new ChunkedResults(chunks, s -> {
            FutureState.Outcome o = s.outcomeNow();
            if (o == null) o = Waits.await(s.done, nanos < 0 ? -1 : Math.max(0, deadline - System.nanoTime()));
            if (o == null) throw Errors.make(Errors.TIMEOUT_ERROR, "");
            return FutureState.unwrap(o, CANCELLED_ERROR);
        });
    }

    /** A chunk of calls as one future whose value is the list of results. */
    private static FutureState submitChunk(Object self, Object fn, List<Object[]> calls) {
        PyInstance ex = (PyInstance) self;
        if (ex.nativeState instanceof ThreadPool tp) {
            FutureState s = new FutureState();
            tp.submit(new WorkItem(s, fn, null, null, calls));
            return s;
        }
        return ((ProcessExecutor) ex.nativeState).submit(fn, calls, false);
    }

    // ---- ThreadPoolExecutor ---------------------------------------------------------------------

    /** A call to run on a pool thread; {@code calls} (a chunk of map) when not null, else fn(*args). */
    record WorkItem(FutureState state, Object fn, Object[] args, String[] kwnames, List<Object[]> calls) { }

    private static final WorkItem STOP = new WorkItem(null, null, null, null, null);

    /** The Java side of a ThreadPoolExecutor: a work queue and up to max Python worker threads. */
    static final class ThreadPool {
        final int max;
        final String prefix;
        final Object initializer;
        final Object[] initargs;
        final LinkedBlockingQueue<WorkItem> queue = new LinkedBlockingQueue<>();
        final List<Thread> threads = new CopyOnWriteArrayList<>();
        final Semaphore idle = new Semaphore(0);
        final Thread mainThread;
        volatile boolean shutdown;
        volatile PyInstance broken;

        ThreadPool(int max, String prefix, Object initializer, Object[] initargs) {
            this.max = max;
            this.prefix = prefix;
            this.initializer = initializer;
            this.initargs = initargs;
            Object main = Ops.callPy(Modules.importName("threading", true).dict.get("main_thread"));
            this.mainThread = main instanceof PyInstance i && i.nativeState instanceof Thread t ? t : Thread.currentThread();
        }

        synchronized void submit(WorkItem w) {
            if (broken != null) throw new PyException(Errors.instance(BROKEN_THREAD_POOL, "A thread initializer failed, the thread pool is not usable anymore"));
            if (shutdown) throw Errors.runtimeError("cannot schedule new futures after shutdown");
            queue.add(w);
            if (idle.tryAcquire()) return;
            if (threads.size() < max) {
                String name = prefix + "_" + threads.size();
                threads.add(ThreadingModule.startPythonThread(name, false, this::work));
            }
        }

        private void work() {
            if (initializer != null && initializer != PyNone.NONE) {
                try {
                    Ops.call(initializer, initargs, null);
                } catch (PyException e) {
                    Builtins.err.print("Exception in initializer:\n" + Traceback.format(e.value));
                    broken = Errors.instance(BROKEN_THREAD_POOL, "A thread initializer failed, the thread pool is not usable anymore");
                    List<WorkItem> pending = new ArrayList<>();
                    queue.drainTo(pending);
                    for (WorkItem w : pending) if (w != STOP) w.state.setError(broken);
                    return;
                }
            }
            while (true) {
                WorkItem w = Waits.poll(queue, IDLE_POLL_NANOS);
                if (w == null) {
                    if ((shutdown || !mainThread.isAlive()) && queue.isEmpty()) return;
                    continue;
                }
                if (w == STOP) {
                    queue.add(STOP);
                    return;
                }
                run(w);
                idle.release();
            }
        }

        private static void run(WorkItem w) {
            if (!w.state.setRunning()) return;
            try {
                if (w.calls == null) {
                    w.state.setResult(Ops.call(w.fn, w.args, w.kwnames));
                } else {
                    PyList out = new PyList(w.calls.size());
                    for (Object[] c : w.calls) out.append(Ops.call(w.fn, ((PyTuple) c[0]).items, null));
                    w.state.setResult(out);
                }
            } catch (PyException e) {
                w.state.setError(e.value);
            } catch (StackOverflowError e) {
                w.state.setError(Errors.make(Errors.RECURSION_ERROR, "maximum recursion depth exceeded").value);
            }
        }

        void shutdown(boolean wait, boolean cancel) {
            synchronized (this) {
                shutdown = true;
                if (cancel) {
                    List<WorkItem> pending = new ArrayList<>();
                    queue.drainTo(pending);
                    for (WorkItem w : pending) if (w != STOP) w.state.cancel();
                }
                queue.add(STOP);
            }
            if (wait) {
                for (Thread t : threads) if (t != Thread.currentThread()) Waits.join(t, 0);
            }
        }
    }

    private static void defineThreadPool() {
        THREAD_POOL.def("__init__", (a, k) -> {
            Object[] p = Args.parse("ThreadPoolExecutor", a, k, 1, "self", "max_workers", "thread_name_prefix", "initializer", "initargs");
            int max;
            if (p[1] == null || p[1] == PyNone.NONE) max = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
            else {
                max = Ops.toInt(p[1]);
                if (max <= 0) throw Errors.valueError("max_workers must be greater than 0");
            }
            String prefix = p[2] == null || Ops.str(p[2]).isEmpty() ? "ThreadPoolExecutor-" + EXECUTOR_NUMBER.getAndIncrement() : Ops.str(p[2]);
            Object[] initargs = p[4] == null ? new Object[0] : Ops.iterToList(p[4]).toArray();
            PyInstance self = (PyInstance) a[0];
            self.nativeState = new ThreadPool(max, prefix, p[3], initargs);
            self.attrs.put("_max_workers", (long) max);
            return PyNone.NONE;
        });
        THREAD_POOL.def("submit", (a, k) -> {
            Object[] pos = Args.positional(a, k);
            if (pos.length < 2) throw Errors.typeError("submit expected at least 1 argument, got 0");
            ThreadPool tp = threadPool(a[0]);
            int nkw = k == null ? 0 : k.length;
            Object[] args = new Object[a.length - 2];
            System.arraycopy(a, 2, args, 0, args.length);
            FutureState s = new FutureState();
            PyInstance f = newFuture(s);
            tp.submit(new WorkItem(s, pos[1], args, nkw == 0 ? null : k, null));
            return f;
        });
        THREAD_POOL.def("shutdown", (a, k) -> {
            Object[] p = Args.parse("shutdown", a, k, 1, "self", "wait", "cancel_futures");
            threadPool(a[0]).shutdown(p[1] == null || Ops.truthy(p[1]), p[2] != null && Ops.truthy(p[2]));
            return PyNone.NONE;
        });
    }

    private static ThreadPool threadPool(Object self) {
        if (self instanceof PyInstance i && i.nativeState instanceof ThreadPool tp) return tp;
        throw Errors.typeError("ThreadPoolExecutor method called on '" + Ops.typeName(self) + "'");
    }

    // ---- ProcessPoolExecutor --------------------------------------------------------------------

    /** The Java side of a ProcessPoolExecutor: a {@link ProcessPool} started at the first submit. */
    static final class ProcessExecutor {
        final int max;
        final byte[] initializer;
        ProcessPool pool;
        volatile boolean shutdown;

        ProcessExecutor(int max, byte[] initializer) {
            this.max = max;
            this.initializer = initializer;
        }

        synchronized ProcessPool pool() {
            if (shutdown) throw Errors.runtimeError("cannot schedule new futures after shutdown");
            if (pool == null) {
                pool = new ProcessPool(max, "SpawnProcess", msg -> Errors.instance(BROKEN_PROCESS_POOL, msg), REMOTE_TRACEBACK, initializer);
            }
            return pool;
        }

        FutureState submit(Object fn, List<Object[]> calls, boolean single) {
            FutureState s = new FutureState();
            ProcessPool p = pool();
            byte[] call;
            try {
                call = ProcessPool.encodeCall(fn, calls);
            } catch (PyException e) {
                s.setError(e.value);
                return s;
            }
            p.submit(new ProcessPool.Task(call, s, single, describe(fn)));
            return s;
        }

        void shutdown(boolean wait, boolean cancel) {
            ProcessPool p;
            synchronized (this) {
                shutdown = true;
                p = pool;
            }
            if (p != null) p.shutdown(wait, cancel);
        }
    }

    static String describe(Object fn) {
        Object name = Ops.getattrOrNull(fn, "__name__");
        return (name instanceof String s ? s : Ops.typeName(fn)) + "()";
    }

    private static void defineProcessPool() {
        PROCESS_POOL.def("__init__", (a, k) -> {
            Object[] p = Args.parse("ProcessPoolExecutor", a, k, 1, "self", "max_workers", "mp_context", "initializer", "initargs", "max_tasks_per_child");
            int max;
            if (p[1] == null || p[1] == PyNone.NONE) max = Runtime.getRuntime().availableProcessors();
            else {
                max = Ops.toInt(p[1]);
                if (max <= 0) throw Errors.valueError("max_workers must be greater than 0");
            }
            byte[] init = null;
            if (p[3] != null && p[3] != PyNone.NONE) {
                init = ProcessPool.encodeCall(p[3], List.<Object[]>of(new Object[]{new PyTuple(p[4] == null ? new Object[0] : Ops.iterToList(p[4]).toArray()), new PyDict()}));
            }
            PyInstance self = (PyInstance) a[0];
            self.nativeState = new ProcessExecutor(max, init);
            self.attrs.put("_max_workers", (long) max);
            return PyNone.NONE;
        });
        PROCESS_POOL.def("submit", (a, k) -> {
            Object[] pos = Args.positional(a, k);
            if (pos.length < 2) throw Errors.typeError("submit expected at least 1 argument, got 0");
            Object[] args = new Object[pos.length - 2];
            System.arraycopy(pos, 2, args, 0, args.length);
            PyDict kw = new PyDict();
            int nkw = k == null ? 0 : k.length;
            for (int i = 0; i < nkw; i++) kw.put(k[i], a[a.length - nkw + i]);
            FutureState s = processExecutor(a[0]).submit(pos[1], List.<Object[]>of(new Object[]{new PyTuple(args), kw}), true);
            return newFuture(s);
        });
        PROCESS_POOL.def("shutdown", (a, k) -> {
            Object[] p = Args.parse("shutdown", a, k, 1, "self", "wait", "cancel_futures");
            processExecutor(a[0]).shutdown(p[1] == null || Ops.truthy(p[1]), p[2] != null && Ops.truthy(p[2]));
            return PyNone.NONE;
        });
    }

    private static ProcessExecutor processExecutor(Object self) {
        if (self instanceof PyInstance i && i.nativeState instanceof ProcessExecutor pe) return pe;
        throw Errors.typeError("ProcessPoolExecutor method called on '" + Ops.typeName(self) + "'");
    }
}
