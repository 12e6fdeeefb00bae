package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.ReleasesGil;
import io.gilscope.demo.vm.Signals;
import io.gilscope.demo.vm.Types;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** queue: Queue (FIFO) and LifoQueue with put/get/task_done/join; blocking waits release the GIL. */
public final class QueueModule {
    private QueueModule() { }

    public static final PyClass EMPTY = new PyClass("Empty", Errors.EXCEPTION);
    public static final PyClass FULL = new PyClass("Full", Errors.EXCEPTION);

    /** The Java side of a queue; all waiting happens in the {@link ReleasesGil} leaves below. */
    public static final class State {
        final ArrayDeque<Object> items = new ArrayDeque<>();
        final int maxsize;
        final boolean lifo;
        int unfinished;
        final ReentrantLock lock = new ReentrantLock();
        final Condition notEmpty = lock.newCondition();
        final Condition notFull = lock.newCondition();
        final Condition allDone = lock.newCondition();

        State(int maxsize, boolean lifo) {
            this.maxsize = maxsize;
            this.lifo = lifo;
        }

        boolean full() { return maxsize > 0 && items.size() >= maxsize; }

        void add(Object o) {
            items.addLast(o);
            unfinished++;
            notEmpty.signal();
        }

        Object take() {
            Object o = lifo ? items.pollLast() : items.pollFirst();
            notFull.signal();
            return o;
        }
    }

    static {
        EMPTY.module = "queue";
        FULL.module = "queue";
    }

    public static PyModule create() {
        PyModule m = new PyModule("queue");
        m.put("Empty", EMPTY);
        m.put("Full", FULL);
        m.put("Queue", queueClass("Queue", false));
        m.put("LifoQueue", queueClass("LifoQueue", true));
        m.put("SimpleQueue", queueClass("SimpleQueue", false));
        return m;
    }

    private static State st(Object[] a) { return (State) ((PyInstance) a[0]).nativeState; }

    private static long timeoutNanos(Object block, Object timeout) {
        if (block != null && !Ops.truthy(block)) return 0;
        if (timeout == null || timeout == PyNone.NONE) return -1;
        double t = Ops.toDouble(timeout);
        if (t < 0) throw Errors.valueError("'timeout' must be a non-negative number");
        return (long) (t * 1e9);
    }

    private static PyClass queueClass(String name, boolean lifo) {
        PyClass c = new PyClass(name, Types.OBJECT);
        c.module = "queue";
        c.def("__init__", (a, k) -> {
            Object[] p = Args.parse(name, a, k, 1, "self", "maxsize");
            ((PyInstance) a[0]).nativeState = new State(p[1] == null ? 0 : Ops.toInt(p[1]), lifo);
            return PyNone.NONE;
        });
        c.def("put", (a, k) -> {
            Object[] p = Args.parse("put", a, k, 2, "self", "item", "block", "timeout");
            if (!put(st(a), p[1], timeoutNanos(p[2], p[3]))) throw new PyException(Errors.instance(FULL));
            return PyNone.NONE;
        });
        c.def("put_nowait", (a, k) -> {
            if (!put(st(a), a[1], 0)) throw new PyException(Errors.instance(FULL));
            return PyNone.NONE;
        });
        c.def("get", (a, k) -> {
            Object[] p = Args.parse("get", a, k, 1, "self", "block", "timeout");
            Object v = get(st(a), timeoutNanos(p[1], p[2]));
            if (v == null) throw new PyException(Errors.instance(EMPTY));
            return v;
        });
        c.def("get_nowait", (a, k) -> {
            Object v = get(st(a), 0);
            if (v == null) throw new PyException(Errors.instance(EMPTY));
            return v;
        });
        c.def("task_done", (a, k) -> {
            State s = st(a);
            s.lock.lock();
            try {
                if (s.unfinished <= 0) throw Errors.valueError("task_done() called too many times");
                if (--s.unfinished == 0) s.allDone.signalAll();
            } finally {
                s.lock.unlock();
            }
            return PyNone.NONE;
        });
        c.def("join", (a, k) -> {
            joinAll(st(a));
            return PyNone.NONE;
        });
        c.def("qsize", (a, k) -> (long) size(st(a)));
        c.def("empty", (a, k) -> size(st(a)) == 0);
        c.def("full", (a, k) -> {
            State s = st(a);
            s.lock.lock();
            try {
                return s.full();
            } finally {
                s.lock.unlock();
            }
        });
        return c;
    }

    private static int size(State s) {
        s.lock.lock();
        try {
            return s.items.size();
        } finally {
            s.lock.unlock();
        }
    }

    /** Adds without waiting if there is room; otherwise waits (GIL released). False on timeout. */
    private static boolean put(State s, Object item, long nanos) {
        s.lock.lock();
        try {
            if (!s.full()) {
                s.add(item);
                return true;
            }
            if (nanos == 0) return false;
        } finally {
            s.lock.unlock();
        }
        return putBlocking(s, item, nanos);
    }

    private static Object get(State s, long nanos) {
        s.lock.lock();
        try {
            if (!s.items.isEmpty()) return s.take();
            if (nanos == 0) return null;
        } finally {
            s.lock.unlock();
        }
        return getBlocking(s, nanos);
    }

    /** The blocking part of Queue.put: waits for room (nanos -1 = forever). */
    @ReleasesGil
    public static boolean putBlocking(State s, Object item, long nanos) {
        s.lock.lock();
        try {
            while (s.full()) {
                if (nanos < 0) s.notFull.await();
                else if ((nanos = s.notFull.awaitNanos(nanos)) <= 0 && s.full()) return false;
            }
            s.add(item);
            return true;
        } catch (InterruptedException e) {
            Signals.interrupted();
            return false;
        } finally {
            s.lock.unlock();
        }
    }

    /** The blocking part of Queue.get: waits for an item (nanos -1 = forever); null on timeout. */
    @ReleasesGil
    public static Object getBlocking(State s, long nanos) {
        s.lock.lock();
        try {
            while (s.items.isEmpty()) {
                if (nanos < 0) s.notEmpty.await();
                else if ((nanos = s.notEmpty.awaitNanos(nanos)) <= 0 && s.items.isEmpty()) return null;
            }
            return s.take();
        } catch (InterruptedException e) {
            Signals.interrupted();
            return null;
        } finally {
            s.lock.unlock();
        }
    }

    /** The blocking part of Queue.join: waits until every item got its task_done(). */
    @ReleasesGil
    public static void joinAll(State s) {
        s.lock.lock();
        try {
            while (s.unfinished > 0) s.allDone.await();
        } catch (InterruptedException e) {
            Signals.interrupted();
        } finally {
            s.lock.unlock();
        }
    }

}
