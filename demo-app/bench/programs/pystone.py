# Pystone: a Dhrystone-style integer benchmark (records, procedures on global state, string compares, arrays).
from _runner import main

LOOPS = 50000

# Enumeration values.
IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)
TRUE = 1
FALSE = 0


class Record:
    def __init__(self, ptr_comp=None, discr=0, enum_comp=0, int_comp=0, string_comp=""):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.string_comp = string_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp, self.int_comp, self.string_comp)


# Global state, reset by reset_globals() before every run.
int_glob = 0
bool_glob = FALSE
char1_glob = "\0"
char2_glob = "\0"
array1_glob = []
array2_glob = []
ptr_glob = None
ptr_glob_next = None


def reset_globals():
    global int_glob, bool_glob, char1_glob, char2_glob, array1_glob, array2_glob
    global ptr_glob, ptr_glob_next
    int_glob = 0
    bool_glob = FALSE
    char1_glob = "\0"
    char2_glob = "\0"
    array1_glob = [0] * 51
    array2_glob = [x[:] for x in [array1_glob] * 51]
    ptr_glob = None
    ptr_glob_next = None


def proc_0(loops):
    global int_glob, bool_glob, char1_glob, char2_glob, ptr_glob, ptr_glob_next

    ptr_glob_next = Record()
    ptr_glob = Record(ptr_comp=ptr_glob_next, discr=IDENT_1, enum_comp=IDENT_3,
                      int_comp=40, string_comp="DHRYSTONE PROGRAM, SOME STRING")
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    array2_glob[8][7] = 10

    int1 = int2 = int3 = 0
    for _ in range(loops):
        proc_5()
        proc_4()
        int1 = 2
        int2 = 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum = IDENT_2
        bool_glob = not func_2(string1, string2)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc_7(int1, int2)
            int1 = int1 + 1
        proc_8(array1_glob, array2_glob, int1, int3)
        ptr_glob = proc_1(ptr_glob)
        char_index = "A"
        while char_index <= char2_glob:
            if enum == func_1(char_index, "C"):
                enum = proc_6(IDENT_1)
            char_index = chr(ord(char_index) + 1)
        int3 = int2 * int1
        int2 = int3 // int1
        int2 = 7 * (int3 - int2) - int1
        int1 = proc_2(int1)
    return int1, int2, int3, enum


def proc_1(ptr_in):
    ptr_in.ptr_comp = following = ptr_glob.copy()
    ptr_in.int_comp = 5
    following.int_comp = ptr_in.int_comp
    following.ptr_comp = ptr_in.ptr_comp
    following.ptr_comp = proc_3(following.ptr_comp)
    if following.discr == IDENT_1:
        following.int_comp = 6
        following.enum_comp = proc_6(ptr_in.enum_comp)
        following.ptr_comp = ptr_glob.ptr_comp
        following.int_comp = proc_7(following.int_comp, 10)
    else:
        ptr_in = following.copy()
    following.ptr_comp = None
    return ptr_in


def proc_2(int_io):
    local = int_io + 10
    enum = IDENT_3
    while True:
        if char1_glob == "A":
            local = local - 1
            int_io = local - int_glob
            enum = IDENT_1
        if enum == IDENT_1:
            break
    return int_io


def proc_3(ptr_out):
    global int_glob
    if ptr_glob is not None:
        ptr_out = ptr_glob.ptr_comp
    else:
        int_glob = 100
    ptr_glob.int_comp = proc_7(10, int_glob)
    return ptr_out


def proc_4():
    global char2_glob
    flag = char1_glob == "A"
    flag = flag or bool_glob
    char2_glob = "B"


def proc_5():
    global char1_glob, bool_glob
    char1_glob = "A"
    bool_glob = FALSE


def proc_6(enum_in):
    enum_out = enum_in
    if not func_3(enum_in):
        enum_out = IDENT_4
    if enum_in == IDENT_1:
        enum_out = IDENT_1
    elif enum_in == IDENT_2:
        enum_out = IDENT_1 if int_glob > 100 else IDENT_4
    elif enum_in == IDENT_3:
        enum_out = IDENT_2
    elif enum_in == IDENT_4:
        pass
    elif enum_in == IDENT_5:
        enum_out = IDENT_3
    return enum_out


def proc_7(in1, in2):
    local = in1 + 2
    return in2 + local


def proc_8(array1, array2, in1, in2):
    global int_glob
    local = in1 + 5
    array1[local] = in2
    array1[local + 1] = array1[local]
    array1[local + 30] = local
    for index in range(local, local + 2):
        array2[local][index] = local
    array2[local][local - 1] = array2[local][local - 1] + 1
    array2[local + 20][local] = array1[local]
    int_glob = 5


def func_1(char1, char2):
    local1 = char1
    local2 = local1
    if local2 != char2:
        return IDENT_1
    return IDENT_2


def func_2(str1, str2):
    local = 1
    char = "\0"
    while local <= 1:
        if func_1(str1[local], str2[local + 1]) == IDENT_1:
            char = "A"
            local = local + 1
    if "W" <= char <= "Z":
        local = 7
    if char == "X":
        return TRUE
    if str1 > str2:
        local = local + 7
        return TRUE
    return FALSE


def func_3(enum_in):
    local = enum_in
    if local == IDENT_3:
        return TRUE
    return FALSE


def bench():
    reset_globals()
    locals_out = proc_0(LOOPS)
    return (int_glob, bool_glob, char1_glob, char2_glob, array1_glob[8], array2_glob[8][7],
            ptr_glob.int_comp, ptr_glob.enum_comp, ptr_glob.ptr_comp.int_comp) + locals_out


main(bench)
