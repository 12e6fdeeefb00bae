package io.gilscope.demo.compile;

import io.gilscope.demo.vm.CodeObject;
import io.gilscope.demo.vm.Op;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The operand stack's depth before every instruction of a code object, by data flow over its
 * branches and exception handlers. The compiler sizes frames with it; the translator to JVM bytecode
 * (io.gilscope.demo.jit) gives each depth its own JVM local.
 */
public final class StackDepths {
    /** The depth of an instruction no path reaches. */
    public static final int UNREACHED = Integer.MIN_VALUE;

    private StackDepths() { }

    /**
     * depth[pc] for every instruction start (UNREACHED elsewhere), and the same for the end of the
     * code; fixes each handler's depth in the exception table to its region's.
     */
    public static int[] of(CodeObject co) {
        int[] code = co.code;
        int[] depth = new int[code.length + 1];
        Arrays.fill(depth, UNREACHED);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        depth[0] = 0;
        work.push(0);
        boolean changed = true;
        while (changed) {
            changed = false;
            while (!work.isEmpty()) {
                int pc = work.pop();
                int d = depth[pc];
                int op = code[pc];
                int n = Op.ARGS[op];
                int[] args = Arrays.copyOfRange(code, pc + 1, pc + 1 + n);
                int next = pc + 1 + n;
                int fall = d + Compiler.effect(op, args);
                int target = -1;
                int branch = 0;
                boolean falls = true;
                switch (op) {
                    case Op.JUMP -> { target = args[0]; branch = d; falls = false; }
                    case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE -> { target = args[0]; branch = d - 1; }
                    case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP -> { target = args[0]; branch = d; }
                    case Op.FOR_ITER -> { target = args[0]; branch = d - 1; }
                    case Op.MATCH_PATTERN -> { target = args[2]; branch = d - 1; }
                    case Op.SEND -> { target = args[0]; branch = d - 1; falls = false; }
                    case Op.FAST_CMP_CONST_JUMP -> { target = args[3]; branch = d; }
                    case Op.RETURN_VALUE, Op.RAISE, Op.RERAISE, Op.ASSERT_FAIL, Op.UNSUPPORTED -> falls = false;
                    default -> { }
                }
                if (falls && depth[next] == UNREACHED) {
                    depth[next] = fall;
                    if (next < code.length) work.push(next);
                }
                if (target >= 0 && depth[target] == UNREACHED) { depth[target] = branch; work.push(target); }
            }
            int[] t = co.excTable;
            for (int i = 0; i < t.length; i += 4) {
                int regionDepth = t[i] < code.length ? depth[t[i]] : UNREACHED;
                if (regionDepth == UNREACHED) continue;
                t[i + 3] = regionDepth;
                int h = t[i + 2];
                if (depth[h] == UNREACHED) {
                    depth[h] = regionDepth + 1;
                    work.push(h);
                    changed = true;
                }
            }
        }
        return depth;
    }

    /** The deepest the stack gets. */
    public static int max(int[] depths) {
        int max = 0;
        for (int d : depths) max = Math.max(max, d);
        return max;
    }
}
