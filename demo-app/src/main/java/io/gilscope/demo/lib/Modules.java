package io.gilscope.demo.lib;

import io.gilscope.demo.vm.CodeObject;
import io.gilscope.demo.compile.Compiler;
import io.gilscope.demo.lex.SyntaxError;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.FileObjects;
import io.gilscope.demo.vm.Importer;
import io.gilscope.demo.vm.Interpreter;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.ReleasesGil;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.Traceback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The import system. {@link #BUILTIN} is THE one place where Java-implemented modules are registered:
 * one class per module in this package, each with a static {@code create()} returning a PyModule.
 * Dotted names ("concurrent.futures") are registered whole; parent packages are made on demand.
 * Python files are found next to the main script (a.py, a/b.py, a/__init__.py).
 */
public final class Modules {
    private Modules() { }

    private static final Map<String, Supplier<PyModule>> BUILTIN = new LinkedHashMap<>();

    static {
        register("sys", SysModule::create);
        register("time", TimeModule::create);
        register("traceback", TracebackModule::create);
        register("builtins", Builtins::module);
        register("threading", ThreadingModule::create);
        register("math", MathModule::create);
        register("cmath", CmathModule::create);
        register("re", ReModule::create);
        register("random", RandomModule::create);
        register("queue", QueueModule::create);
        register("os", OsModule::create);
        register("hashlib", HashlibModule::create);
        register("urllib.request", UrllibRequestModule::create);
        register("urllib.error", UrllibErrorModule::create);
        register("concurrent.futures", ConcurrentFuturesModule::create);
        register("concurrent.futures.process", ConcurrentFuturesModule::createProcess);
        register("concurrent.futures.thread", ConcurrentFuturesModule::createThread);
        register("concurrent.futures.interpreter", ConcurrentFuturesModule::createInterpreter);
        register("multiprocessing", MultiprocessingModule::create);
        register("multiprocessing.pool", MultiprocessingModule::createPool);
        register("numpy", NumpyModule::create);
        register("_asyncio_io", AsyncioIoModule::create);
        register("_io", Modules::io);
        register("concurrent.interpreters", InterpretersModule::create);
    }

    /** _io: what io.py takes from Java, open() and the error of an operation a file's mode does not allow. */
    private static PyModule io() {
        PyModule m = new PyModule("_io");
        m.dict.put("open", Builtins.get("open"));
        m.dict.put("UnsupportedOperation", FileObjects.UNSUPPORTED_OPERATION);
        return m;
    }

    /** CPython's standard library module names (a resource), for the error an import of a missing one gives. */
    private static final Set<String> STDLIB = stdlibNames();

    private static Set<String> stdlibNames() {
        try (InputStream in = Modules.class.getResourceAsStream("stdlib-modules.txt")) {
            if (in == null) return Set.of();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** sys.modules: name -> module, filled as modules load. */
    public static final ConcurrentHashMap<String, PyModule> LOADED = new ConcurrentHashMap<>();
    private static volatile Path searchPath = Path.of(".");
    private static volatile String mainScript;

    /** The program's file, as given when it started (a subinterpreter's is its creator's). */
    public static String mainScript() { return mainScript; }

    /**
     * sys.modules: the loaded modules by name, read and written through. An entry must be a module
     * (CPython takes any object); a program that stores something else gets a TypeError that says so.
     */
    public static Map<String, Object> modulesView() {
        return new java.util.AbstractMap<>() {
            @Override
            public Object get(Object name) { return LOADED.get(name); }

            @Override
            public Object put(String name, Object module) {
                if (!(module instanceof PyModule m)) {
                    throw Errors.typeError("sys.modules entries must be modules in gilscope's interpreter, not " + Ops.typeName(module));
                }
                return LOADED.put(name, m);
            }

            @Override
            public Object remove(Object name) { return LOADED.remove(name); }

            @Override
            public boolean containsKey(Object name) { return LOADED.containsKey(name); }

            @Override
            public java.util.Set<Map.Entry<String, Object>> entrySet() {
                java.util.Set<Map.Entry<String, Object>> now = new java.util.LinkedHashSet<>();
                LOADED.forEach((k, v) -> now.add(new SimpleImmutableEntry<>(k, v)));
                return now;
            }
        };
    }

    /** Registers a Java-implemented module; call from the static block above. */
    public static void register(String name, Supplier<PyModule> factory) {
        BUILTIN.put(name, factory);
    }

    private static final Importer IMPORTER = new Importer() {
        @Override
        public PyModule importName(String dotted, boolean leaf) { return Modules.importName(dotted, leaf); }

        @Override
        public Object importFrom(Object module, String name) { return Modules.importFrom(module, name); }
    };

    /**
     * Starts the import system for a program: forgets modules an earlier run in this JVM loaded (tests
     * run many), searches next to the main script, and becomes the VM's importer.
     */
    public static void start(String mainScript) {
        Modules.mainScript = mainScript;
        LOADED.clear();
        Path dir = Path.of(mainScript).toAbsolutePath().getParent();
        searchPath = dir == null ? Path.of(".") : dir;
        Interpreter.setImporter(IMPORTER);
        Interpreter.setSourceCompiler(Modules::compileSource);
    }

    /** exec's and eval's compiler: a SyntaxError in the source is a Python SyntaxError. */
    private static CodeObject compileSource(String source, String filename, boolean expression) {
        try {
            return expression ? Compiler.compileExpression(source, filename) : Compiler.compileExec(source, filename);
        } catch (SyntaxError e) {
            throw pythonError(e, filename);
        }
    }

    /** A compile error as the program sees it: SyntaxError, or NotImplementedError for a feature not supported. */
    private static PyException pythonError(SyntaxError e, String filename) {
        boolean unsupported = e.kind.equals("NotImplementedError");
        PyException p = Errors.make(unsupported ? Errors.NOT_IMPLEMENTED_ERROR : Errors.SYNTAX_ERROR,
                e.getMessage() + " (" + filename + ", line " + e.line + ")");
        if (!unsupported) {   // what tools read off a SyntaxError
            String text = Traceback.sourceLine(filename, e.line);
            p.value.attrs.put("msg", e.getMessage());
            p.value.attrs.put("filename", filename);
            p.value.attrs.put("lineno", (long) e.line);
            p.value.attrs.put("offset", (long) e.col);
            p.value.attrs.put("text", text == null ? PyNone.NONE : text + "\n");
        }
        return p;
    }

    /** import a.b.c: loads every prefix; returns the leaf, or the top package when leaf is false. */
    public static PyModule importName(String dotted, boolean leaf) {
        PyModule m = LOADED.get(dotted);
        if (m != null && leaf) return m;
        String[] parts = dotted.split("\\.");
        PyModule top = null;
        PyModule parent = null;
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (name.length() > 0) name.append('.');
            name.append(part);
            PyModule cur = load(name.toString());
            if (parent != null) parent.dict.putIfAbsent(part, cur);
            if (top == null) top = cur;
            parent = cur;
        }
        return leaf ? parent : top;
    }

    /** from m import name: an attribute, or a submodule m.name. */
    public static Object importFrom(Object module, String name) {
        Object v = Ops.getattrOrNull(module, name);
        if (v != null) return v;
        if (module instanceof PyModule m) {
            String sub = m.name + "." + name;
            if (BUILTIN.containsKey(sub) || LOADED.containsKey(sub) || findFile(sub) != null || bundledSource(sub) != null) {
                return importName(sub, true);
            }
            throw Errors.make(Errors.IMPORT_ERROR, "cannot import name '" + name + "' from '" + m.name + "'");
        }
        throw Errors.make(Errors.IMPORT_ERROR, "cannot import name '" + name + "'");
    }

    /**
     * Serialises module loading. Waiting for it must release the GIL: the thread that holds it runs
     * module code, which needs the GIL (CPython waits for its import locks with the GIL released too).
     */
    private static final ReentrantLock IMPORT_LOCK = new ReentrantLock();

    /** The blocking part of taking the import lock. */
    @ReleasesGil
    public static void waitForImportLock() {
        IMPORT_LOCK.lock();
    }

    private static PyModule load(String name) {
        PyModule m = LOADED.get(name);
        if (m != null) return m;
        if (!IMPORT_LOCK.tryLock()) waitForImportLock();
        try {
            m = LOADED.get(name);
            if (m != null) return m;
            m = moduleAttribute(name);
            if (m != null) return m;
            Supplier<PyModule> f = BUILTIN.get(name);
            if (f != null) {
                m = f.get();
                LOADED.put(name, m);
                return m;
            }
            Path file = findFile(name);
            if (file != null) return loadFile(name, file);
            String bundled = bundledSource(name);
            if (bundled != null) return loadSource(name, "<gilscope>/" + name.replace('.', '/') + ".py", bundled);
            if (isPackagePrefix(name) || Files.isDirectory(searchPath.resolve(name.replace('.', '/')))) {
                m = new PyModule(name);
                LOADED.put(name, m);
                return m;
            }
        } finally {
            IMPORT_LOCK.unlock();
        }
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        throw Errors.make(Errors.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'"
                + (STDLIB.contains(top) ? " (it is in CPython's standard library, not yet in gilscope's interpreter)" : ""));
    }

    /**
     * Gives a Java module a Python half for the names it lacks (PEP 562's module __getattr__): the
     * module pyModule, imported on first use, so that importing the Java module costs no compiling.
     */
    static void pythonHalf(PyModule m, String pyModule) {
        m.def("__getattr__", (a, k) -> {
            Object v = Ops.getattrOrNull(importName(pyModule, true), (String) a[0]);
            if (v == null) throw Errors.attributeError("module '" + m.name + "' has no attribute '" + a[0] + "'");
            m.dict.putIfAbsent((String) a[0], v);
            return v;
        });
    }

    /** a.b where module a has set a.b to a module, as os sets os.path (CPython's os puts it in sys.modules). */
    private static PyModule moduleAttribute(String name) {
        int dot = name.lastIndexOf('.');
        PyModule parent = dot < 0 ? null : LOADED.get(name.substring(0, dot));
        if (parent == null || !(Ops.getattrOrNull(parent, name.substring(dot + 1)) instanceof PyModule m)) return null;
        LOADED.put(name, m);
        return m;
    }

    private static boolean isPackagePrefix(String name) {
        for (String k : BUILTIN.keySet()) if (k.startsWith(name + ".")) return true;
        return false;
    }

    /** name.py or name/__init__.py in the directories of sys.path (the script's directory until the program changes it). */
    private static Path findFile(String name) {
        for (Path dir : searchDirectories()) {
            Path base = dir.resolve(name.replace('.', '/'));
            Path py = base.resolveSibling(base.getFileName() + ".py");
            if (Files.isRegularFile(py)) return py;
            Path init = base.resolve("__init__.py");
            if (Files.isRegularFile(init)) return init;
        }
        return null;
    }

    private static List<Path> searchDirectories() {
        PyModule sys = LOADED.get("sys");
        if (sys == null || !(sys.dict.get("path") instanceof PyList path)) return List.of(searchPath);
        List<Path> dirs = new ArrayList<>();
        for (Object entry : path.toArray()) {
            if (entry instanceof String s) dirs.add(s.isEmpty() ? Path.of(".") : Path.of(s));
        }
        return dirs;
    }

    /** The directory modules are first looked for in: the script's (sys.path[0]). */
    public static String scriptDirectory() { return searchPath.toString(); }

    /**
     * Compiles and runs a Python file as module {@code name} (registered in sys.modules first, so
     * circular imports see it). multiprocessing children can load the parent's script this way under
     * a name other than "__main__".
     */
    public static PyModule loadFile(String name, Path file) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.make(Errors.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
        return loadSource(name, file.toString(), source);
    }

    /**
     * Standard library modules written in Python (resources lib/py/NAME.py): found after the program's own
     * files, so that a program's bisect.py still wins, as on CPython.
     */
    private static String bundledSource(String name) {
        try (InputStream in = Modules.class.getResourceAsStream("py/" + name.replace('.', '/') + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static PyModule loadSource(String name, String filename, String source) {
        Traceback.addSource(filename, source);
        CodeObject co;
        try {
            co = Compiler.compileModule(source, filename);
        } catch (SyntaxError e) {
            throw pythonError(e, filename);
        }
        PyModule m = new PyModule(name);
        m.dict.put("__file__", filename);
        LOADED.put(name, m);
        try {
            Interpreter.runModule(co, m.dict);
        } catch (RuntimeException e) {
            LOADED.remove(name);
            throw e;
        }
        return m;
    }
}
