package io.gilscope.demo.lib;

import io.gilscope.demo.compile.Compiler;
import io.gilscope.demo.lex.SyntaxError;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Interpreter;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.Traceback;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * The entry points of a subinterpreter, called by {@link InterpretersModule} in the creating
 * interpreter, on its thread, through method handles: this class is the subinterpreter's own copy
 * (see {@link IsolatedLoader}). Everything that crosses is a JDK type: source text, values encoded
 * by {@link Wire}, failures as {type, message, traceback} strings.
 */
public final class SubinterpreterMain {
    private static PyModule main;
    private static String program;

    private SubinterpreterMain() { }

    /** Makes this interpreter's __main__ (empty, as CPython's) and sends its output where the creator's goes. */
    public static void start(long id, String programFile, PrintStream out, PrintStream err) {
        Builtins.out = out;
        Builtins.err = err;
        program = programFile;
        Modules.start(programFile == null ? "." : programFile);
        main = new PyModule("__main__");
        Modules.LOADED.put("__main__", main);
        InterpretersModule.becomeSubinterpreter(id, RESOLVER);
    }

    /** exec(): runs source in __main__. @return null, or the uncaught exception */
    public static String[] exec(String source) {
        try {
            Interpreter.runModule(Compiler.compileModule(source, "<string>"), main.dict);
            return null;
        } catch (PyException e) {
            return failure(e.value);
        } catch (SyntaxError e) {
            return new String[] {"SyntaxError", e.getMessage(), ""};
        } catch (StackOverflowError e) {
            return new String[] {"RecursionError", "maximum recursion depth exceeded", ""};
        }
    }

    /** prepare_main(): binds the names of an encoded dict in __main__. @return null, or why not */
    public static String[] bind(byte[] names) {
        try {
            for (Object[] kv : ((PyDict) Wire.decode(names, RESOLVER)).entries()) main.dict.put(Ops.str(kv[0]), kv[1]);
            return null;
        } catch (PyException e) {
            return failure(e.value);
        }
    }

    /**
     * call(): decodes (function, args, kwargs), calls, and encodes the result.
     * @return {encoded result, null} or {null, the uncaught exception}
     */
    public static Object[] call(byte[] request) {
        try {
            Object[] r = ((PyTuple) Wire.decode(request, RESOLVER)).items;
            Object[] args = ((PyTuple) r[1]).items;
            List<Object[]> kw = ((PyDict) r[2]).entries();
            Object[] all = new Object[args.length + kw.size()];
            String[] names = kw.isEmpty() ? null : new String[kw.size()];
            System.arraycopy(args, 0, all, 0, args.length);
            for (int i = 0; i < kw.size(); i++) {
                names[i] = Ops.str(kw.get(i)[0]);
                all[args.length + i] = kw.get(i)[1];
            }
            return new Object[] {Wire.encode(Ops.call(r[0], all, names)), null};
        } catch (PyException e) {
            return new Object[] {null, failure(e.value)};
        } catch (StackOverflowError e) {
            return new Object[] {null, new String[] {"RecursionError", "maximum recursion depth exceeded", ""}};
        }
    }

    /** Functions of the creator's __main__ are found in this interpreter's import of the program, as a spawned worker finds them. */
    private static final Wire.Resolver RESOLVER = (module, name) ->
            Wire.DEFAULT_RESOLVER.resolve(module.equals("__main__") ? programModule() : module, name);

    private static synchronized String programModule() {
        if (!Modules.LOADED.containsKey("__mp_main__")) {
            if (program == null) throw Errors.runtimeError("this interpreter has no program to find __main__'s functions in");
            try {
                WorkerMain.loadProgram(program, false);
            } catch (IOException e) {
                throw Errors.make(Errors.OS_ERROR, "can't open file '" + program + "': " + e.getMessage());
            }
        }
        return "__mp_main__";
    }

    private static String[] failure(PyInstance exc) {
        String message;
        try {
            message = Ops.str(exc);
        } catch (RuntimeException e) {
            message = "<exception str() failed>";
        }
        return new String[] {exc.cls.name, message, Traceback.format(exc)};
    }
}
