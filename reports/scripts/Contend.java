import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;

/**
 * Real lock contention for reports/scripts/real-benchmark.sh: N platform threads for MILLIS ms on
 * synchronized (M), ReentrantLock (L), small blocking queues (P producers, C consumers), wait/notify
 * ping-pong (W) and a mix (K), one role per thread from ROLES in turn.
 * Usage: java Contend.java N MILLIS [ROLES]
 */
public class Contend {
    static final Object[] MONITORS = {new Object(), new Object(), new Object(), new Object()};
    static final ReentrantLock[] LOCKS = {new ReentrantLock(), new ReentrantLock(true)};
    static final BlockingQueue<Integer> ABQ = new ArrayBlockingQueue<>(2);
    static final BlockingQueue<Integer> LBQ = new LinkedBlockingQueue<>(4);
    static final Object PING = new Object();
    static volatile boolean stop;
    static final AtomicLong ops = new AtomicLong();
    static long sink;
    static int turn;

    static void spin(int n) { long x = 0; for (int i = 0; i < n; i++) x += i * 31L ^ x; sink += x; }

    static void viaMonitor(int k, int depth) {
        if (depth > 0) { viaMonitor(k, depth - 1); return; }
        synchronized (MONITORS[k % MONITORS.length]) { spin(100); Thread.yield(); }
        spin(200);
    }
    static void viaLock(int k, int depth) {
        if (depth > 0) { viaLock(k, depth - 1); return; }
        ReentrantLock l = LOCKS[k % LOCKS.length];
        l.lock(); try { spin(200); } finally { l.unlock(); }
    }
    static void producer(BlockingQueue<Integer> q, int i) throws InterruptedException { q.put(i); }
    static void consumer(BlockingQueue<Integer> q) throws InterruptedException { Integer v = q.poll(10, TimeUnit.MILLISECONDS); if (v != null) sink += v; }
    static void pingPong(int me) throws InterruptedException {
        synchronized (PING) {
            while (turn != me && !stop) PING.wait(5);
            turn = 1 - me; PING.notifyAll();
        }
    }

    public static void main(String[] a) throws Exception {
        int threads = Integer.parseInt(a[0]);
        long millis = Long.parseLong(a[1]);
        String roles = a.length > 2 ? a[2] : "MMLPCW";
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                try {
                    int i = 0;
                    while (!stop) {
                        i++;
                        switch (roles.charAt(id % roles.length())) {
                            case 'M' -> viaMonitor(i, i % 4);
                            case 'L' -> viaLock(i, i % 3);
                            case 'P' -> { if (id % 2 == 0) producer(ABQ, i); else producer(LBQ, i); }
                            case 'C' -> { if (id % 2 == 0) consumer(ABQ); else consumer(LBQ); }
                            case 'W' -> pingPong(id % 2);
                            default -> { viaMonitor(i, 0); viaLock(i, 1); }
                        }
                        ops.incrementAndGet();
                    }
                } catch (InterruptedException e) { /* done */ }
            }, "worker-" + id);
            ts[t].start();
        }
        Thread.sleep(millis);
        stop = true;
        for (Thread t : ts) t.interrupt();
        for (Thread t : ts) t.join(2000);
        System.out.println("ops=" + ops.get());
    }
}
