package io.gilscope.demo.vm;

import java.util.Arrays;

/**
 * Opcodes. An instruction is one int opcode followed by {@link #ARGS}[op] int operands in
 * {@link CodeObject#code}. Superinstructions (FAST_*) are what the peephole pass fuses hot loops into.
 */
public final class Op {
    private Op() { }

    public static final int NOP = 0, POP = 1, DUP = 2, ROT2 = 3, ROT3 = 4, DUP2 = 5,
            LOAD_CONST = 6, LOAD_FAST = 7, STORE_FAST = 8, DELETE_FAST = 9,
            LOAD_GLOBAL = 10, STORE_GLOBAL = 11, DELETE_GLOBAL = 12,
            LOAD_NAME = 13, STORE_NAME = 14, DELETE_NAME = 15,
            LOAD_DEREF = 16, STORE_DEREF = 17, LOAD_CLOSURE = 18,
            LOAD_ATTR = 19, STORE_ATTR = 20, DELETE_ATTR = 21,
            BINARY_SUBSCR = 22, STORE_SUBSCR = 23, DELETE_SUBSCR = 24, BUILD_SLICE = 25,
            BINARY_ADD = 26, BINARY_SUB = 27, BINARY_MUL = 28, BINARY_OP = 29,
            COMPARE_LT = 30, COMPARE_OP = 31,
            UNARY_NEG = 32, UNARY_NOT = 33, UNARY_POS = 34, UNARY_INVERT = 35,
            JUMP = 36, POP_JUMP_IF_FALSE = 37, POP_JUMP_IF_TRUE = 38,
            JUMP_IF_FALSE_OR_POP = 39, JUMP_IF_TRUE_OR_POP = 40,
            GET_ITER = 41, FOR_ITER = 42,
            BUILD_TUPLE = 43, BUILD_LIST = 44, BUILD_SET = 45, BUILD_MAP = 46,
            LIST_APPEND = 47, SET_ADD = 48, MAP_ADD = 49, LIST_EXTEND = 50, DICT_UPDATE = 51, SET_UPDATE = 52,
            UNPACK_SEQUENCE = 53, LIST_TO_TUPLE = 54,
            CALL = 55, CALL_KW = 56, CALL_EX = 57,
            MAKE_FUNCTION = 58, BUILD_CLASS = 59,
            RETURN_VALUE = 60, YIELD_VALUE = 61,
            RAISE = 62, CHECK_EXC_MATCH = 63, RERAISE = 64,
            FORMAT_VALUE = 65, BUILD_STRING = 66,
            IMPORT_NAME = 67, IMPORT_FROM = 68, LOAD_SUPER = 69,
            BEFORE_WITH = 70, WITH_EXIT = 71, WITH_EXCEPT = 72,
            FAST_CMP_CONST_JUMP = 73, FAST_ADD_CONST = 74,
            ASSERT_FAIL = 77, UNSUPPORTED = 78,
            BINARY_INPLACE = 79, COMPARE_GT = 80, UNPACK_EX = 81, INPLACE_ADD = 82,
            SEND = 83, GET_AWAITABLE = 84, BEFORE_ASYNC_WITH = 85, ASYNC_WITH_EXCEPT = 86,
            LOAD_METHOD = 87, CALL_METHOD = 88, MATCH_PATTERN = 89, SET_HANDLED = 90, IMPORT_STAR = 91, ASYNC_GEN_WRAP = 92;

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
