package io.gilscope.demo.vm;

import java.util.Arrays;

/**
 * Opcodes. An instruction is one int opcode followed by {@link #ARGS}[op] int operands in
 * {@link CodeObject#code}. Superinstructions (FAST_*) are what the peephole pass fuses hot loops into.
 */
public final class Op {
    private Op() { }

    // Numbered coldest first: C2 parses the dispatch tableswitch in Interpreter.run from its highest key
    // down, and inlines callees only until run's inlining budget is spent (DesiredMethodLimit, 8000
    // bytecodes, more than half of them run's own), so the hot opcodes come last and get it.
    public static final int NOP = 0, ROT3 = 1, DUP2 = 2, DELETE_FAST = 3, STORE_GLOBAL = 4, DELETE_GLOBAL = 5, LOAD_NAME = 6,
            STORE_NAME = 7, DELETE_NAME = 8, LOAD_DEREF = 9, STORE_DEREF = 10, LOAD_CLOSURE = 11, DELETE_ATTR = 12,
            DELETE_SUBSCR = 13, BUILD_SLICE = 14, UNARY_NEG = 15, UNARY_NOT = 16, UNARY_POS = 17, UNARY_INVERT = 18,
            JUMP_IF_FALSE_OR_POP = 19, JUMP_IF_TRUE_OR_POP = 20, BUILD_TUPLE = 21, BUILD_LIST = 22, BUILD_SET = 23,
            BUILD_MAP = 24, LIST_APPEND = 25, SET_ADD = 26, MAP_ADD = 27, LIST_EXTEND = 28, DICT_UPDATE = 29,
            SET_UPDATE = 30, LIST_TO_TUPLE = 31, CALL_KW = 32, CALL_EX = 33, MAKE_FUNCTION = 34, BUILD_CLASS = 35,
            YIELD_VALUE = 36, RAISE = 37, CHECK_EXC_MATCH = 38, RERAISE = 39, FORMAT_VALUE = 40, BUILD_STRING = 41,
            IMPORT_NAME = 42, IMPORT_FROM = 43, LOAD_SUPER = 44, BEFORE_WITH = 45, WITH_EXIT = 46, WITH_EXCEPT = 47,
            ASSERT_FAIL = 48, UNSUPPORTED = 49, UNPACK_EX = 50, SEND = 51, GET_AWAITABLE = 52, BEFORE_ASYNC_WITH = 53,
            ASYNC_WITH_EXCEPT = 54, MATCH_PATTERN = 55, SET_HANDLED = 56, IMPORT_STAR = 57, ASYNC_GEN_WRAP = 58,
            // hot, hottest last
            GET_ITER = 59, UNPACK_SEQUENCE = 60, BINARY_INPLACE = 61, INPLACE_ADD = 62, BINARY_OP = 63, BINARY_MUL = 64,
            BINARY_SUB = 65, BINARY_ADD = 66, STORE_SUBSCR = 67, BINARY_SUBSCR = 68, COMPARE_GT = 69, COMPARE_LT = 70,
            COMPARE_OP = 71, FOR_ITER = 72, POP_JUMP_IF_TRUE = 73, POP_JUMP_IF_FALSE = 74, JUMP = 75,
            FAST_CMP_CONST_JUMP = 76, FAST_ADD_CONST = 77, RETURN_VALUE = 78, CALL = 79, CALL_METHOD = 80,
            LOAD_METHOD = 81, STORE_ATTR = 82, LOAD_ATTR = 83, LOAD_GLOBAL = 84, POP = 85, DUP = 86, ROT2 = 87,
            LOAD_CONST = 88, STORE_FAST = 89, LOAD_FAST = 90;

    private record Def(int op, String name, int args) { }

