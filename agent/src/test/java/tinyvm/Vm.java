package tinyvm;

/**
 * A tiny stack machine with one switch on an int opcode in one method ({@link #exec}), re-entered by
 * Java recursion for calls: the shape the agent's dispatch= contract expects. It shares no code with
 * demo-app. Code is an int array of opcodes with inline operands; values are longs. {@code TRY h}
 * arms a one-shot handler: a VmError raised in the frame (or in a callee) is caught inside exec's
 * loop, empties the stack and continues at h, like a Python except block.
 */
public final class Vm {
    public static final int HALT = 0, PUSH = 1, LOAD = 2, STORE = 3, ADD = 4, SUB = 5, JZ = 6, JMP = 7,
            CALL = 8, RET = 9, SLEEP = 10, THROW = 11, LT = 12, DUP = 13, POP = 14, PARK = 15, NATIVE = 16,
            CHECK = 17, TRY = 18;

    /** A native call: NATIVE id pops one argument and pushes the result. */
    public interface Native {
        long call(Vm vm, long arg) throws Exception;
    }

    public final int[][] functions;
    public final Native[] natives;

    public Vm(int[][] functions, Native... natives) {
        this.functions = functions;
        this.natives = natives;
    }

    public long call(int function, long... args) {
        long[] locals = new long[8];
        System.arraycopy(args, 0, locals, 0, args.length);
        return enter(function, locals);
    }

    /** The functions this thread is in, innermost last: what {@link #location} reports. */
    private static final ThreadLocal<java.util.ArrayDeque<Integer>> FRAMES = ThreadLocal.withInitial(java.util.ArrayDeque::new);

    private long enter(int function, long[] locals) {
        FRAMES.get().addLast(function);
        try {
            return exec(functions[function], locals);
        } finally {
            FRAMES.get().removeLast();
        }
    }

    /** The location hook of the agent's contract (location=tinyvm.Vm#location): this thread's functions, outermost first. */
    public static String location() {
        StringBuilder sb = new StringBuilder();
        for (int f : FRAMES.get()) sb.append(sb.length() == 0 ? "" : "\n").append("function").append(f).append(" (tiny:").append(f).append(')');
        return sb.toString();
    }

    /** The checkpoint method of the agent's checkpoints=backedge contract: called at backward jumps, calls and returns. */
    static void backEdge() { }

    long exec(int[] code, long[] locals) {
        long[] stack = new long[16];
        int sp = 0;
        int pc = 0;
        int handler = -1;
        for (;;) {
            try {
                switch (code[pc++]) {
                    case HALT: return sp > 0 ? stack[sp - 1] : 0;
                    case PUSH: stack[sp++] = code[pc++]; break;
                    case LOAD: stack[sp++] = locals[code[pc++]]; break;
                    case STORE: locals[code[pc++]] = stack[--sp]; break;
                    case ADD: sp--; stack[sp - 1] += stack[sp]; break;
                    case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                    case JZ: { int target = code[pc++]; if (stack[--sp] == 0) pc = target; break; }
                    case JMP: { int target = code[pc]; if (target < pc) backEdge(); pc = target; break; }
                    case CALL: {
                        int fn = code[pc++];
                        int n = code[pc++];
                        long[] args = new long[8];
                        for (int i = n - 1; i >= 0; i--) args[i] = stack[--sp];
                        backEdge();
                        stack[sp++] = enter(fn, args);
                        break;
                    }
                    case RET: backEdge(); return stack[--sp];
                    case SLEEP: Natives.sleep(stack[--sp]); break;
                    case THROW: throw new VmError("raised " + stack[--sp]);
                    case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                    case DUP: stack[sp] = stack[sp - 1]; sp++; break;
                    case POP: sp--; break;
                    case PARK: Natives.park(stack[--sp]); break;
                    case NATIVE: {
                        Native nat = natives[code[pc++]];
                        try {
                            stack[sp - 1] = nat.call(this, stack[sp - 1]);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new VmError(e.toString());
                        }
                        break;
                    }
                    case CHECK: Natives.checkHolding(); break;
                    case TRY: handler = code[pc++]; break;
                    default: throw new VmError("bad opcode " + code[pc - 1]);
                }
            } catch (VmError e) {
                if (handler < 0) throw e;
                pc = handler;
                handler = -1;
                sp = 0;
            }
        }
    }

    /** An error raised by a program. */
    public static final class VmError extends RuntimeException {
        public VmError(String message) { super(message, null, false, false); }
    }

    // ---- programs ----

    /** countdown(n): while n: n -= 1 (7 dispatches a turn). */
    public static int[] countdown() {
        return new int[] {LOAD, 0, JZ, 13, LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 0, PUSH, 0, RET};
    }

    /** callEach(n): n times call function f with 0 args; returns 0. */
    public static int[] callEach(int f) {
        return new int[] {LOAD, 0, JZ, 17, CALL, f, 0, POP, LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 0, PUSH, 0, RET};
    }
}
