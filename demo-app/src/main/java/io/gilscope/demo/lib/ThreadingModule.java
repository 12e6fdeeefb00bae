package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.BuiltinFunction;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.InterpreterThread;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.ReleasesGil;
import io.gilscope.demo.vm.Signals;
import io.gilscope.demo.vm.Traceback;
import io.gilscope.demo.vm.Types;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * threading. Python threads are Java platform threads named like CPython's ("MainThread",
 * "Thread-1 (target)"). Blocking waits (join, Lock.acquire, Event.wait) are small {@link ReleasesGil}
 * leaves that never call back into Python.
 */
public final class ThreadingModule {
    private ThreadingModule() { }

    /** Stack size of interpreter threads: deep enough for Python's default recursion depth. */
    public static final long STACK_SIZE = 16L << 20;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final ThreadLocal<PyInstance> CURRENT = new ThreadLocal<>();
    /** Non-daemon Python threads that Main waits for before the process exits. */
    private static final List<Thread> NON_DAEMON = new CopyOnWriteArrayList<>();

    public static final PyClass THREAD = new PyClass("Thread", Types.OBJECT);
    public static final PyClass LOCK = new PyClass("lock", Types.OBJECT);
    public static final PyClass RLOCK = new PyClass("RLock", Types.OBJECT);
    public static final PyClass EVENT = new PyClass("Event", Types.OBJECT);
    public static final PyClass SEMAPHORE = new PyClass("Semaphore", Types.OBJECT);
    public static final PyClass BOUNDED_SEMAPHORE = new PyClass("BoundedSemaphore", SEMAPHORE);
    public static final PyClass CONDITION = new PyClass("Condition", Types.OBJECT);
    private static final PyInstance MAIN = new PyInstance(THREAD);

    static {
        THREAD.module = "threading";
        LOCK.module = "_thread";
        RLOCK.module = "_thread";
        EVENT.module = "threading";
        SEMAPHORE.module = "threading";
        BOUNDED_SEMAPHORE.module = "threading";
        CONDITION.module = "threading";
        MAIN.attrs.put("name", "MainThread");
        MAIN.attrs.put("daemon", false);
        defineThread();
        defineLock();
        defineRLock();
        defineEvent();
        defineSemaphore();
        defineCondition();
    }

    public static PyModule create() {
        PyModule m = new PyModule("threading");
        m.put("Thread", THREAD);
        m.put("Lock", LOCK);
        m.put("RLock", RLOCK);
        m.put("Event", EVENT);
        m.put("Semaphore", SEMAPHORE);
        m.put("BoundedSemaphore", BOUNDED_SEMAPHORE);
        m.put("Condition", CONDITION);
        m.def("current_thread", (a, k) -> current());
        m.def("main_thread", (a, k) -> MAIN);
        m.def("get_ident", (a, k) -> Thread.currentThread().getId());
        m.def("active_count", (a, k) -> 1L + NON_DAEMON.stream().filter(Thread::isAlive).count());
        return m;
    }

    /** Restarts thread numbering (Thread-1, ...) for a new program run in the same JVM (tests). */
    public static void resetNumbering() {
        COUNTER.set(0);
        NON_DAEMON.removeIf(t -> !t.isAlive());
    }

    /** Marks the calling Java thread as Python's main thread (Main calls this). */
    public static void bindMainThread() {
        CURRENT.set(MAIN);
        MAIN.nativeState = Thread.currentThread();
    }

    /** The Python Thread object of the calling Java thread (a "Dummy-N" one for foreign threads). */
    public static PyInstance current() {
        PyInstance t = CURRENT.get();
        if (t == null) {
            t = new PyInstance(THREAD);
            t.attrs.put("name", Thread.currentThread().getName());
            t.attrs.put("daemon", true);
            t.nativeState = Thread.currentThread();
            CURRENT.set(t);
        }
        return t;
    }

