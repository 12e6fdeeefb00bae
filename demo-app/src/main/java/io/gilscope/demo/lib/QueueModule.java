package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Op;
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
import java.util.ArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** queue: Queue (FIFO) and LifoQueue with put/get/task_done/join; blocking waits release the GIL. */
public final class QueueModule {
    private QueueModule() { }

    public static final PyClass EMPTY = new PyClass("Empty", Errors.EXCEPTION);
    public static final PyClass FULL = new PyClass("Full", Errors.EXCEPTION);

    /** Which item a get takes: the oldest, the newest, or the smallest by {@code <} (a heap, as heapq keeps it). */
    enum Order { FIFO, LIFO, PRIORITY }

    /** The Java side of a queue; all waiting happens in the {@link ReleasesGil} leaves below. */
    public static final class State {
        final ArrayDeque<Object> items = new ArrayDeque<>();
        final ArrayList<Object> heap = new ArrayList<>();
        final int maxsize;
        final Order order;
        int unfinished;
        final ReentrantLock lock = new ReentrantLock();
        final Condition notEmpty = lock.newCondition();
        final Condition notFull = lock.newCondition();
        final Condition allDone = lock.newCondition();

        State(int maxsize, Order order) {
            this.maxsize = maxsize;
            this.order = order;
        }

        int size() { return order == Order.PRIORITY ? heap.size() : items.size(); }

        boolean full() { return maxsize > 0 && size() >= maxsize; }

        void add(Object o) {
            if (order == Order.PRIORITY) Heap.push(heap, o);
            else items.addLast(o);
            unfinished++;
            notEmpty.signal();
        }

        Object take() {
            Object o = order == Order.PRIORITY ? Heap.pop(heap) : order == Order.LIFO ? items.pollLast() : items.pollFirst();
            notFull.signal();
            return o;
        }
    }

    /**
     * A binary min-heap ordered by Python's {@code <}, kept the way heapq keeps one (a pop sifts the last
     * item up from a leaf), so that items of equal priority come out in CPython's order.
     */
    static final class Heap {
        private Heap() { }

        static boolean less(Object a, Object b) {
            return Ops.truthy(Ops.compare(Op.LT, a, b));
        }

        static void push(ArrayList<Object> heap, Object item) {
            heap.add(item);
            siftTowardsRoot(heap, 0, heap.size() - 1);
        }

        static Object pop(ArrayList<Object> heap) {
            Object last = heap.remove(heap.size() - 1);
            if (heap.isEmpty()) return last;
            Object top = heap.get(0);
            heap.set(0, last);
            siftToLeaf(heap, 0);
            return top;
        }

        /** Moves heap[pos] up while it is less than its parent, no higher than start. */
        private static void siftTowardsRoot(ArrayList<Object> heap, int start, int pos) {
            Object item = heap.get(pos);
            while (pos > start) {
                int parent = (pos - 1) >> 1;
                if (!less(item, heap.get(parent))) break;
                heap.set(pos, heap.get(parent));
                pos = parent;
            }
            heap.set(pos, item);
        }

        /** Moves the smaller child up until heap[pos]'s item reaches a leaf, then sifts it back towards the root. */
        private static void siftToLeaf(ArrayList<Object> heap, int pos) {
            int end = heap.size(), start = pos;
            Object item = heap.get(pos);
            int child = 2 * pos + 1;
            while (child < end) {
                int right = child + 1;
                if (right < end && !less(heap.get(child), heap.get(right))) child = right;
                heap.set(pos, heap.get(child));
                pos = child;
                child = 2 * pos + 1;
            }
            heap.set(pos, item);
            siftTowardsRoot(heap, start, pos);
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
        m.put("Queue", queueClass("Queue", Order.FIFO));
        m.put("LifoQueue", queueClass("LifoQueue", Order.LIFO));
        m.put("PriorityQueue", queueClass("PriorityQueue", Order.PRIORITY));
        m.put("SimpleQueue", queueClass("SimpleQueue", Order.FIFO));
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

    private static PyClass queueClass(String name, Order order) {
        PyClass c = new PyClass(name, Types.OBJECT);
        c.module = "queue";
        c.def("__init__", (a, k) -> {
            Object[] p = Args.parse(name, a, k, 1, "self", "maxsize");
            ((PyInstance) a[0]).nativeState = new State(p[1] == null ? 0 : Ops.toInt(p[1]), order);
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
            return s.size();
        } finally {
            s.lock.unlock();
        }
    }

    /**
     * Adds the item, waiting for room (GIL released) when there is none; false on timeout. Items are added
     * and taken holding the GIL, never inside the waits: a PriorityQueue compares them with Python's
     * {@code <}, which may run Python code.
     */
    private static boolean put(State s, Object item, long nanos) {
        long deadline = nanos > 0 ? System.nanoTime() + nanos : 0;
        while (true) {
            s.lock.lock();
            try {
                if (!s.full()) {
                    s.add(item);
                    return true;
                }
            } finally {
                s.lock.unlock();
            }
            long left = nanos < 0 ? -1 : nanos == 0 ? 0 : deadline - System.nanoTime();
            if (left == 0 || nanos > 0 && left <= 0 || !awaitRoom(s, left)) return false;
        }
    }

    /** Takes an item, waiting for one (GIL released) when there is none; null on timeout. */
    private static Object get(State s, long nanos) {
        long deadline = nanos > 0 ? System.nanoTime() + nanos : 0;
        while (true) {
            s.lock.lock();
            try {
                if (s.size() > 0) return s.take();
            } finally {
                s.lock.unlock();
            }
            long left = nanos < 0 ? -1 : nanos == 0 ? 0 : deadline - System.nanoTime();
            if (left == 0 || nanos > 0 && left <= 0 || !awaitItem(s, left)) return null;
        }
    }

    /** The blocking part of Queue.put: waits until there is room (nanos -1 = forever); false on timeout. */
    @ReleasesGil
    public static boolean awaitRoom(State s, long nanos) {
        s.lock.lock();
        try {
            while (s.full()) {
                if (nanos < 0) s.notFull.await();
                else if ((nanos = s.notFull.awaitNanos(nanos)) <= 0 && s.full()) return false;
            }
            return true;
        } catch (InterruptedException e) {
            Signals.interrupted();
            return false;
        } finally {
            s.lock.unlock();
        }
    }

    /** The blocking part of Queue.get: waits until there is an item (nanos -1 = forever); false on timeout. */
    @ReleasesGil
    public static boolean awaitItem(State s, long nanos) {
        s.lock.lock();
        try {
            while (s.size() == 0) {
                if (nanos < 0) s.notEmpty.await();
                else if ((nanos = s.notEmpty.awaitNanos(nanos)) <= 0 && s.size() == 0) return false;
            }
            return true;
        } catch (InterruptedException e) {
            Signals.interrupted();
            return false;
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
