package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyTuple;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a worker's exception in the parent, as CPython does: the same exception class (looked up by
 * module and name; a stand-in class when the parent does not have it) with the same args, whose
 * {@code __cause__} is a RemoteTraceback carrying the worker's traceback text, so the parent's report
 * shows the worker's frames, then "The above exception was the direct cause of ...", then its own.
 */
public final class RemoteErrors {
    private RemoteErrors() { }

    private static final Map<String, PyClass> STAND_INS = new ConcurrentHashMap<>();

    public static PyInstance rebuild(String module, String name, String message, Object args, String traceback,
                                     PyClass remoteTracebackClass) {
        PyInstance e = new PyInstance(findClass(module, name));
        e.attrs.put("args", args instanceof PyTuple t ? t : PyTuple.of(message));
        if (remoteTracebackClass != null) {
            PyInstance cause = new PyInstance(remoteTracebackClass);
            cause.attrs.put("args", PyTuple.of("\n\"\"\"\n" + traceback + "\"\"\""));
            e.attrs.put("__cause__", cause);
        }
        e.attrs.put("_remote_traceback", traceback);
        return e;
    }

    static PyClass findClass(String module, String name) {
        Object c = null;
        if (module.equals("builtins")) c = Builtins.get(name);
        else {
            PyModule m = Modules.LOADED.get(module.equals("__mp_main__") ? "__main__" : module);
            if (m != null) c = m.dict.get(name);
        }
        if (c instanceof PyClass pc && pc.isSubclassOf(Errors.BASE_EXCEPTION)) return pc;
        return STAND_INS.computeIfAbsent(module + "." + name, k -> {
            PyClass pc = new PyClass(name, Errors.EXCEPTION);
            pc.module = module;
            return pc;
        });
    }
}
