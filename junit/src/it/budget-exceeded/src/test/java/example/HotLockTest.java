package example;

import io.gilscope.junit.GilBudget;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A user's test that blocks 300 ms on a monitor under a 50 ms budget: the build must fail, naming the site. */
class HotLockTest {
    private static final Object LOCK = new Object();

    @Test
    @GilBudget(maxMonitorBlockedMillis = 50)
    void holdsTheLockTooLong() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (LOCK) {
                held.countDown();
                long end = System.nanoTime() + 300_000_000L;
                while (System.nanoTime() < end) Thread.onSpinWait();
            }
        }, "holder");
        holder.start();
        held.await();
        blockOnTheLock();
        holder.join();
    }

    private static void blockOnTheLock() {
        synchronized (LOCK) {
            Thread.onSpinWait();
        }
    }
}
