/**
 * Built-in modules implemented in Java, one class per module, each with a static {@code create()}.
 *
 * <p>To add a module (e.g. {@code hashlib}):
 * <ol>
 *   <li>Write {@code HashlibModule} here with {@code public static PyModule create()}.</li>
 *   <li>Register it in the static block of {@link io.gilscope.demo.lib.Modules} (the one place):
 *       {@code register("hashlib", HashlibModule::create);} Dotted names such as
 *       {@code "concurrent.futures"} are registered whole; the parent package is created on demand.</li>
 * </ol>
 *
 * <p>Functions: {@code m.def("name", (args, kwnames) -> ...)}. The last {@code kwnames.length} entries
 * of {@code args} are keyword arguments; {@link io.gilscope.demo.vm.Args#parse} maps them to named
 * parameters. Return Python values (see {@link io.gilscope.demo.vm.Ops} for the mapping), raise with
 * {@code throw Errors.valueError("...")} and friends.
 *
 * <p>Classes: {@code PyClass c = new PyClass("Future", Types.OBJECT); c.module = "concurrent.futures";}
 * then {@code c.def("result", (a, k) -> ...)} where {@code a[0]} is self (a {@code PyInstance}; keep the
 * Java state in {@code self.nativeState}, Python-visible attributes in {@code self.attrs}). Set
 * {@code c.constructor} to build instances yourself, or define {@code __init__}. Python code may
 * subclass such classes (see threading.Thread).
 *
 * <p>Calling Python from Java: {@code Ops.call(callable, args, kwnames)} or {@code Ops.callPy(f, x, y)}.
 * Starting a thread that runs Python code: {@link io.gilscope.demo.lib.ThreadingModule#startPythonThread}.
 *
 * <p>Blocking: any method that blocks the thread (I/O, waits, sleeps, native compute meant to run in
 * parallel) must be a small {@code public static} leaf annotated {@link io.gilscope.demo.vm.ReleasesGil}
 * that never calls back into Python; the GIL agent releases the GIL around it.
 */
package io.gilscope.demo.lib;
