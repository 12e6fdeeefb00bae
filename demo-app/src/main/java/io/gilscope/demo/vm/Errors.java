package io.gilscope.demo.vm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The builtin exception classes and factories for raising them from Java. */
public final class Errors {
    private Errors() { }

    public static final Map<String, PyClass> ALL = new LinkedHashMap<>();

    public static final PyClass BASE_EXCEPTION = define("BaseException", Types.OBJECT);
    public static final PyClass SYSTEM_EXIT = define("SystemExit", BASE_EXCEPTION);
    public static final PyClass KEYBOARD_INTERRUPT = define("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyClass GENERATOR_EXIT = define("GeneratorExit", BASE_EXCEPTION);
    public static final PyClass EXCEPTION = define("Exception", BASE_EXCEPTION);
    /** BaseExceptionGroup and ExceptionGroup (3.11); with single inheritance ExceptionGroup is not a BaseExceptionGroup. */
    public static final PyClass BASE_EXCEPTION_GROUP = define("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyClass EXCEPTION_GROUP = define("ExceptionGroup", EXCEPTION);
    public static final PyClass STOP_ITERATION = define("StopIteration", EXCEPTION);
    public static final PyClass STOP_ASYNC_ITERATION = define("StopAsyncIteration", EXCEPTION);
    public static final PyClass ARITHMETIC_ERROR = define("ArithmeticError", EXCEPTION);
    public static final PyClass ZERO_DIVISION_ERROR = define("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyClass OVERFLOW_ERROR = define("OverflowError", ARITHMETIC_ERROR);
    public static final PyClass ASSERTION_ERROR = define("AssertionError", EXCEPTION);
    public static final PyClass ATTRIBUTE_ERROR = define("AttributeError", EXCEPTION);
    public static final PyClass LOOKUP_ERROR = define("LookupError", EXCEPTION);
    public static final PyClass INDEX_ERROR = define("IndexError", LOOKUP_ERROR);
    public static final PyClass KEY_ERROR = define("KeyError", LOOKUP_ERROR);
    public static final PyClass NAME_ERROR = define("NameError", EXCEPTION);
    public static final PyClass UNBOUND_LOCAL_ERROR = define("UnboundLocalError", NAME_ERROR);
    public static final PyClass RUNTIME_ERROR = define("RuntimeError", EXCEPTION);
    public static final PyClass NOT_IMPLEMENTED_ERROR = define("NotImplementedError", RUNTIME_ERROR);
    public static final PyClass RECURSION_ERROR = define("RecursionError", RUNTIME_ERROR);
    public static final PyClass TYPE_ERROR = define("TypeError", EXCEPTION);
    public static final PyClass VALUE_ERROR = define("ValueError", EXCEPTION);
    public static final PyClass UNICODE_ERROR = define("UnicodeError", VALUE_ERROR);
    public static final PyClass UNICODE_ENCODE_ERROR = define("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyClass UNICODE_DECODE_ERROR = define("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyClass IMPORT_ERROR = define("ImportError", EXCEPTION);
    public static final PyClass MODULE_NOT_FOUND_ERROR = define("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyClass EOF_ERROR = define("EOFError", EXCEPTION);
    public static final PyClass OS_ERROR = define("OSError", EXCEPTION);
    public static final PyClass FILE_NOT_FOUND_ERROR = define("FileNotFoundError", OS_ERROR);
    public static final PyClass FILE_EXISTS_ERROR = define("FileExistsError", OS_ERROR);
    public static final PyClass IS_A_DIRECTORY_ERROR = define("IsADirectoryError", OS_ERROR);
    public static final PyClass NOT_A_DIRECTORY_ERROR = define("NotADirectoryError", OS_ERROR);
    public static final PyClass PERMISSION_ERROR = define("PermissionError", OS_ERROR);
    public static final PyClass TIMEOUT_ERROR = define("TimeoutError", OS_ERROR);
    public static final PyClass CONNECTION_ERROR = define("ConnectionError", OS_ERROR);
    public static final PyClass CONNECTION_REFUSED_ERROR = define("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyClass CONNECTION_RESET_ERROR = define("ConnectionResetError", CONNECTION_ERROR);
    public static final PyClass BROKEN_PIPE_ERROR = define("BrokenPipeError", CONNECTION_ERROR);
    public static final PyClass SYNTAX_ERROR = define("SyntaxError", EXCEPTION);
    public static final PyClass MEMORY_ERROR = define("MemoryError", EXCEPTION);
    /** The OSError subclass OSError(errno, ...) makes, as CPython's errno map. */
    private static final Map<Long, PyClass> ERRNO_CLASSES = Map.of(2L, FILE_NOT_FOUND_ERROR, 17L, FILE_EXISTS_ERROR,
            21L, IS_A_DIRECTORY_ERROR, 20L, NOT_A_DIRECTORY_ERROR, 13L, PERMISSION_ERROR, 1L, PERMISSION_ERROR, 110L, TIMEOUT_ERROR,
            111L, CONNECTION_REFUSED_ERROR, 104L, CONNECTION_RESET_ERROR, 32L, BROKEN_PIPE_ERROR);

    /** The warning categories (the warnings module, lib/py/warnings.py, issues them). */
    public static final PyClass WARNING = define("Warning", EXCEPTION);

    static {
        for (String name : new String[] {"UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning",
                "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"}) {
            define(name, WARNING);
        }
    }
    /** An interpreter bug surfaced as a Python exception (never a Java stack trace). */
    public static final PyClass INTERNAL_ERROR = define("InternalError", EXCEPTION);

    static {
        // A StackOverflowError becomes a RecursionError with almost no stack left, where loading and
        // initialising a class would overflow again and leave it unusable: make one now, so that all
        // the classes an exception needs are ready.
        make(RECURSION_ERROR, "maximum recursion depth exceeded").value.addTraceback("<start>", 0, "<start>");
        BASE_EXCEPTION.def("__init__", (a, k) -> {
            ((PyInstance) a[0]).attrs.put("args", new PyTuple(Arrays.copyOfRange(a, 1, a.length)));
            return PyNone.NONE;
        });
        BASE_EXCEPTION.def("with_traceback", (a, k) -> a[0]);
        HandledExceptions.defineAttributes(BASE_EXCEPTION);
        OS_ERROR.def("__init__", (a, k) -> {
            initOsError((PyInstance) a[0], Arrays.copyOfRange(a, 1, a.length));
            return PyNone.NONE;
        });
        OS_ERROR.def("__str__", (a, k) -> osErrorStr((PyInstance) a[0]));
        OS_ERROR.constructor = (a, k) -> {   // OSError(errno, ...) is the subclass for that errno, as in CPython
            PyClass cls = a.length >= 2 && a[0] instanceof Long n ? ERRNO_CLASSES.getOrDefault(n, OS_ERROR) : OS_ERROR;
            PyInstance e = new PyInstance(cls);
            initOsError(e, a);
            return e;
        };
        for (PyClass group : new PyClass[] {BASE_EXCEPTION_GROUP, EXCEPTION_GROUP}) {
            group.def("__init__", (a, k) -> {
                Args.count(group.name, a, 3, 3);
                PyInstance self = (PyInstance) a[0];
                java.util.List<Object> excs = Ops.iterToList(a[2]);
                if (excs.isEmpty()) throw valueError("second argument (exceptions) must be a non-empty sequence");
                for (Object e : excs) if (!isException(e)) throw valueError("Item " + excs.indexOf(e) + " of second argument (exceptions) is not an exception");
                self.attrs.put("args", new PyTuple(new Object[] {a[1], a[2]}));
                self.attrs.put("message", a[1]);
                self.attrs.put("exceptions", new PyTuple(excs.toArray()));
                return PyNone.NONE;
            });
            group.def("__str__", (a, k) -> {
                PyInstance self = (PyInstance) a[0];
                int n = ((PyTuple) self.attrs.get("exceptions")).size();
                return Ops.str(self.attrs.get("message")) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
            });
        }
        SYSTEM_EXIT.def("__init__", (a, k) -> {
            exitCode((PyInstance) a[0], Arrays.copyOfRange(a, 1, a.length));
            return PyNone.NONE;
        });
        STOP_ITERATION.def("__init__", (a, k) -> {
            ((PyInstance) a[0]).attrs.put("args", new PyTuple(Arrays.copyOfRange(a, 1, a.length)));
            ((PyInstance) a[0]).attrs.put("value", a.length > 1 ? a[1] : PyNone.NONE);
            return PyNone.NONE;
        });
        ALL.put("EnvironmentError", OS_ERROR);
        ALL.put("IOError", OS_ERROR);
    }

    private static PyClass define(String name, PyClass base) {
        PyClass c = new PyClass(name, base);
        ALL.put(name, c);
        return c;
    }

    /** An exception class of a library module (not a builtin: not registered by name). */
    public static PyClass moduleError(String name, PyClass base, String module) {
        PyClass c = new PyClass(name, base);
        c.module = module;
        return c;
    }

    public static PyInstance instance(PyClass cls, Object... args) {
        PyInstance e = new PyInstance(cls);
        e.attrs.put("args", new PyTuple(args));
        return e;
    }

    /** sys.exit(*args): a SystemExit whose code is None, its one argument, or the tuple of them. */
    public static PyException systemExit(Object[] args) {
        PyInstance e = new PyInstance(SYSTEM_EXIT);
        exitCode(e, args);
        return new PyException(e);
    }

    private static void exitCode(PyInstance e, Object[] args) {
        e.attrs.put("args", new PyTuple(args));
        e.attrs.put("code", args.length == 0 ? PyNone.NONE : args.length == 1 ? args[0] : new PyTuple(args));
    }

    /** An OSError (or subclass) as CPython's os functions raise them: errno, strerror and the file name. */
    public static PyException osError(PyClass cls, int errno, String strerror, String filename) {
        PyInstance e = new PyInstance(cls);
        initOsError(e, filename == null ? new Object[] {(long) errno, strerror} : new Object[] {(long) errno, strerror, filename});
        return new PyException(e);
    }

    /** OSError.__init__: with 2 to 5 arguments, errno, strerror, filename, winerror and filename2; args keeps the first two. */
    private static void initOsError(PyInstance e, Object[] args) {
        boolean errnoForm = args.length >= 2 && args.length <= 5;
        e.attrs.put("args", new PyTuple(errnoForm ? Arrays.copyOf(args, 2) : args));
        e.attrs.put("errno", errnoForm ? args[0] : PyNone.NONE);
        e.attrs.put("strerror", errnoForm ? args[1] : PyNone.NONE);
        e.attrs.put("filename", errnoForm && args.length > 2 ? args[2] : PyNone.NONE);
        e.attrs.put("filename2", errnoForm && args.length > 4 ? args[4] : PyNone.NONE);
    }

    private static String osErrorStr(PyInstance e) {
        Object errno = e.attrs.get("errno"), strerror = e.attrs.get("strerror");
        Object file = e.attrs.get("filename"), file2 = e.attrs.get("filename2");
        String head = "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
        if (file != null && file != PyNone.NONE) {
            return head + ": " + Ops.repr(file) + (file2 != null && file2 != PyNone.NONE ? " -> " + Ops.repr(file2) : "");
        }
        if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) return head;
        PyTuple args = Ops.exceptionArgs(e);
        return args.size() == 0 ? "" : args.size() == 1 ? Ops.str(args.get(0)) : Ops.repr(args);
    }

    public static PyException make(PyClass cls, String message) {
        return new PyException(instance(cls, message));
    }

    public static PyException typeError(String m) { return make(TYPE_ERROR, m); }
    public static PyException valueError(String m) { return make(VALUE_ERROR, m); }
    public static PyException indexError(String m) { return make(INDEX_ERROR, m); }
    public static PyException nameError(String m) { return make(NAME_ERROR, m); }
    public static PyException attributeError(String m) { return make(ATTRIBUTE_ERROR, m); }
    public static PyException zeroDivision(String m) { return make(ZERO_DIVISION_ERROR, m); }
    public static PyException runtimeError(String m) { return make(RUNTIME_ERROR, m); }
    public static PyException overflow(String m) { return make(OVERFLOW_ERROR, m); }

    /** StopIteration carrying a generator's return value (none when it returned None, as CPython raises it). */
    public static PyException stopIteration(Object value) {
        PyInstance e = value == PyNone.NONE ? instance(STOP_ITERATION) : instance(STOP_ITERATION, value);
        e.attrs.put("value", value);
        return new PyException(e);
    }

    public static PyException keyError(Object key) {
        return new PyException(instance(KEY_ERROR, key));
    }

    public static PyException notSupported(String feature) {
        return make(NOT_IMPLEMENTED_ERROR, feature + " is not supported by gilscope's interpreter");
    }

    public static boolean isException(Object o) {
        return o instanceof PyInstance i && i.cls.isSubclassOf(BASE_EXCEPTION);
    }
}