    /**
     * Starts a Java platform thread that runs Python code (for library modules such as thread pools):
     * names it, binds current_thread(), and reports uncaught Python exceptions like CPython does.
     */
    public static Thread startPythonThread(String name, boolean daemon, Runnable body) {
        PyInstance self = new PyInstance(THREAD);
        self.attrs.put("name", name);
        self.attrs.put("daemon", daemon);
        return start(self, body);
    }

    private static Thread start(PyInstance self, Runnable body) {
        String name = Ops.str(self.attrs.get("name"));
        boolean daemon = Ops.truthy(self.attrs.getOrDefault("daemon", false));
        Thread t = new InterpreterThread(() -> {
            CURRENT.set(self);
            try {
                body.run();
            } catch (PyException e) {
                if (!e.value.cls.isSubclassOf(Errors.SYSTEM_EXIT)) {
                    Builtins.out.flush();
                    Builtins.err.print("Exception in thread " + name + ":\n" + Traceback.format(e.value));
                    Builtins.err.flush();
                }
            } catch (StackOverflowError e) {
                Builtins.err.println("Exception in thread " + name + ":\nRecursionError: maximum recursion depth exceeded");
            } catch (RuntimeException e) {
                Builtins.err.println("Exception in thread " + name + ":\nInternalError: " + e);
            }
        }, name, STACK_SIZE);
        t.setDaemon(daemon);
        self.nativeState = t;
        if (!daemon) NON_DAEMON.add(t);
        t.start();
        return t;
    }

    /** Waits for every non-daemon Python thread (what CPython does at exit). */
    public static void joinAll() {
        for (Thread t : NON_DAEMON) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static PyInstance self(Object[] a) { return (PyInstance) a[0]; }

    private static void defineThread() {
        THREAD.def("__init__", (a, k) -> {
            Object[] p = Args.parse("Thread", a, k, 1, "self", "group", "target", "name", "args", "kwargs", "daemon");
            PyInstance self = self(a);
            Object target = Args.or(p[2], PyNone.NONE);
            Object name = p[3];
            if (name == null || name == PyNone.NONE) {
                int n = COUNTER.incrementAndGet();
                Object tn = target == PyNone.NONE ? null : Ops.getattrOrNull(target, "__name__");
                name = "Thread-" + n + (tn instanceof String s ? " (" + s + ")" : "");
            }
            self.attrs.put("_target", target);
            self.attrs.put("_args", Args.or(p[4], PyTuple.EMPTY));
            self.attrs.put("_kwargs", Args.or(p[5], new PyDict()));
            self.attrs.put("name", Ops.str(name));
            Object daemon = p[6] == null || p[6] == PyNone.NONE ? current().attrs.getOrDefault("daemon", false) : p[6];
            self.attrs.put("daemon", Ops.truthy(daemon));
            self.attrs.put("_started", false);
            return PyNone.NONE;
        });
        THREAD.def("start", (a, k) -> {
            PyInstance self = self(a);
            synchronized (self) {
                if (Ops.truthy(self.attrs.get("_started"))) throw Errors.runtimeError("threads can only be started once");
                self.attrs.put("_started", true);
            }
            Object run = Ops.getattr(self, "run");
            start(self, () -> Ops.call(run, new Object[0], null));
            return PyNone.NONE;
        });
        THREAD.def("run", (a, k) -> {
            PyInstance self = self(a);
            Object target = self.attrs.get("_target");
            if (target == null || target == PyNone.NONE) return PyNone.NONE;
            Object[] args = ((PyTuple) Types.TUPLE.call(new Object[]{self.attrs.get("_args")}, null)).copy();
            PyDict kw = (PyDict) self.attrs.get("_kwargs");
            if (kw.size() == 0) return Ops.call(target, args, null);
            List<Object[]> es = kw.entries();
            Object[] all = new Object[args.length + es.size()];
            String[] names = new String[es.size()];
            System.arraycopy(args, 0, all, 0, args.length);
            for (int i = 0; i < es.size(); i++) {
                names[i] = (String) es.get(i)[0];
                all[args.length + i] = es.get(i)[1];
            }
            return Ops.call(target, all, names);
        });
        THREAD.def("join", (a, k) -> {
            Object[] p = Args.parse("join", a, k, 1, "self", "timeout");
            PyInstance self = self(a);
            if (!(self.nativeState instanceof Thread t)) throw Errors.runtimeError("cannot join thread before it is started");
            if (t == Thread.currentThread()) throw Errors.runtimeError("cannot join current thread");
            long millis = p[1] == null || p[1] == PyNone.NONE ? 0 : Math.max(1, (long) (Ops.toDouble(p[1]) * 1000));
            join(t, millis);
            return PyNone.NONE;
        });
        THREAD.def("is_alive", (a, k) -> self(a).nativeState instanceof Thread t && t.isAlive());
        THREAD.def("getName", (a, k) -> self(a).attrs.get("name"));
        THREAD.def("setName", (a, k) -> { self(a).attrs.put("name", Ops.str(a[1])); return PyNone.NONE; });
        THREAD.def("isDaemon", (a, k) -> self(a).attrs.getOrDefault("daemon", false));
        THREAD.def("__repr__", (a, k) -> {
            PyInstance self = self(a);
            String state = self.nativeState instanceof Thread t ? (t.isAlive() ? "started" : "stopped") : "initial";
            return "<Thread(" + Ops.str(self.attrs.get("name")) + ", " + state + ")>";
        });
        THREAD.defProperty("ident", (a, k) -> self(a).nativeState instanceof Thread t ? (Object) t.getId() : PyNone.NONE);
    }

    /** The blocking part of Thread.join. */
    @ReleasesGil
    public static void join(Thread t, long millis) {
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Signals.interrupted();
        }
    }

