package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.BuiltinFunction;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;

import java.util.Arrays;

/**
 * concurrent.futures.InterpreterPoolExecutor (CPython 3.14): a ThreadPoolExecutor whose every worker
 * thread creates an interpreter of its own ({@link InterpretersModule}) and runs each task there, so
 * under a GIL per interpreter CPU-bound tasks run in parallel, in one process. Functions and
 * arguments cross as values do (module-level functions, picklable data).
 */
final class InterpreterPool {
    private InterpreterPool() { }

    static final PyClass CLASS = new PyClass("InterpreterPoolExecutor", ConcurrentFuturesModule.THREAD_POOL);
    /** The interpreter of the current worker thread. */
    private static final ThreadLocal<PyInstance> WORKER = new ThreadLocal<>();

    static {
        CLASS.module = "concurrent.futures.interpreter";
        CLASS.def("__init__", (a, k) -> {
            Object[] p = Args.parse("InterpreterPoolExecutor", a, k, 1, "self", "max_workers", "thread_name_prefix", "initializer", "initargs");
            PyInstance self = (PyInstance) a[0];
            PyList interpreters = new PyList();
            self.attrs.put("_interpreters", interpreters);
            Object initializer = p[3] == null ? PyNone.NONE : p[3];
            Object[] initargs = p[4] == null ? new Object[0] : Ops.iterToList(p[4]).toArray();
            BuiltinFunction start = new BuiltinFunction("_start_interpreter", (ia, ik) -> {
                PyInstance interp = InterpretersModule.newInterpreter();
                interpreters.append(interp);
                WORKER.set(interp);
                if (initializer != PyNone.NONE) InterpretersModule.call(interp, initializer, initargs, null);
                return PyNone.NONE;
            });
            Object prefix = p[2] == null || Ops.str(p[2]).isEmpty() ? "InterpreterPoolExecutor" : p[2];
            Object[] init = {self, p[1] == null ? PyNone.NONE : p[1], prefix, start, PyTuple.EMPTY};
            return Ops.call(ConcurrentFuturesModule.THREAD_POOL.lookup("__init__"), init, null);
        });
        CLASS.def("submit", (a, k) -> Ops.call(ConcurrentFuturesModule.THREAD_POOL.lookup("submit"), inWorkers(a), k));
        CLASS.def("map", (a, k) -> Ops.call(ConcurrentFuturesModule.EXECUTOR.lookup("map"), inWorkers(a), k));
        CLASS.def("shutdown", (a, k) -> {
            Ops.call(ConcurrentFuturesModule.THREAD_POOL.lookup("shutdown"), a, k);
            Object[] p = Args.parse("shutdown", a, k, 1, "self", "wait", "cancel_futures");
            if (p[1] == null || Ops.truthy(p[1])) {
                for (Object interp : ((PyList) ((PyInstance) a[0]).attrs.get("_interpreters")).toArray()) InterpretersModule.close(interp);
            }
            return PyNone.NONE;
        });
    }

    /** (self, fn, args...) with fn replaced by a call of fn in the worker thread's interpreter. */
    private static Object[] inWorkers(Object[] a) {
        Object[] out = Arrays.copyOf(a, a.length);
        if (a.length > 1) {
            Object fn = a[1];
            out[1] = new BuiltinFunction("call_in_interpreter", (args, kw) -> InterpretersModule.call(WORKER.get(), fn, args, kw));
        }
        return out;
    }
}