    private static final Def[] DEFS = {
            new Def(NOP, "NOP", 0), new Def(POP, "POP", 0), new Def(DUP, "DUP", 0), new Def(ROT2, "ROT2", 0), new Def(ROT3, "ROT3", 0), new Def(DUP2, "DUP2", 0),
            new Def(LOAD_CONST, "LOAD_CONST", 1), new Def(LOAD_FAST, "LOAD_FAST", 1), new Def(STORE_FAST, "STORE_FAST", 1), new Def(DELETE_FAST, "DELETE_FAST", 1),
            new Def(LOAD_GLOBAL, "LOAD_GLOBAL", 1), new Def(STORE_GLOBAL, "STORE_GLOBAL", 1), new Def(DELETE_GLOBAL, "DELETE_GLOBAL", 1),
            new Def(LOAD_NAME, "LOAD_NAME", 1), new Def(STORE_NAME, "STORE_NAME", 1), new Def(DELETE_NAME, "DELETE_NAME", 1),
            new Def(LOAD_DEREF, "LOAD_DEREF", 1), new Def(STORE_DEREF, "STORE_DEREF", 1), new Def(LOAD_CLOSURE, "LOAD_CLOSURE", 1),
            new Def(LOAD_ATTR, "LOAD_ATTR", 1), new Def(STORE_ATTR, "STORE_ATTR", 1), new Def(DELETE_ATTR, "DELETE_ATTR", 1),
            new Def(BINARY_SUBSCR, "BINARY_SUBSCR", 0), new Def(STORE_SUBSCR, "STORE_SUBSCR", 0), new Def(DELETE_SUBSCR, "DELETE_SUBSCR", 0), new Def(BUILD_SLICE, "BUILD_SLICE", 1),
            new Def(BINARY_ADD, "BINARY_ADD", 0), new Def(BINARY_SUB, "BINARY_SUB", 0), new Def(BINARY_MUL, "BINARY_MUL", 0), new Def(BINARY_OP, "BINARY_OP", 1),
            new Def(BINARY_INPLACE, "BINARY_INPLACE", 1),
            new Def(COMPARE_LT, "COMPARE_LT", 0), new Def(COMPARE_GT, "COMPARE_GT", 0), new Def(COMPARE_OP, "COMPARE_OP", 1),
            new Def(UNARY_NEG, "UNARY_NEG", 0), new Def(UNARY_NOT, "UNARY_NOT", 0), new Def(UNARY_POS, "UNARY_POS", 0), new Def(UNARY_INVERT, "UNARY_INVERT", 0),
            new Def(JUMP, "JUMP", 1), new Def(POP_JUMP_IF_FALSE, "POP_JUMP_IF_FALSE", 1), new Def(POP_JUMP_IF_TRUE, "POP_JUMP_IF_TRUE", 1),
            new Def(JUMP_IF_FALSE_OR_POP, "JUMP_IF_FALSE_OR_POP", 1), new Def(JUMP_IF_TRUE_OR_POP, "JUMP_IF_TRUE_OR_POP", 1),
            new Def(GET_ITER, "GET_ITER", 0), new Def(FOR_ITER, "FOR_ITER", 1),
            new Def(BUILD_TUPLE, "BUILD_TUPLE", 1), new Def(BUILD_LIST, "BUILD_LIST", 1), new Def(BUILD_SET, "BUILD_SET", 1), new Def(BUILD_MAP, "BUILD_MAP", 1),
            new Def(LIST_APPEND, "LIST_APPEND", 1), new Def(SET_ADD, "SET_ADD", 1), new Def(MAP_ADD, "MAP_ADD", 1),
            new Def(LIST_EXTEND, "LIST_EXTEND", 1), new Def(DICT_UPDATE, "DICT_UPDATE", 1), new Def(SET_UPDATE, "SET_UPDATE", 1),
            new Def(UNPACK_SEQUENCE, "UNPACK_SEQUENCE", 1), new Def(UNPACK_EX, "UNPACK_EX", 1), new Def(INPLACE_ADD, "INPLACE_ADD", 0), new Def(LIST_TO_TUPLE, "LIST_TO_TUPLE", 0),
            new Def(CALL, "CALL", 1), new Def(CALL_KW, "CALL_KW", 2), new Def(CALL_EX, "CALL_EX", 1),
            new Def(MAKE_FUNCTION, "MAKE_FUNCTION", 2), new Def(BUILD_CLASS, "BUILD_CLASS", 2),
            new Def(RETURN_VALUE, "RETURN_VALUE", 0), new Def(YIELD_VALUE, "YIELD_VALUE", 0),
            new Def(RAISE, "RAISE", 1), new Def(CHECK_EXC_MATCH, "CHECK_EXC_MATCH", 0), new Def(RERAISE, "RERAISE", 0),
            new Def(FORMAT_VALUE, "FORMAT_VALUE", 2), new Def(BUILD_STRING, "BUILD_STRING", 1),
            new Def(IMPORT_NAME, "IMPORT_NAME", 2), new Def(IMPORT_FROM, "IMPORT_FROM", 1), new Def(LOAD_SUPER, "LOAD_SUPER", 0),
            new Def(BEFORE_WITH, "BEFORE_WITH", 0), new Def(WITH_EXIT, "WITH_EXIT", 0), new Def(WITH_EXCEPT, "WITH_EXCEPT", 0),
            new Def(FAST_CMP_CONST_JUMP, "FAST_CMP_CONST_JUMP", 4), new Def(FAST_ADD_CONST, "FAST_ADD_CONST", 3),
            new Def(ASSERT_FAIL, "ASSERT_FAIL", 0), new Def(UNSUPPORTED, "UNSUPPORTED", 1),
            new Def(SEND, "SEND", 1), new Def(GET_AWAITABLE, "GET_AWAITABLE", 0),
            new Def(BEFORE_ASYNC_WITH, "BEFORE_ASYNC_WITH", 0), new Def(ASYNC_WITH_EXCEPT, "ASYNC_WITH_EXCEPT", 0),
            new Def(LOAD_METHOD, "LOAD_METHOD", 1), new Def(CALL_METHOD, "CALL_METHOD", 1),
            new Def(MATCH_PATTERN, "MATCH_PATTERN", 3), new Def(SET_HANDLED, "SET_HANDLED", 0),
            new Def(IMPORT_STAR, "IMPORT_STAR", 0), new Def(ASYNC_GEN_WRAP, "ASYNC_GEN_WRAP", 0)
    };