    private static void defineLock() {
        LOCK.constructor = (a, k) -> {
            PyInstance l = new PyInstance(LOCK);
            l.nativeState = new Semaphore(1);
            return l;
        };
        LOCK.def("acquire", (a, k) -> {
            Object[] p = Args.parse("acquire", a, k, 1, "self", "blocking", "timeout");
            Semaphore s = (Semaphore) self(a).nativeState;
            if (s.tryAcquire()) return true;
            if (p[1] != null && !Ops.truthy(p[1])) return false;
            double timeout = p[2] == null ? -1 : Ops.toDouble(p[2]);
            return acquire(s, timeout < 0 ? -1 : (long) (timeout * 1e9));
        });
        LOCK.def("release", (a, k) -> {
            Semaphore s = (Semaphore) self(a).nativeState;
            synchronized (s) {
                if (s.availablePermits() > 0) throw Errors.runtimeError("release unlocked lock");
                s.release();
            }
            return PyNone.NONE;
        });
        LOCK.def("locked", (a, k) -> ((Semaphore) self(a).nativeState).availablePermits() == 0);
        LOCK.def("__enter__", (a, k) -> {
            Semaphore s = (Semaphore) self(a).nativeState;
            if (!s.tryAcquire()) acquire(s, -1);
            return true;
        });
        LOCK.def("__exit__", (a, k) -> {
            Semaphore s = (Semaphore) self(a).nativeState;
            synchronized (s) {
                if (s.availablePermits() == 0) s.release();
            }
            return false;
        });
        LOCK.def("__repr__", (a, k) -> "<" + (((Semaphore) self(a).nativeState).availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object>");
    }

    /** The blocking part of Lock.acquire: waits for the permit (timeout in ns, -1 = forever). */
    @ReleasesGil
    public static boolean acquire(Semaphore s, long timeoutNanos) {
        try {
            if (timeoutNanos < 0) {
                s.acquire();
                return true;
            }
            return s.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Signals.interrupted();
            return false;
        }
    }

    private static void defineRLock() {
        RLOCK.constructor = (a, k) -> {
            PyInstance l = new PyInstance(RLOCK);
            l.nativeState = new ReentrantLock();
            return l;
        };
        BuiltinFunction.Body acquire = (a, k) -> {
            ReentrantLock l = (ReentrantLock) self(a).nativeState;
            if (l.tryLock()) return true;
            if (a.length > 1 && !Ops.truthy(a[1])) return false;
            return acquireReentrant(l);
        };
        RLOCK.def("acquire", acquire);
        RLOCK.def("__enter__", acquire);
        BuiltinFunction.Body release = (a, k) -> {
            ReentrantLock l = (ReentrantLock) self(a).nativeState;
            if (!l.isHeldByCurrentThread()) throw Errors.runtimeError("cannot release un-acquired lock");
            l.unlock();
            return a.length > 1 ? false : PyNone.NONE;
        };
        RLOCK.def("release", release);
        RLOCK.def("__exit__", release);
    }

    /** The blocking part of RLock.acquire. */
    @ReleasesGil
    public static boolean acquireReentrant(ReentrantLock l) {
        l.lock();
        return true;
    }

    private static void defineEvent() {
        EVENT.constructor = (a, k) -> {
            PyInstance e = new PyInstance(EVENT);
            e.nativeState = new boolean[1];
            return e;
        };
        EVENT.def("set", (a, k) -> {
            boolean[] flag = (boolean[]) self(a).nativeState;
            synchronized (flag) {
                flag[0] = true;
                flag.notifyAll();
            }
            return PyNone.NONE;
        });
        EVENT.def("clear", (a, k) -> {
            boolean[] flag = (boolean[]) self(a).nativeState;
            synchronized (flag) {
                flag[0] = false;
            }
            return PyNone.NONE;
        });
        EVENT.def("is_set", (a, k) -> {
            boolean[] flag = (boolean[]) self(a).nativeState;
            synchronized (flag) {
                return flag[0];
            }
        });
        EVENT.def("wait", (a, k) -> {
            Object[] p = Args.parse("wait", a, k, 1, "self", "timeout");
            boolean[] flag = (boolean[]) self(a).nativeState;
            long millis = p[1] == null || p[1] == PyNone.NONE ? 0 : Math.max(1, (long) (Ops.toDouble(p[1]) * 1000));
            return await(flag, millis);
        });
    }

    /** Semaphore and BoundedSemaphore: a java.util.concurrent.Semaphore in nativeState (bound in attrs). */
    private static void defineSemaphore() {
        SEMAPHORE.def("__init__", (a, k) -> {
            Object[] p = Args.parse("Semaphore", a, k, 1, "self", "value");
            int value = p[1] == null ? 1 : Ops.toInt(p[1]);
            if (value < 0) throw Errors.valueError("semaphore initial value must be >= 0");
            self(a).nativeState = new Semaphore(value);
            self(a).attrs.put("_bound", (long) value);
            return PyNone.NONE;
        });
        BuiltinFunction.Body acquire = (a, k) -> {
            Object[] p = Args.parse("acquire", a, k, 1, "self", "blocking", "timeout");
            Semaphore s = (Semaphore) self(a).nativeState;
            if (s.tryAcquire()) return true;
            if (p[1] != null && !Ops.truthy(p[1])) return false;
            double timeout = p[2] == null || p[2] == PyNone.NONE ? -1 : Ops.toDouble(p[2]);
            return acquire(s, timeout < 0 ? -1 : (long) (timeout * 1e9));
        };
        SEMAPHORE.def("acquire", acquire);
        SEMAPHORE.def("__enter__", acquire);
        BuiltinFunction.Body release = (a, k) -> {
            PyInstance self = self(a);
            Semaphore s = (Semaphore) self.nativeState;
            synchronized (s) {
                if (self.cls.isSubclassOf(BOUNDED_SEMAPHORE) && s.availablePermits() >= Ops.toLong(self.attrs.get("_bound"))) {
                    throw Errors.valueError("Semaphore released too many times");
                }
                s.release();
            }
            return PyNone.NONE;
        };
        SEMAPHORE.def("release", release);
        SEMAPHORE.def("__exit__", (a, k) -> {
            release.call(new Object[]{a[0]}, null);
            return false;
        });
    }

    /**
     * Condition over a Lock or RLock (an RLock by default), implemented like CPython's: each waiter
     * blocks on its own semaphore, released by notify().
     */
    private static void defineCondition() {
        CONDITION.def("__init__", (a, k) -> {
            Object[] p = Args.parse("Condition", a, k, 1, "self", "lock");
            Object lock = p[1] == null || p[1] == PyNone.NONE ? RLOCK.call(new Object[0], null) : p[1];
            self(a).attrs.put("_lock", lock);
            self(a).nativeState = new ArrayDeque<Semaphore>();
            return PyNone.NONE;
        });
        CONDITION.def("__enter__", (a, k) -> Ops.call(Ops.getattr(self(a).attrs.get("_lock"), "acquire"), new Object[0], null));
        CONDITION.def("__exit__", (a, k) -> {
            Ops.call(Ops.getattr(self(a).attrs.get("_lock"), "release"), new Object[0], null);
            return false;
        });
        CONDITION.def("acquire", (a, k) -> Ops.call(Ops.getattr(self(a).attrs.get("_lock"), "acquire"), new Object[0], null));
        CONDITION.def("release", (a, k) -> Ops.call(Ops.getattr(self(a).attrs.get("_lock"), "release"), new Object[0], null));
        CONDITION.def("wait", (a, k) -> {
            Object[] p = Args.parse("wait", a, k, 1, "self", "timeout");
            return conditionWait(self(a), p[1]);
        });
        CONDITION.def("wait_for", (a, k) -> {
            Object[] p = Args.parse("wait_for", a, k, 2, "self", "predicate", "timeout");
            long deadline = p[2] == null || p[2] == PyNone.NONE ? -1 : System.nanoTime() + (long) (Ops.toDouble(p[2]) * 1e9);
            Object result = Ops.call(p[1], new Object[0], null);
            while (!Ops.truthy(result)) {
                Object timeout = PyNone.NONE;
                if (deadline >= 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) break;
                    timeout = left / 1e9;
                }
                conditionWait(self(a), timeout);
                result = Ops.call(p[1], new Object[0], null);
            }
            return result;
        });
        BuiltinFunction.Body notify = (a, k) -> {
            @SuppressWarnings("unchecked")
            ArrayDeque<Semaphore> waiters = (ArrayDeque<Semaphore>) self(a).nativeState;
            long n = a.length > 1 ? Ops.toLong(a[1]) : 1;
            synchronized (waiters) {
                for (long i = 0; i < n && !waiters.isEmpty(); i++) waiters.pollFirst().release();
            }
            return PyNone.NONE;
        };
        CONDITION.def("notify", notify);
        CONDITION.def("notify_all", (a, k) -> notify.call(new Object[]{a[0], Long.MAX_VALUE}, null));
    }

    private static boolean conditionWait(PyInstance cond, Object timeout) {
        @SuppressWarnings("unchecked")
        ArrayDeque<Semaphore> waiters = (ArrayDeque<Semaphore>) cond.nativeState;
        Object lock = cond.attrs.get("_lock");
        Semaphore waiter = new Semaphore(0);
        synchronized (waiters) {
            waiters.addLast(waiter);
        }
        Ops.call(Ops.getattr(lock, "release"), new Object[0], null);
        boolean got;
        try {
            long nanos = timeout == null || timeout == PyNone.NONE ? -1 : Math.max(0, (long) (Ops.toDouble(timeout) * 1e9));
            got = acquire(waiter, nanos);
        } finally {
            Ops.call(Ops.getattr(lock, "acquire"), new Object[0], null);
        }
        if (!got) {
            synchronized (waiters) {
                waiters.remove(waiter);
            }
        }
        return got;
    }

    /** The blocking part of Event.wait (millis 0 = forever). */
    @ReleasesGil
    public static boolean await(boolean[] flag, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (flag) {
            try {
                while (!flag[0]) {
                    if (millis == 0) {
                        flag.wait();
                    } else {
                        long left = deadline - System.currentTimeMillis();
                        if (left <= 0) break;
                        flag.wait(left);
                    }
                }
            } catch (InterruptedException e) {
                Signals.interrupted();
            }
            return flag[0];
        }
    }

}
