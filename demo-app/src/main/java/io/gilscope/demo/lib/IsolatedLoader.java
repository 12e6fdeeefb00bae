package io.gilscope.demo.lib;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * The class loader of one subinterpreter: it defines its own copy of demo-app's classes (so the
 * interpreter has its own statics: modules, threads, the standard streams, and under the agent its
 * own GIL) and leaves everything else, the JDK, the agent's runtime and the shared package
 * ({@link io.gilscope.demo.shared}), to the application's loader.
 */
final class IsolatedLoader extends URLClassLoader {
    private static final String OWN = "io.gilscope.demo.";
    private static final String SHARED = "io.gilscope.demo.shared.";

    static {
        registerAsParallelCapable();
    }

    IsolatedLoader(URL demoApp, String name) {
        super(name, new URL[] {demoApp}, IsolatedLoader.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(OWN) || name.startsWith(SHARED)) return super.loadClass(name, resolve);
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) c = findClass(name);
            if (resolve) resolveClass(c);
            return c;
        }
    }
}
