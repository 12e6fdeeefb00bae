package io.gilscope.it;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How many cores this machine gives us right now: two Java threads spin for a moment and their CPU
 * time is divided by the wall time. Timing claims about parallelism are meaningless on a machine
 * whose other load leaves less than two cores free, so those tests check this first and skip.
 */
final class Cores {
    private static final long SPIN_NANOS = 300_000_000L;

    private Cores() { }

    static double available() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        Thread[] spinners = new Thread[2];
        long start = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            int slot = i;
            spinners[i] = new Thread(() -> {
                long end = System.nanoTime() + SPIN_NANOS;
                long x = 0;
                while (System.nanoTime() < end) x += x * 31 + 7;
                cpu[slot] = threads.getCurrentThreadCpuTime() + (x == 42 ? 1 : 0);
            });
            spinners[i].start();
        }
        for (Thread t : spinners) t.join();
        double wall = System.nanoTime() - start;
        return (cpu[0] + cpu[1]) / wall;
    }
}