    /** One more than the largest opcode: the size of the tables below. */
    public static final int COUNT = Arrays.stream(DEFS).mapToInt(Def::op).max().orElseThrow() + 1;
    public static final String[] NAMES = new String[COUNT];
    public static final int[] ARGS = new int[COUNT];

    static {
        for (Def d : DEFS) {
            NAMES[d.op] = d.name;
            ARGS[d.op] = d.args;
        }
    }

    // operator ids for BINARY_OP / BINARY_INPLACE
    public static final int ADD = 0, SUB = 1, MUL = 2, TRUEDIV = 3, FLOORDIV = 4, MOD = 5, POW = 6,
            LSHIFT = 7, RSHIFT = 8, AND = 9, OR = 10, XOR = 11;
    public static final String[] BIN_SYMBOLS = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};

    /** FAST_CMP_CONST_JUMP's comparison operand: a comparison id (below) in the low bits, plus this flag to jump when it is true. */
    public static final int JUMP_IF_TRUE = 16, CMP_MASK = JUMP_IF_TRUE - 1;
    /** MAKE_FUNCTION's flags: which of the defaults tuple, keyword defaults dict and closure tuple are on the stack. */
    public static final int FN_DEFAULTS = 1, FN_KWDEFAULTS = 2, FN_CLOSURE = 4;
    /** CALL_EX's flag: a dict of keyword arguments is on the stack above the argument tuple. */
    public static final int CALL_EX_KWARGS = 1;
    /** UNPACK_EX's operand (a, *b, c = seq): the count before the star, shifted, or'ed with the count after it. */
    public static final int UNPACK_EX_SHIFT = 16, UNPACK_EX_AFTER = (1 << UNPACK_EX_SHIFT) - 1;

    // comparison ids for COMPARE_OP / FAST_CMP_CONST_JUMP
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5, IN = 6, NOT_IN = 7, IS = 8, IS_NOT = 9;
    public static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"};

    public static int binOp(String symbol) {
        for (int i = 0; i < BIN_SYMBOLS.length; i++) if (BIN_SYMBOLS[i].equals(symbol)) return i;
        throw new IllegalArgumentException(symbol);
    }

    public static int cmpOp(String symbol) {
        for (int i = 0; i < CMP_SYMBOLS.length; i++) if (CMP_SYMBOLS[i].equals(symbol)) return i;
        throw new IllegalArgumentException(symbol);
    }
}
