import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import jdk.jfr.Recording;

/**
 * One blocking of each JDK primitive, each in a method named after it, recorded with JFR's contention
 * events at threshold 0 and dumped to args[0]. Run with the source launcher on each JDK
 * (java Golden.java out.jfr); the golden site tests check that every wait is filed at its method.
 */
public class Golden {
    static final long MS = 30;
    static final Object MONITOR = new Object();

    public static void main(String[] args) throws Exception {
        try (Recording r = new Recording()) {
            for (String e : new String[] {"jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark"}) {
                r.enable(e).withThreshold(Duration.ZERO).withStackTrace();
            }
            r.start();
            synchronizedBlock();
            objectWait();
            objectWaitTimedOut();
            conditionAwait();
            reentrantLock();
            blockingQueueTake();
            synchronousQueueTake();
            semaphoreAcquire();
            countDownLatchAwait();
            r.stop();
            r.dump(Path.of(args[0]));
        }
    }

    /** Runs {@code other} on a second thread after a pause, while this thread blocks in {@code block}. */
    static void with(Runnable other, Runnable block) throws InterruptedException {
        Thread t = new Thread(() -> {
            sleep();
            other.run();
        }, "other");
        t.start();
        block.run();
        t.join();
    }

    static void sleep() {
        try {
            Thread.sleep(MS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void synchronizedBlock() throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (MONITOR) {
                held.countDown();
                sleep();
            }
        }, "holder");
        holder.start();
        held.await();
        synchronized (MONITOR) {
            MONITOR.hashCode();
        }
        holder.join();
    }

    static void objectWait() throws InterruptedException {
        with(() -> {
            synchronized (MONITOR) {
                MONITOR.notifyAll();
                sleep();   // the waiter re-enters the monitor only after this
            }
        }, () -> {
            synchronized (MONITOR) {
                try {
                    MONITOR.wait(10_000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    /** A wait that times out while another thread holds the monitor: the re-entry blocks. */
    static void objectWaitTimedOut() throws InterruptedException {
        CountDownLatch waiting = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try {
                waiting.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            synchronized (MONITOR) {
                sleep();
                sleep();
            }
        }, "holder");
        holder.start();
        synchronized (MONITOR) {
            waiting.countDown();
            MONITOR.wait(MS / 3);
        }
        holder.join();
    }

    static void conditionAwait() throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        Condition ready = lock.newCondition();
        with(() -> {
            lock.lock();
            try {
                ready.signalAll();
            } finally {
                lock.unlock();
            }
        }, () -> {
            lock.lock();
            try {
                ready.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                lock.unlock();
            }
        });
    }

    static void reentrantLock() throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        CountDownLatch held = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            lock.lock();
            try {
                held.countDown();
                sleep();
            } finally {
                lock.unlock();
            }
        }, "holder");
        holder.start();
        held.await();
        lock.lock();
        lock.unlock();
        holder.join();
    }

    static void blockingQueueTake() throws InterruptedException {
        LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        with(() -> queue.add("item"), () -> {
            try {
                queue.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static void synchronousQueueTake() throws InterruptedException {
        SynchronousQueue<String> queue = new SynchronousQueue<>();
        with(() -> {
            try {
                queue.put("item");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            try {
                queue.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static void semaphoreAcquire() throws InterruptedException {
        Semaphore permits = new Semaphore(0);
        with(permits::release, () -> {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static void countDownLatchAwait() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        with(latch::countDown, () -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
