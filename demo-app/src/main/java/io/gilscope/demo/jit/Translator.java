package io.gilscope.demo.jit;

import static org.objectweb.asm.Opcodes.*;

import io.gilscope.demo.compile.StackDepths;
import io.gilscope.demo.vm.CodeObject;
import io.gilscope.demo.vm.CodeTranslator;
import io.gilscope.demo.vm.CompiledCode;
import io.gilscope.demo.vm.Op;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.TreeMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Translates one code object into a JVM class whose {@code run(Frame)} does what
 * {@code Interpreter.run} does for it, with the dispatch switch gone: each instruction becomes the
 * JVM code of its case, Python jumps become JVM jumps, and the operand stack lives in JVM locals,
 * one per depth (the depth at every instruction is known, {@link StackDepths}), where the
 * interpreter keeps it in the frame's array. The frame is otherwise the interpreter's (locals in
 * f.s and f.p), so that exceptions, generators and frame introspection work unchanged:
 * <ul>
 * <li>run starts with a switch on f.pc over the points a frame can be entered at: 0, each exception
 * handler, the instruction after each yield, each SEND and its target, and each loop's head (where an interpreted frame whose
 * loop got hot goes on translated); each reloads the stack below it from f.s;</li>
 * <li>a yield, and an instruction whose body works on the frame's array (calls, RareOpcodes), first
 * stores the stack slots it uses to f.s, and reloads what it leaves there;</li>
 * <li>a catch-all stores the failing instruction's pc in f.pc and, when the code has handlers, the
 * stack in f.s (Interpreter.execute keeps the handler's depth of it and clears the rest).</li>
 * </ul>
 * Not translated (they stay interpreted): match statements (CasePattern works on the frame's array
 * and jumps from inside), and code too large for HotSpot to compile a method of (8000 bytes of
 * bytecode).
 */
public final class Translator implements CodeTranslator {
    private static final String VM = "io/gilscope/demo/vm/";
    private static final String OBJ = "Ljava/lang/Object;", STR = "Ljava/lang/String;", ARR = "[Ljava/lang/Object;";
    private static final String FRAME = VM + "Frame", CODE = VM + "CodeObject", OPS = VM + "InstructionBodies",
            RARE = VM + "RareOpcodes", INTERP = VM + "Interpreter", EXC = "L" + VM + "PyException;";
    /** HotSpot compiles no method with more bytecode than this (-XX:-DontCompileHugeMethods aside). */
    private static final int HUGE_METHOD = 8000;

    // JVM locals of run: this, the frame, its arrays, the code's constants, the running pc, a temporary,
    // then the operand stack's slots.
    private static final int F = 1, S = 2, P = 3, CO = 4, CONSTS = 5, PC = 6, TMP = 7, STACK = 8;

    @Override
    public CompiledCode translate(CodeObject co, MethodHandles.Lookup vm) {
        if (!translatable(co)) return null;
        byte[] bytes = new Emitter(co).classBytes();
        if (bytes == null) return null;
        try {
            MethodHandles.Lookup c = vm.defineHiddenClass(bytes, true);
            return (CompiledCode) c.findConstructor(c.lookupClass(), MethodType.methodType(void.class, CodeObject.class)).invoke(co);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static boolean translatable(CodeObject co) {
        int[] code = co.code;
        for (int pc = 0; pc < code.length; pc += 1 + Op.ARGS[code[pc]]) {
            if (code[pc] == Op.MATCH_PATTERN) return false;
        }
        return true;
    }

    /** One code object's class. */
    private static final class Emitter {
        private final CodeObject co;
        private final int[] code;
        private final int[] depth;
        private final int nlocals;
        private final int maxDepth;
        private final Label[] at;
        private MethodVisitor mv;

        Emitter(CodeObject co) {
            this.co = co;
            this.code = co.code;
            this.depth = StackDepths.of(co);
            this.nlocals = co.nlocals;
            this.maxDepth = StackDepths.max(depth);
            this.at = new Label[code.length];
            for (int pc = 0; pc < code.length; pc += 1 + Op.ARGS[code[pc]]) at[pc] = new Label();
        }

        /** The class file, or null when run would be too large for HotSpot to compile. */
        byte[] classBytes() {
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
                @Override
                protected String getCommonSuperClass(String a, String b) {
                    return "java/lang/Object";   // every merged local is used as an Object, or cast first
                }
            };
            cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, VM + "Translated", null, "java/lang/Object",
                    new String[]{VM + "CompiledCode"});
            cw.visitSource(co.filename, null);
            cw.visitField(ACC_PRIVATE | ACC_FINAL, "co", "L" + CODE + ";", null, null).visitEnd();
            MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "(L" + CODE + ";)V", null, null);
            init.visitCode();
            init.visitVarInsn(ALOAD, 0);
            init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            init.visitVarInsn(ALOAD, 0);
            init.visitVarInsn(ALOAD, 1);
            init.visitFieldInsn(PUTFIELD, VM + "Translated", "co", "L" + CODE + ";");
            init.visitInsn(RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();
            mv = cw.visitMethod(ACC_PUBLIC, "run", "(L" + FRAME + ";)" + OBJ, null, null);
            Label end = run();
            cw.visitEnd();
            return end.getOffset() > HUGE_METHOD ? null : cw.toByteArray();
        }

        /** Emits run; returns a label at its end. */
        private Label run() {
            mv.visitCode();
            Label body = new Label(), bodyEnd = new Label(), handler = new Label(), end = new Label();
            mv.visitTryCatchBlock(body, bodyEnd, handler, "java/lang/Throwable");
            prologue();
            mv.visitLabel(body);
            entrySwitch();
            for (int pc = 0; pc < code.length; pc += 1 + Op.ARGS[code[pc]]) {
                if (depth[pc] == StackDepths.UNREACHED) continue;
                mv.visitLabel(at[pc]);
                iconst(pc);
                mv.visitVarInsn(ISTORE, PC);
                instruction(pc, depth[pc]);
            }
            mv.visitLabel(bodyEnd);
            mv.visitLabel(handler);
            mv.visitVarInsn(ASTORE, TMP);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ILOAD, PC);
            mv.visitFieldInsn(PUTFIELD, FRAME, "pc", "I");
            if (co.excTable.length > 0) store(0, maxDepth);
            mv.visitVarInsn(ALOAD, TMP);
            mv.visitInsn(ATHROW);
            mv.visitLabel(end);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            return end;
        }

        private void prologue() {
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "s", ARR);
            mv.visitVarInsn(ASTORE, S);
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "p", "[J");
            mv.visitVarInsn(ASTORE, P);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, VM + "Translated", "co", "L" + CODE + ";");
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, CO);
            mv.visitFieldInsn(GETFIELD, CODE, "consts", ARR);
            mv.visitVarInsn(ASTORE, CONSTS);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, PC);
            for (int k = 0; k < maxDepth; k++) {   // so that every slot is an Object wherever paths meet
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, STACK + k);
            }
        }

        /** Jumps to f.pc (the start, a handler, after a yield, a SEND or its target, a loop's head), with the stack below it reloaded. */
        private void entrySwitch() {
            TreeMap<Integer, Label> entries = new TreeMap<>();
            entries.put(0, new Label());
            for (int i = 0; i < co.excTable.length; i += 4) {
                int h = co.excTable[i + 2];
                if (depth[h] != StackDepths.UNREACHED) entries.put(h, new Label());
            }
            for (int pc = 0; pc < code.length; pc += 1 + Op.ARGS[code[pc]]) {
                if (depth[pc] == StackDepths.UNREACHED) continue;
                if (code[pc] == Op.YIELD_VALUE && pc + 1 < code.length) entries.put(pc + 1, new Label());
                if (code[pc] == Op.SEND) {   // resumed with a value sent, or (a throw that ended the delegate) at its target
                    entries.put(pc, new Label());
                    entries.put(code[pc + 1], new Label());
                }
                int target = loopHead(pc);
                if (target >= 0) entries.put(target, new Label());
            }
            Label bad = new Label();
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "pc", "I");
            mv.visitLookupSwitchInsn(bad, entries.keySet().stream().mapToInt(Integer::intValue).toArray(), entries.values().toArray(new Label[0]));
            entries.forEach((pc, label) -> {
                mv.visitLabel(label);
                load(0, depth[pc]);
                mv.visitJumpInsn(GOTO, at[pc]);
            });
            mv.visitLabel(bad);
            mv.visitVarInsn(ALOAD, CO);
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "pc", "I");
            ops("badEntry", "(L" + CODE + ";I)Ljava/lang/IllegalStateException;");
            mv.visitInsn(ATHROW);
        }

        /** The target of the jump at pc when it jumps back (the head of a loop, where frames come in from the interpreter), or -1. */
        private int loopHead(int pc) {
            int target = switch (code[pc]) {
                case Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE -> code[pc + 1];
                case Op.FAST_CMP_CONST_JUMP -> code[pc + 4];
                default -> -1;
            };
            return target < pc ? target : -1;
        }

        /** One instruction at pc, with the stack d deep before it. */
        private void instruction(int pc, int d) {
            int op = code[pc];
            int a = Op.ARGS[op] > 0 ? code[pc + 1] : 0;
            int b = Op.ARGS[op] > 1 ? code[pc + 2] : 0;
            switch (op) {
                case Op.NOP, Op.POP -> { }
                case Op.DUP -> move(d - 1, d);
                case Op.DUP2 -> { move(d - 2, d); move(d - 1, d + 1); }
                case Op.ROT2 -> { slot(d - 1); mv.visitVarInsn(ASTORE, TMP); move(d - 2, d - 1); mv.visitVarInsn(ALOAD, TMP); toSlot(d - 2); }
                case Op.ROT3 -> { slot(d - 1); mv.visitVarInsn(ASTORE, TMP); move(d - 2, d - 1); move(d - 3, d - 2); mv.visitVarInsn(ALOAD, TMP); toSlot(d - 3); }
                case Op.LOAD_CONST -> { constant(a); toSlot(d); }
                case Op.LOAD_FAST -> {
                    frameArrays();
                    iconst(a);
                    ops("loadFast", "(L" + CODE + ";" + ARR + "[JI)" + OBJ);
                    toSlot(d);
                }
                case Op.STORE_FAST -> { mv.visitVarInsn(ALOAD, S); iconst(a); slot(d - 1); mv.visitInsn(AASTORE); }
                case Op.DELETE_FAST -> { mv.visitVarInsn(ALOAD, CO); mv.visitVarInsn(ALOAD, S); iconst(a); call(INTERP, "deleteFast", "(L" + CODE + ";" + ARR + "I)V"); }
                case Op.LOAD_GLOBAL -> { mv.visitVarInsn(ALOAD, F); name(a); ops("loadGlobal", "(L" + FRAME + ";" + STR + ")" + OBJ); toSlot(d); }
                case Op.STORE_GLOBAL -> mapPut("globals", a, d);
                case Op.STORE_NAME -> mapPut("ns", a, d);
                case Op.DELETE_GLOBAL -> mapDelete("globals", a);
                case Op.DELETE_NAME -> mapDelete("ns", a);
                case Op.LOAD_NAME -> { mv.visitVarInsn(ALOAD, F); name(a); call(INTERP, "loadName", "(L" + FRAME + ";" + STR + ")" + OBJ); toSlot(d); }
                case Op.LOAD_DEREF -> { mv.visitVarInsn(ALOAD, F); iconst(a); ops("loadDeref", "(L" + FRAME + ";I)" + OBJ); toSlot(d); }
                case Op.STORE_DEREF -> { cell(a); slot(d - 1); mv.visitFieldInsn(PUTFIELD, VM + "Cell", "value", OBJ); }
                case Op.LOAD_CLOSURE -> { cell(a); toSlot(d); }
                case Op.LOAD_ATTR -> {
                    mv.visitVarInsn(ALOAD, CO); iconst(pc); slot(d - 1); name(a);
                    call(VM + "AttrCache", "load", "(L" + CODE + ";I" + OBJ + STR + ")" + OBJ);
                    toSlot(d - 1);
                }
                case Op.STORE_ATTR -> {
                    mv.visitVarInsn(ALOAD, CO); iconst(pc); slot(d - 1); name(a); slot(d - 2);
                    call(VM + "AttrCache", "store", "(L" + CODE + ";I" + OBJ + STR + OBJ + ")V");
                }
                case Op.DELETE_ATTR -> { slot(d - 1); name(a); call(VM + "Ops", "delattr", "(" + OBJ + STR + ")V"); }
                case Op.BINARY_SUBSCR -> binary("subscr", d);
                case Op.BINARY_ADD -> binary("add", d);
                case Op.INPLACE_ADD -> binary("inplaceAdd", d);
                case Op.BINARY_SUB -> binary("sub", d);
                case Op.BINARY_MUL -> binary("mul", d);
                case Op.COMPARE_LT -> binary("lt", d);
                case Op.COMPARE_GT -> binary("gt", d);
                case Op.BINARY_OP -> operator("binary", a, d);
                case Op.BINARY_INPLACE -> operator("inplace", a, d);
                case Op.COMPARE_OP -> operator("compare", a, d);
                case Op.UNARY_NEG -> unary(VM + "Ops", "negate", d);
                case Op.UNARY_POS -> unary(VM + "Ops", "positive", d);
                case Op.UNARY_INVERT -> unary(VM + "Ops", "invert", d);
                case Op.UNARY_NOT -> unary(OPS, "not", d);
                case Op.JUMP -> jump(GOTO, pc, a);
                case Op.POP_JUMP_IF_FALSE, Op.JUMP_IF_FALSE_OR_POP -> { test(d); jump(IFEQ, pc, a); }
                case Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_TRUE_OR_POP -> { test(d); jump(IFNE, pc, a); }
                case Op.GET_ITER -> { slot(d - 1); call(VM + "Ops", "iter", "(" + OBJ + ")L" + VM + "PyIter;"); toSlot(d - 1); }
                case Op.FOR_ITER -> {
                    slot(d - 1);
                    mv.visitTypeInsn(CHECKCAST, VM + "PyIter");
                    mv.visitMethodInsn(INVOKEINTERFACE, VM + "PyIter", "next", "()" + OBJ, true);
                    mv.visitInsn(DUP);
                    toSlot(d);
                    mv.visitJumpInsn(IFNULL, at[a]);
                }
                case Op.BUILD_TUPLE -> {
                    mv.visitTypeInsn(NEW, VM + "PyTuple");
                    mv.visitInsn(DUP);
                    iconst(a);
                    mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
                    for (int k = 0; k < a; k++) {
                        mv.visitInsn(DUP);
                        iconst(k);
                        slot(d - a + k);
                        mv.visitInsn(AASTORE);
                    }
                    mv.visitMethodInsn(INVOKESPECIAL, VM + "PyTuple", "<init>", "(" + ARR + ")V", false);
                    toSlot(d - a);
                }
                case Op.LIST_APPEND -> {
                    slot(d - 2 - a);
                    mv.visitTypeInsn(CHECKCAST, VM + "PyList");
                    slot(d - 1);
                    mv.visitMethodInsn(INVOKEVIRTUAL, VM + "PyList", "append", "(" + OBJ + ")V", false);
                }
                case Op.LIST_TO_TUPLE -> unary(OPS, "listToTuple", d);
                case Op.CALL -> {
                    store(d - a, d);
                    mv.visitVarInsn(ALOAD, F); iconst(pc); slot(d - a - 1); mv.visitVarInsn(ALOAD, S); iconst(nlocals + d - a); iconst(a);
                    ops("call", "(L" + FRAME + ";I" + OBJ + ARR + "II)" + OBJ);
                    toSlot(d - a - 1);
                }
                case Op.CALL_METHOD -> {
                    store(d - a - 1, d);
                    mv.visitVarInsn(ALOAD, F); iconst(pc); slot(d - a - 2); mv.visitVarInsn(ALOAD, S); iconst(nlocals + d - a - 1); iconst(a);
                    ops("callMethod", "(L" + FRAME + ";I" + OBJ + ARR + "II)" + OBJ);
                    toSlot(d - a - 2);
                }
                case Op.LOAD_METHOD -> onArray(d, 1, 2, () -> {
                    mv.visitVarInsn(ALOAD, CO); iconst(pc); mv.visitVarInsn(ALOAD, S); iconst(nlocals + d); name(a);
                    call(VM + "AttrCache", "loadMethod", "(L" + CODE + ";I" + ARR + "I" + STR + ")I");
                });
                case Op.CALL_KW -> {
                    framePc(pc);
                    onArray(d, a + 1, 1, () -> { arrayArgs(d); iconst(a); constant(b); mv.visitTypeInsn(CHECKCAST, "[Ljava/lang/String;"); rare("callKw", "II[Ljava/lang/String;)I"); });
                }
                case Op.CALL_EX -> {
                    framePc(pc);
                    onArray(d, (a & Op.CALL_EX_KWARGS) != 0 ? 3 : 2, 1, () -> { arrayArgs(d); iconst(a); rare("callEx", "II)I"); });
                }
                case Op.SET_HANDLED -> { mv.visitVarInsn(ALOAD, F); slot(d - 1); ops("setHandled", "(L" + FRAME + ";" + OBJ + ")V"); }
                case Op.MAKE_FUNCTION -> onArray(d, Integer.bitCount(b), 1, () -> {
                    mv.visitVarInsn(ALOAD, F); arrayArgs(d); constant(a); mv.visitTypeInsn(CHECKCAST, CODE); iconst(b);
                    call(INTERP, "makeFunction", "(L" + FRAME + ";" + ARR + "IL" + CODE + ";I)I");
                });
                case Op.BUILD_CLASS -> onArray(d, b + 3, 1, () -> {
                    arrayArgs(d); constant(a); mv.visitTypeInsn(CHECKCAST, "java/lang/String"); iconst(b); rare("buildClass", "I" + STR + "I)I");
                });
                case Op.RETURN_VALUE -> {
                    mv.visitVarInsn(ALOAD, F); iconst(pc); iconst(nlocals + d - 1); slot(d - 1);
                    ops("returned", "(L" + FRAME + ";II" + OBJ + ")" + OBJ);
                    mv.visitInsn(ARETURN);
                }
                case Op.YIELD_VALUE -> {
                    store(0, d - 1);
                    mv.visitVarInsn(ALOAD, F); iconst(pc); iconst(nlocals + d - 1); slot(d - 1);
                    ops("yielded", "(L" + FRAME + ";II" + OBJ + ")" + OBJ);
                    mv.visitInsn(ARETURN);
                }
                case Op.RAISE -> {
                    store(d - a, d);
                    arrayArgs(d); iconst(a);
                    call(RARE, "raise", "(" + ARR + "II)" + EXC);
                    mv.visitInsn(ATHROW);
                }
                case Op.RERAISE -> { slot(d - 1); call(INTERP, "reraise", "(" + OBJ + ")" + EXC); mv.visitInsn(ATHROW); }
                case Op.ASSERT_FAIL -> { slot(d - 1); call(RARE, "assertFail", "(" + OBJ + ")" + EXC); mv.visitInsn(ATHROW); }
                case Op.UNSUPPORTED -> {
                    constant(a); mv.visitTypeInsn(CHECKCAST, "java/lang/String");
                    call(VM + "Errors", "notSupported", "(" + STR + ")" + EXC);
                    mv.visitInsn(ATHROW);
                }
                case Op.IMPORT_NAME -> { constant(a); iconst(b); ops("importName", "(" + OBJ + "I)" + OBJ); toSlot(d); }
                case Op.IMPORT_FROM -> { slot(d - 1); name(a); ops("importFrom", "(" + OBJ + STR + ")" + OBJ); toSlot(d); }
                case Op.IMPORT_STAR -> { mv.visitVarInsn(ALOAD, F); slot(d - 1); call(RARE, "importStar", "(L" + FRAME + ";" + OBJ + ")V"); }
                case Op.LOAD_SUPER -> { mv.visitVarInsn(ALOAD, F); call(INTERP, "zeroArgSuper", "(L" + FRAME + ";)" + OBJ); toSlot(d); }
                case Op.FAST_ADD_CONST -> {
                    frameArrays(); iconst(a); iconst(b); iconst(code[pc + 3]);
                    call(INTERP, "addConst", "(L" + CODE + ";" + ARR + "[JIII)V");
                }
                case Op.FAST_CMP_CONST_JUMP -> {
                    int cmp = code[pc + 3];
                    frameArrays(); iconst(a); iconst(cmp & Op.CMP_MASK); iconst(b);
                    call(INTERP, "cmpConst", "(L" + CODE + ";" + ARR + "[JIII)Z");
                    jump(cmp >= Op.JUMP_IF_TRUE ? IFNE : IFEQ, pc, code[pc + 4]);
                }
                case Op.SEND -> send(pc, d, a);
                case Op.GET_AWAITABLE -> unary(VM + "Awaitables", "awaitable", d);
                case Op.ASYNC_GEN_WRAP -> unary(OPS, "asyncGenItem", d);
                case Op.BEFORE_ASYNC_WITH -> onArray(d, 1, 2, () -> { arrayArgs(d); rare("beforeAsyncWith", "I)I"); });
                case Op.ASYNC_WITH_EXCEPT -> {
                    store(d - 2, d);
                    arrayArgs(d);
                    rare("asyncWithExcept", "I)V");
                    load(d - 1, d);
                }
                case Op.BUILD_LIST -> onArray(d, a, 1, () -> { arrayArgs(d); iconst(a); rare("buildList", "II)I"); });
                case Op.BUILD_SET -> onArray(d, a, 1, () -> { arrayArgs(d); iconst(a); rare("buildSet", "II)I"); });
                case Op.BUILD_MAP -> onArray(d, 2 * a, 1, () -> { arrayArgs(d); iconst(a); rare("buildMap", "II)I"); });
                case Op.BUILD_SLICE -> onArray(d, a, 1, () -> { arrayArgs(d); iconst(a); rare("buildSlice", "II)I"); });
                case Op.BUILD_STRING -> onArray(d, a, 1, () -> { arrayArgs(d); iconst(a); rare("buildString", "II)I"); });
                case Op.STORE_SUBSCR -> onArray(d, 3, 0, () -> { arrayArgs(d); rare("storeSubscr", "I)I"); });
                case Op.DELETE_SUBSCR -> onArray(d, 2, 0, () -> { arrayArgs(d); rare("deleteSubscr", "I)I"); });
                case Op.SET_ADD -> onArray(d, a + 2, a + 1, () -> { arrayArgs(d); iconst(a); rare("setAdd", "II)I"); });
                case Op.MAP_ADD -> onArray(d, a + 3, a + 1, () -> { arrayArgs(d); iconst(a); rare("mapAdd", "II)I"); });
                case Op.LIST_EXTEND -> onArray(d, a + 2, a + 1, () -> { arrayArgs(d); iconst(a); rare("listExtend", "II)I"); });
                case Op.SET_UPDATE -> onArray(d, a + 2, a + 1, () -> { arrayArgs(d); iconst(a); rare("setUpdate", "II)I"); });
                case Op.DICT_UPDATE -> onArray(d, a + 2, a + 1, () -> { arrayArgs(d); iconst(a); rare("dictUpdate", "II)I"); });
                case Op.UNPACK_SEQUENCE -> onArray(d, 1, a, () -> { arrayArgs(d); iconst(a); rare("unpack", "II)I"); });
                case Op.UNPACK_EX -> onArray(d, 1, (a >> Op.UNPACK_EX_SHIFT) + (a & Op.UNPACK_EX_AFTER) + 1, () -> { arrayArgs(d); iconst(a); rare("unpackEx", "II)I"); });
                case Op.CHECK_EXC_MATCH -> onArray(d, 2, 1, () -> { arrayArgs(d); rare("checkExcMatch", "I)I"); });
                case Op.FORMAT_VALUE -> onArray(d, b != 0 ? 2 : 1, 1, () -> { arrayArgs(d); iconst(a); iconst(b); rare("formatValue", "III)I"); });
                case Op.BEFORE_WITH -> onArray(d, 1, 2, () -> { arrayArgs(d); rare("beforeWith", "I)I"); });
                case Op.WITH_EXIT -> onArray(d, d, d - 1, () -> { arrayArgs(d); rare("withExit", "I)I"); });
                case Op.WITH_EXCEPT -> onArray(d, d, d - 2, () -> { arrayArgs(d); rare("withExcept", "I)I"); });
                default -> throw new IllegalStateException("no translation for " + Op.NAMES[op]);
            }
        }

        // ---- pieces of instructions -------------------------------------------------------

        /**
         * SEND (yield from, await): the delegate at d-2 gets the value at d-1; when it returns, its
         * value replaces it and the code goes on at target; otherwise the frame suspends here with
         * the stack below the value stored, and is resumed here with the next value pushed.
         */
        private void send(int pc, int d, int target) {
            Label suspend = new Label();
            slot(d - 2);
            slot(d - 1);
            call(VM + "Awaitables", "send", "(" + OBJ + OBJ + ")" + OBJ);
            mv.visitVarInsn(ASTORE, TMP);
            mv.visitVarInsn(ALOAD, TMP);
            ops("returnedValue", "(" + OBJ + ")" + OBJ);
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, suspend);
            toSlot(d - 2);
            mv.visitJumpInsn(GOTO, at[target]);
            mv.visitLabel(suspend);
            mv.visitInsn(POP);
            store(0, d - 1);
            mv.visitVarInsn(ALOAD, F); iconst(pc); iconst(nlocals + d - 1); mv.visitVarInsn(ALOAD, TMP);
            ops("suspended", "(L" + FRAME + ";II" + OBJ + ")" + OBJ);
            mv.visitInsn(ARETURN);
        }

        /**
         * An instruction whose body works on the frame's array: stores the `uses` slots below depth d
         * to f.s, runs the body (which leaves nothing on the JVM stack but a new sp, dropped), and
         * reloads the `leaves` slots that then start where those began.
         */
        private void onArray(int d, int uses, int leaves, Runnable body) {
            store(d - uses, d);
            body.run();
            mv.visitInsn(POP);
            load(d - uses, d - uses + leaves);
        }

        /** The frame's array and the absolute stack pointer at depth d, RareOpcodes' first two arguments. */
        private void arrayArgs(int d) {
            mv.visitVarInsn(ALOAD, S);
            iconst(nlocals + d);
        }

        private void rare(String name, String argsAfterArray) {
            call(RARE, name, "(" + ARR + argsAfterArray);
        }

        private void binary(String name, int d) {
            slot(d - 2);
            slot(d - 1);
            ops(name, "(" + OBJ + OBJ + ")" + OBJ);
            toSlot(d - 2);
        }

        private void operator(String name, int operator, int d) {
            iconst(operator);
            slot(d - 2);
            slot(d - 1);
            call(VM + "Ops", name, "(I" + OBJ + OBJ + ")" + OBJ);
            toSlot(d - 2);
        }

        private void unary(String owner, String name, int d) {
            slot(d - 1);
            call(owner, name, "(" + OBJ + ")" + OBJ);
            toSlot(d - 1);
        }

        /** The truth of the top of the stack, as an int on the JVM stack. */
        private void test(int d) {
            slot(d - 1);
            ops("isTrue", "(" + OBJ + ")Z");
        }

        /** A jump (GOTO or a test of the int on the JVM stack); a backward one is a loop's next turn. */
        private void jump(int jvmOp, int pc, int target) {
            if (target >= pc) {
                mv.visitJumpInsn(jvmOp, at[target]);
                return;
            }
            Label stay = new Label();
            if (jvmOp != GOTO) mv.visitJumpInsn(jvmOp == IFEQ ? IFNE : IFEQ, stay);
            ops("backEdge", "()V");
            mv.visitJumpInsn(GOTO, at[target]);
            mv.visitLabel(stay);
        }

        private void mapPut(String field, int name, int d) {
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, field, "Ljava/util/Map;");
            name(name);
            slot(d - 1);
            mv.visitMethodInsn(INVOKEINTERFACE, "java/util/Map", "put", "(" + OBJ + OBJ + ")" + OBJ, true);
            mv.visitInsn(POP);
        }

        private void mapDelete(String field, int name) {
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, field, "Ljava/util/Map;");
            name(name);
            call(INTERP, "deleteName", "(Ljava/util/Map;" + STR + ")V");
        }

        private void cell(int i) {
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "cells", "[L" + VM + "Cell;");
            iconst(i);
            mv.visitInsn(AALOAD);
        }

        private void frameArrays() {
            mv.visitVarInsn(ALOAD, CO);
            mv.visitVarInsn(ALOAD, S);
            mv.visitVarInsn(ALOAD, P);
        }

        private void framePc(int pc) {
            mv.visitVarInsn(ALOAD, F);
            iconst(pc);
            mv.visitFieldInsn(PUTFIELD, FRAME, "pc", "I");
        }

        private void constant(int i) {
            mv.visitVarInsn(ALOAD, CONSTS);
            iconst(i);
            mv.visitInsn(AALOAD);
        }

        /** co.names[i]: interned, as the ldc of a string is, so Shape's identity comparisons hold. */
        private void name(int i) {
            mv.visitLdcInsn(co.names[i]);
        }

        /** Stores stack slots [from, to) to their places in f.s. */
        private void store(int from, int to) {
            for (int k = from; k < to; k++) {
                mv.visitVarInsn(ALOAD, S);
                iconst(nlocals + k);
                slot(k);
                mv.visitInsn(AASTORE);
            }
        }

        /** Loads stack slots [from, to) from their places in f.s. */
        private void load(int from, int to) {
            for (int k = from; k < to; k++) {
                mv.visitVarInsn(ALOAD, S);
                iconst(nlocals + k);
                mv.visitInsn(AALOAD);
                toSlot(k);
            }
        }

        private void slot(int k) {
            mv.visitVarInsn(ALOAD, STACK + k);
        }

        private void toSlot(int k) {
            mv.visitVarInsn(ASTORE, STACK + k);
        }

        private void move(int from, int to) {
            slot(from);
            toSlot(to);
        }

        private void ops(String name, String desc) {
            call(OPS, name, desc);
        }

        private void call(String owner, String name, String desc) {
            mv.visitMethodInsn(INVOKESTATIC, owner, name, desc, false);
        }

        private void iconst(int v) {
            if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
            else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
            else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
            else mv.visitLdcInsn(v);
        }
    }
}
