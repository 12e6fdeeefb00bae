package io.gilscope.demo.vm;

import java.io.PrintStream;

/** --dis: prints a code object and its nested code objects, one instruction per line. */
public final class Disassembler {
    private Disassembler() { }

    public static void dump(CodeObject co, PrintStream out) {
        out.println("Disassembly of " + co + ":");
        int lastLine = -1;
        for (int pc = 0; pc < co.code.length; pc += 1 + Op.ARGS[co.code[pc]]) {
            int line = co.lineAt(pc);
            String l = line != lastLine ? String.format("%4d", line) : "    ";
            lastLine = line;
            out.println(l + " " + String.format("%5d ", pc) + instruction(co, pc));
        }
        if (co.excTable.length > 0) {
            out.println("ExceptionTable:");
            for (int i = 0; i < co.excTable.length; i += 4) {
                out.println("  " + co.excTable[i] + " to " + co.excTable[i + 1] + " -> " + co.excTable[i + 2] + " [" + co.excTable[i + 3] + "]");
            }
        }
        out.println();
        for (Object c : co.consts) if (c instanceof CodeObject nested) dump(nested, out);
    }

    public static String instruction(CodeObject co, int pc) {
        int op = co.code[pc];
        StringBuilder b = new StringBuilder(String.format("%-22s", Op.NAMES[op]));
        for (int i = 1; i <= Op.ARGS[op]; i++) b.append(' ').append(co.code[pc + i]);
        String note = note(co, op, pc);
        if (note != null) b.append("  (").append(note).append(')');
        return b.toString();
    }

    private static String note(CodeObject co, int op, int pc) {
        int a = Op.ARGS[op] > 0 ? co.code[pc + 1] : 0;
        return switch (op) {
            case Op.LOAD_CONST, Op.IMPORT_NAME -> co.consts[a] instanceof CodeObject c ? c.toString() : Ops.repr(co.consts[a]);
            case Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST, Op.FAST_ADD_CONST, Op.FAST_CMP_CONST_JUMP -> co.localNames[a];
            case Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.LOAD_NAME, Op.STORE_NAME, Op.LOAD_ATTR, Op.LOAD_METHOD, Op.STORE_ATTR, Op.IMPORT_FROM,
                    Op.DELETE_GLOBAL, Op.DELETE_NAME, Op.DELETE_ATTR -> co.names[a];
            case Op.LOAD_DEREF, Op.STORE_DEREF, Op.LOAD_CLOSURE -> a < co.cellNames.length ? co.cellNames[a] : co.freeNames[a - co.cellNames.length];
            case Op.BINARY_OP, Op.BINARY_INPLACE -> Op.BIN_SYMBOLS[a];
            case Op.COMPARE_OP -> Op.CMP_SYMBOLS[a];
            case Op.MAKE_FUNCTION -> co.consts[a].toString();
            default -> null;
        };
    }
}
