package io.gilscope.demo.shared;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The queues between interpreters (concurrent.interpreters.create_queue). Every interpreter in a JVM
 * loads demo-app's classes anew, except this package's, which the application's class loader loads
 * once: so each interpreter sees the same queues here, by id. Items are bytes (values encoded with
 * lib.Wire), never objects of one interpreter, and this package uses JDK types only.
 */
public final class Channels {
    private static final Map<Long, BlockingQueue<byte[]>> QUEUES = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(1);

    private Channels() { }

    /** A new queue holding at most maxsize items (0: no limit); its id. */
    public static long create(int maxsize) {
        long id = NEXT.getAndIncrement();
        QUEUES.put(id, maxsize > 0 ? new LinkedBlockingQueue<>(maxsize) : new LinkedBlockingQueue<>());
        return id;
    }

    /** The queue with this id, or null. */
    public static BlockingQueue<byte[]> get(long id) { return QUEUES.get(id); }
}
