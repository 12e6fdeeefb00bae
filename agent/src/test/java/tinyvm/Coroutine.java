package tinyvm;

/**
 * A coroutine on a Java thread of its own, handed control with wait/notify as LuaJ's are:
 * {@link #resume} calls the synchronized {@link State#resume}, which waits until the coroutine yields
 * (LuaThread.resume and State.lua_resume), and {@link #yield} the synchronized {@link State#yield}.
 * None of them is a release method unless a test names one with release=. A resume or a yield that
 * is not answered within its timeout returns -1, so a program that would hang ends instead.
 */
public final class Coroutine {
    private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();
    private final State state;

    public Coroutine(Vm vm, int function, long timeoutMillis) {
        state = new State(vm, function, timeoutMillis);
    }

    /** Runs the coroutine until it yields or ends; returns what it yielded, or -1 if it did not in time. */
    public long resume(long value) {
        return state.resume(value);
    }

    /** Called on the coroutine's thread: gives control back to the resumer until the next resume. */
    public static long yield(long value) {
        return CURRENT.get().yield(value);
    }

    static final class State {
        private final Vm vm;
        private final int function;
        private final long timeoutMillis;
        private Thread thread;
        private long transfer;
        private boolean coroutineTurn;
        private boolean done;

        State(Vm vm, int function, long timeoutMillis) {
            this.vm = vm;
            this.function = function;
            this.timeoutMillis = timeoutMillis;
        }

        synchronized long resume(long value) {
            if (done) return -1;
            transfer = value;
            coroutineTurn = true;
            if (thread == null) {
                thread = new Thread(this::run, "coroutine");
                thread.setDaemon(true);
                thread.start();
            } else {
                notifyAll();
            }
            return await(false);
        }

        synchronized long yield(long value) {
            transfer = value;
            coroutineTurn = false;
            notifyAll();
            return await(true);
        }

        /** Waits (with the monitor) until it is the coroutine's turn or not; -1 after the timeout. */
        private long await(boolean coroutine) {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
            while (coroutineTurn != coroutine) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) return -1;
                waitQuietly(left);
            }
            return transfer;
        }

        private void run() {
            CURRENT.set(this);
            long result = vm.call(function, transfer);
            synchronized (this) {
                transfer = result;
                done = true;
                coroutineTurn = false;
                notifyAll();
            }
        }

        private void waitQuietly(long millis) {
            try {
                wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
