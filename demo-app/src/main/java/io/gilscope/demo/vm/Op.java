package io.gilscope.demo.vm;

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
            BINARY_INPLACE = 79, COMPARE_GT = 80, UNPACK_EX = 81, INPLACE_ADD = 82;

    public static final int COUNT = 83;
    public static final String[] NAMES = new String[COUNT];
    public static final int[] ARGS = new int[COUNT];

    private static void def(int op, String name, int args) {
        NAMES[op] = name;
        ARGS[op] = args;
    }

    static {
        def(NOP, "NOP", 0); def(POP, "POP", 0); def(DUP, "DUP", 0); def(ROT2, "ROT2", 0); def(ROT3, "ROT3", 0); def(DUP2, "DUP2", 0);
        def(LOAD_CONST, "LOAD_CONST", 1); def(LOAD_FAST, "LOAD_FAST", 1); def(STORE_FAST, "STORE_FAST", 1); def(DELETE_FAST, "DELETE_FAST", 1);
        def(LOAD_GLOBAL, "LOAD_GLOBAL", 1); def(STORE_GLOBAL, "STORE_GLOBAL", 1); def(DELETE_GLOBAL, "DELETE_GLOBAL", 1);
        def(LOAD_NAME, "LOAD_NAME", 1); def(STORE_NAME, "STORE_NAME", 1); def(DELETE_NAME, "DELETE_NAME", 1);
        def(LOAD_DEREF, "LOAD_DEREF", 1); def(STORE_DEREF, "STORE_DEREF", 1); def(LOAD_CLOSURE, "LOAD_CLOSURE", 1);
        def(LOAD_ATTR, "LOAD_ATTR", 1); def(STORE_ATTR, "STORE_ATTR", 1); def(DELETE_ATTR, "DELETE_ATTR", 1);
        def(BINARY_SUBSCR, "BINARY_SUBSCR", 0); def(STORE_SUBSCR, "STORE_SUBSCR", 0); def(DELETE_SUBSCR, "DELETE_SUBSCR", 0); def(BUILD_SLICE, "BUILD_SLICE", 1);
        def(BINARY_ADD, "BINARY_ADD", 0); def(BINARY_SUB, "BINARY_SUB", 0); def(BINARY_MUL, "BINARY_MUL", 0); def(BINARY_OP, "BINARY_OP", 1);
        def(BINARY_INPLACE, "BINARY_INPLACE", 1);
        def(COMPARE_LT, "COMPARE_LT", 0); def(COMPARE_GT, "COMPARE_GT", 0); def(COMPARE_OP, "COMPARE_OP", 1);
        def(UNARY_NEG, "UNARY_NEG", 0); def(UNARY_NOT, "UNARY_NOT", 0); def(UNARY_POS, "UNARY_POS", 0); def(UNARY_INVERT, "UNARY_INVERT", 0);
        def(JUMP, "JUMP", 1); def(POP_JUMP_IF_FALSE, "POP_JUMP_IF_FALSE", 1); def(POP_JUMP_IF_TRUE, "POP_JUMP_IF_TRUE", 1);
        def(JUMP_IF_FALSE_OR_POP, "JUMP_IF_FALSE_OR_POP", 1); def(JUMP_IF_TRUE_OR_POP, "JUMP_IF_TRUE_OR_POP", 1);
        def(GET_ITER, "GET_ITER", 0); def(FOR_ITER, "FOR_ITER", 1);
        def(BUILD_TUPLE, "BUILD_TUPLE", 1); def(BUILD_LIST, "BUILD_LIST", 1); def(BUILD_SET, "BUILD_SET", 1); def(BUILD_MAP, "BUILD_MAP", 1);
        def(LIST_APPEND, "LIST_APPEND", 1); def(SET_ADD, "SET_ADD", 1); def(MAP_ADD, "MAP_ADD", 1);
        def(LIST_EXTEND, "LIST_EXTEND", 1); def(DICT_UPDATE, "DICT_UPDATE", 1); def(SET_UPDATE, "SET_UPDATE", 1);
        def(UNPACK_SEQUENCE, "UNPACK_SEQUENCE", 1); def(UNPACK_EX, "UNPACK_EX", 1); def(INPLACE_ADD, "INPLACE_ADD", 0); def(LIST_TO_TUPLE, "LIST_TO_TUPLE", 0);
        def(CALL, "CALL", 1); def(CALL_KW, "CALL_KW", 2); def(CALL_EX, "CALL_EX", 1);
        def(MAKE_FUNCTION, "MAKE_FUNCTION", 2); def(BUILD_CLASS, "BUILD_CLASS", 2);
        def(RETURN_VALUE, "RETURN_VALUE", 0); def(YIELD_VALUE, "YIELD_VALUE", 0);
        def(RAISE, "RAISE", 1); def(CHECK_EXC_MATCH, "CHECK_EXC_MATCH", 0); def(RERAISE, "RERAISE", 0);
        def(FORMAT_VALUE, "FORMAT_VALUE", 2); def(BUILD_STRING, "BUILD_STRING", 1);
        def(IMPORT_NAME, "IMPORT_NAME", 2); def(IMPORT_FROM, "IMPORT_FROM", 1); def(LOAD_SUPER, "LOAD_SUPER", 0);
        def(BEFORE_WITH, "BEFORE_WITH", 0); def(WITH_EXIT, "WITH_EXIT", 0); def(WITH_EXCEPT, "WITH_EXCEPT", 0);
        def(FAST_CMP_CONST_JUMP, "FAST_CMP_CONST_JUMP", 4); def(FAST_ADD_CONST, "FAST_ADD_CONST", 3);
        def(ASSERT_FAIL, "ASSERT_FAIL", 0); def(UNSUPPORTED, "UNSUPPORTED", 1);
    }

    // operator ids for BINARY_OP / BINARY_INPLACE
    public static final int ADD = 0, SUB = 1, MUL = 2, TRUEDIV = 3, FLOORDIV = 4, MOD = 5, POW = 6,
            LSHIFT = 7, RSHIFT = 8, AND = 9, OR = 10, XOR = 11;
    public static final String[] BIN_SYMBOLS = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};

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
