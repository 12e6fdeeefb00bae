package tinyvm;

import static tinyvm.Vm.*;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.management.ObjectName;

/**
 * Scenarios the agent's integration tests run in a child JVM, with or without the agent.
 * Results go to stdout as key=value lines.
 */
public final class Main {
    static volatile boolean stop;
    static final AtomicLong wakeups = new AtomicLong();

    // functions: 0 countdown, 1 spin until stop, 2 sleeper, 3 raise, 4 recurse forever, 5 callback(countdown), 6 checked countdown,
    // 7 catch(n): n times try: raise (in this frame, then in a callee) except: count; returns the count
    static final int COUNTDOWN = 0, SPIN = 1, SLEEPER = 2, RAISE = 3, RECURSE = 4, CALLBACK = 5, CHECKED = 6, CATCH = 7;

    static Vm vm(int sleepMs) {
        int[][] f = new int[8][];
        f[COUNTDOWN] = Vm.countdown();
        f[SPIN] = new int[] {PUSH, 0, NATIVE, 0, JZ, 9, PUSH, 0, RET,
                PUSH, 10000, STORE, 0,
                LOAD, 0, JZ, 0, LOAD, 0, PUSH, 1, SUB, STORE, 0, CHECK, JMP, 13};
        f[SLEEPER] = new int[] {PUSH, 0, NATIVE, 0, JZ, 9, PUSH, 0, RET,
                PUSH, sleepMs, SLEEP, PUSH, 0, NATIVE, 1, POP, CHECK, JMP, 0};
        f[RAISE] = new int[] {PUSH, 1000, CALL, COUNTDOWN, 1, POP, PUSH, 42, THROW};
        f[RECURSE] = new int[] {CALL, RECURSE, 0, RET};
        f[CALLBACK] = new int[] {LOAD, 0, NATIVE, 2, CHECK, RET};
        f[CHECKED] = new int[] {LOAD, 0, JZ, 14, LOAD, 0, PUSH, 1, SUB, STORE, 0, CHECK, JMP, 0, PUSH, 0, RET};
        f[CATCH] = new int[] {LOAD, 0, JZ, 32,
                TRY, 9, PUSH, 7, THROW,
                CHECK, TRY, 15, CALL, RAISE, 0,
                CHECK, LOAD, 1, PUSH, 1, ADD, STORE, 1, LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 0,
                LOAD, 1, RET};
        return new Vm(f,
                (vm, a) -> stop ? 1 : 0,
                (vm, a) -> wakeups.incrementAndGet(),
                (vm, a) -> Natives.callback(vm, COUNTDOWN, a));
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "countdown": countdown(Long.parseLong(args[1]), Integer.parseInt(args[2])); break;
            case "threads": threads(Integer.parseInt(args[1]), Long.parseLong(args[2])); break;
            case "interpreters": interpreters(Integer.parseInt(args[1]), Long.parseLong(args[2])); break;
            case "contend": contend(Integer.parseInt(args[1]), Double.parseDouble(args[2])); break;
            case "sleeper": sleeper(Integer.parseInt(args[1]), Double.parseDouble(args[2]), Integer.parseInt(args[3])); break;
            case "exceptions": exceptions(); break;
            case "callback": callback(); break;
            case "caught": caught(Integer.parseInt(args[1])); break;
            case "stress": stress(Integer.parseInt(args[1]), Double.parseDouble(args[2])); break;
            case "attach": attach(Double.parseDouble(args[1])); break;
            case "park": park(); break;
            case "coroutine": coroutine(Integer.parseInt(args[1]), Long.parseLong(args[2])); break;
            default: throw new IllegalArgumentException(Arrays.toString(args));
        }
        report();
    }

    static void report() {
        System.out.println("violations=" + Natives.VIOLATIONS.get());
        System.out.println("gil=" + System.getProperty("gilscope.gil"));
        try {
            ObjectName name = new ObjectName("io.gilscope:type=Gil");
            var server = ManagementFactory.getPlatformMBeanServer();
            if (!server.isRegistered(name)) return;
            for (String a : List.of("Mode", "SwitchIntervalSeconds", "CheckInterval", "Dispatches", "DispatchesCounted", "Switches", "ForcedSwitches", "Reacquisitions", "BlockingCalls", "Holder", "Waiters")) {
                System.out.println("mx." + a + "=" + server.getAttribute(name, a));
            }
        } catch (Exception e) {
            System.out.println("mx.error=" + e);
        }
    }

    /** Single-threaded countdown(n), reps times: each rep's time in ns. */
    static void countdown(long n, int reps) {
        Vm vm = vm(1);
        long[] times = new long[reps];
        long[] cpu = new long[reps];
        var mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            vm.call(COUNTDOWN, n);
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
            times[i] = System.nanoTime() - t0;
            System.out.println("rep=" + times[i]);
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.println("median=" + times[reps / 2]);
        System.out.println("cpuMedian=" + cpu[reps / 2]);
    }

    /** t threads each countdown(n), then the same sequentially in one thread; 3 rounds, medians. */
    static void threads(int t, long n) throws InterruptedException {
        Vm vm = vm(1);
        int rounds = 3;
        long[] threaded = new long[rounds];
        long[] sequential = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            List<Thread> threads = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < t; i++) threads.add(start("worker-" + i, () -> vm.call(COUNTDOWN, n)));
            for (Thread th : threads) th.join();
            threaded[r] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            for (int i = 0; i < t; i++) vm.call(COUNTDOWN, n);
            sequential[r] = System.nanoTime() - t0;
            System.out.println("round=" + threaded[r] + " " + sequential[r]);
        }
        Arrays.sort(threaded);
        Arrays.sort(sequential);
        System.out.println("threaded=" + threaded[rounds / 2]);
        System.out.println("sequential=" + sequential[rounds / 2]);
    }

    /**
     * t threads, each running countdown(n) in its own copy of tinyvm: a class loader of its own, so an
     * interpreter with its own statics and, under the agent, its own GIL (as CPython's subinterpreters).
     */
    static void interpreters(int t, long n) throws Exception {
        URL classes = Main.class.getProtectionDomain().getCodeSource().getLocation();
        List<Thread> threads = new ArrayList<>();
        List<URLClassLoader> loaders = new ArrayList<>();
        for (int i = 0; i < t; i++) {
            URLClassLoader loader = new Isolated(classes);
            loaders.add(loader);
            Method run = Class.forName(Main.class.getName(), true, loader).getDeclaredMethod("countdownOnce", long.class);
            threads.add(new Thread(() -> {
                try {
                    run.invoke(null, n);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }, "interpreter-" + (i + 1)));
        }
        long t0 = System.nanoTime();
        for (Thread th : threads) th.start();
        for (Thread th : threads) th.join();
        System.out.println("interpreters=" + (System.nanoTime() - t0));
        for (URLClassLoader l : loaders) l.close();
    }

    /** One countdown(n) in this copy of tinyvm (see interpreters). */
    public static void countdownOnce(long n) {
        vm(1).call(COUNTDOWN, n);
    }

    /** Defines its own copy of tinyvm's classes; everything else (the agent's runtime too) comes from the application's loader. */
    static final class Isolated extends URLClassLoader {
        Isolated(URL classes) {
            super(new URL[] {classes}, Main.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("tinyvm.")) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) c = findClass(name);
                if (resolve) resolveClass(c);
                return c;
            }
        }
    }

    /** t CPU-bound threads spinning (with CHECK) for the given seconds. */
    static void contend(int t, double seconds) throws InterruptedException {
        Vm vm = vm(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < t; i++) threads.add(start("cpu-" + i, () -> vm.call(SPIN)));
        Thread.sleep((long) (seconds * 1000));
        stop = true;
        for (Thread th : threads) th.join();
    }

    /** cpu spinning threads plus one thread sleeping sleepMs between short bursts. */
    static void sleeper(int cpu, double seconds, int sleepMs) throws InterruptedException {
        Vm vm = vm(sleepMs);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < cpu; i++) threads.add(start("cpu-" + i, () -> vm.call(SPIN)));
        threads.add(start("sleeper", () -> vm.call(SLEEPER)));
        Thread.sleep((long) (seconds * 1000));
        stop = true;
        for (Thread th : threads) th.join();
        System.out.println("wakeups=" + wakeups.get());
    }

    /** Threads die by a program's exception and by stack overflow while holding the GIL; the rest must go on. */
    static void exceptions() throws InterruptedException {
        Vm vm = vm(1);
        Thread.UncaughtExceptionHandler quiet = (th, e) -> System.out.println("died." + th.getName() + "=" + e.getClass().getSimpleName());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread a = new Thread(() -> vm.call(RAISE), "raise-" + i);
            a.setUncaughtExceptionHandler(quiet);
            threads.add(a);
            Thread b = new Thread(null, () -> vm.call(RECURSE), "overflow-" + i, 256 * 1024);
            b.setUncaughtExceptionHandler(quiet);
            threads.add(b);
        }
        threads.add(start("cpu", () -> vm.call(COUNTDOWN, 20_000_000L)));
        for (Thread th : threads) if (th.getState() == Thread.State.NEW) th.start();
        for (Thread th : threads) th.join();
        long t0 = System.nanoTime();
        vm.call(CHECKED, 1_000_000L);
        System.out.println("after=" + (System.nanoTime() - t0));
        System.out.println("ok=true");
    }

    /** Two threads whose programs catch their own errors (inside exec), next to a CPU-bound thread. */
    static void caught(int n) throws InterruptedException {
        Vm vm = vm(1);
        long[] counts = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int me = i;
            threads.add(start("catch-" + i, () -> counts[me] = vm.call(CATCH, n)));
        }
        threads.add(start("cpu", () -> vm.call(CHECKED, 5_000_000L)));
        for (Thread th : threads) th.join();
        System.out.println("caught=" + counts[0] + "," + counts[1]);
    }

    /** A release method calling back into the VM, next to a CPU-bound thread. */
    static void callback() throws InterruptedException {
        Vm vm = vm(1);
        Thread cpu = start("cpu", () -> vm.call(SPIN));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) threads.add(start("callback-" + i, () -> {
            for (int k = 0; k < 200; k++) vm.call(CALLBACK, 10_000);
        }));
        for (Thread th : threads) th.join();
        stop = true;
        cpu.join();
    }

    /** release= (not annotated) method: park. */
    static void park() {
        Vm vm = new Vm(new int[][] {{PUSH, 2000, PARK, CHECK, PUSH, 0, RET}});
        for (int i = 0; i < 20; i++) vm.call(0);
    }

    /**
     * The main thread resumes a coroutine (a Java thread of its own, see {@link Coroutine}) from inside
     * the VM until it has yielded {@code yields} times and ended; each resume waits at most
     * {@code timeoutMs}. Under the GIL with neither side released, the first resume waits with the GIL
     * while the coroutine's thread waits for it: the hang the watchdog is for.
     */
    static void coroutine(int yields, long timeoutMs) {
        long[] answered = {0}, unanswered = {0};
        Coroutine[] co = new Coroutine[1];
        int[] loop = {LOAD, 0, JZ, 19, PUSH, 0, NATIVE, 0, POP, CHECK, LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 0, PUSH, 0, RET};
        int[] main = loop.clone();
        main[5] = yields;   // the first resume tells the coroutine how often to yield
        main[7] = 1;
        Vm vm = new Vm(new int[][] {main, loop},
                (v, a) -> Coroutine.yield(a),
                (v, a) -> {
                    long r = co[0].resume(a);
                    if (r < 0) unanswered[0]++;
                    else answered[0]++;
                    return r;
                });
        co[0] = new Coroutine(vm, 1, timeoutMs);
        vm.call(0, yields + 1);
        System.out.println("answered=" + answered[0]);
        System.out.println("unanswered=" + unanswered[0]);
    }

    /** Threads mixing CPU, sleeps, locks, joins, exceptions and callbacks until the deadline. */
    static void stress(int n, double seconds) throws InterruptedException {
        Vm vm = vm(1);
        ReentrantLock lock = new ReentrantLock();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long[] progress = new long[n];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int me = i;
            threads.add(start("stress-" + i, () -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    switch (r.nextInt(7)) {
                        case 0: vm.call(CHECKED, r.nextInt(1, 50_000)); break;
                        case 1: vm.call(CHECKED, r.nextInt(1, 5_000)); Natives.sleep(r.nextInt(3)); break;
                        case 2:
                            Natives.lock(lock);
                            try {
                                vm.call(CHECKED, r.nextInt(1, 2_000));
                            } finally {
                                lock.unlock();
                            }
                            break;
                        case 3: {
                            Thread helper = start("helper-" + me, () -> vm.call(CHECKED, 3_000));
                            try {
                                Natives.join(helper);
                            } catch (InterruptedException e) {
                                return;
                            }
                            break;
                        }
                        case 4:
                            try {
                                vm.call(RAISE);
                            } catch (Vm.VmError expected) {
                                // the frame's exit released the GIL
                            }
                            break;
                        case 5: vm.call(CALLBACK, r.nextInt(1, 3_000)); break;
                        default: vm.call(CHECKED, 10); break;
                    }
                    progress[me]++;
                }
            }));
        }
        long limit = System.nanoTime() + (long) ((seconds + 60) * 1e9);
        for (Thread th : threads) th.join(Math.max(1, (limit - System.nanoTime()) / 1_000_000));
        long alive = threads.stream().filter(Thread::isAlive).count();
        System.out.println("alive=" + alive);
        System.out.println("minProgress=" + Arrays.stream(progress).min().orElse(0));
        System.out.println("totalProgress=" + Arrays.stream(progress).sum());
        if (alive > 0) {
            for (Thread th : threads) {
                if (th.isAlive()) System.out.println("stuck." + th.getName() + "=" + Arrays.toString(th.getStackTrace()));
            }
            System.out.flush();
            Runtime.getRuntime().halt(3);
        }
    }

    /**
     * Two threads calling countdown over and over, waiting to be attached to: runs until the agent has
     * been there for 2 s, or for at most the given seconds. Prints a tick line every 200 ms.
     */
    static void attach(double seconds) throws InterruptedException {
        Vm vm = vm(1);
        AtomicLong calls = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) threads.add(start("loop-" + i, () -> {
            while (!stop) {
                vm.call(CHECKED, 20_000);
                calls.incrementAndGet();
            }
        }));
        System.out.println("ready pid=" + ProcessHandle.current().pid());
        System.out.flush();
        long attachedAt = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            String gil = System.getProperty("gilscope.gil");
            System.out.println("tick calls=" + calls.get() + " gil=" + gil);
            System.out.flush();
            if (gil != null && attachedAt == 0) attachedAt = System.nanoTime();
            if (attachedAt != 0 && System.nanoTime() - attachedAt > 2_000_000_000L) break;
        }
        stop = true;
        for (Thread th : threads) th.join();
    }

    static Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.start();
        return t;
    }
}
