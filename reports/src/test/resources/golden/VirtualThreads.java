import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * 64 virtual threads contending for one monitor and one ReentrantLock, recorded with the "profile"
 * settings plus contention events at threshold 0, dumped to args[0]. JFR records no monitor or park
 * event for them (JDK 21 to 25 at least); only execution samples show they ran.
 */
public class VirtualThreads {
    static final Object MONITOR = new Object();
    static final ReentrantLock LOCK = new ReentrantLock();

    public static void main(String[] args) throws Exception {
        try (Recording r = new Recording(Configuration.getConfiguration("profile"))) {
            for (String e : new String[] {"jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark"}) {
                r.enable(e).withThreshold(Duration.ZERO).withStackTrace();
            }
            r.start();
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 64; i++) {
                    executor.submit(() -> {
                        for (int k = 0; k < 5; k++) {
                            synchronized (MONITOR) {
                                spin();
                            }
                            LOCK.lock();
                            try {
                                spin();
                            } finally {
                                LOCK.unlock();
                            }
                        }
                    });
                }
            }
            r.stop();
            r.dump(Path.of(args[0]));
        }
    }

    static void spin() {
        long end = System.nanoTime() + 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
