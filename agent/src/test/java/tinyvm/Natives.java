package tinyvm;

import io.gilscope.agent.gil.Gil;
import io.gilscope.agent.gil.GilHooks;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/** The tiny VM's blocking calls: annotated, or named by release= (park). */
public final class Natives {
    /** Invariant violations seen from inside the VM. */
    public static final AtomicLong VIOLATIONS = new AtomicLong();

    private Natives() {}

    @ReleasesGil
    public static void sleep(long millis) {
        checkNotHolding();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Not annotated: the tests name it with release=tinyvm.Natives#park. */
    public static void park(long micros) {
        checkNotHolding();
        LockSupport.parkNanos(micros * 1000);
    }

    @ReleasesGil
    public static void lock(ReentrantLock lock) {
        checkNotHolding();
        lock.lock();
    }

    @ReleasesGil
    public static void join(Thread t) throws InterruptedException {
        checkNotHolding();
        t.join();
    }

    /** A release method that calls back into the VM (like a C extension calling Python). */
    @ReleasesGil
    public static long callback(Vm vm, int function, long arg) {
        checkNotHolding();
        long r = vm.call(function, arg);
        checkNotHolding();
        return r;
    }

    /** Without the agent the GIL runtime is not on the class path: never touch it then. */
    static boolean agent() { return System.getProperty("gilscope.gil") != null; }

    static boolean gilMode() {
        if (!agent()) return false;
        Gil g = GilHooks.gil();
        return g != null && !g.mode().equals("off");
    }

    public static void checkNotHolding() {
        if (!agent()) return;
        Gil g = GilHooks.gil();
        if (g != null && g.holderThread() == Thread.currentThread()) VIOLATIONS.incrementAndGet();
    }

    public static void checkHolding() {
        if (gilMode() && GilHooks.gil().holderThread() != Thread.currentThread()) VIOLATIONS.incrementAndGet();
    }
}
