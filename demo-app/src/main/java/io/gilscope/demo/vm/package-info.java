/**
 * The VM: the bytecode ({@link io.gilscope.demo.vm.Op}, {@link io.gilscope.demo.vm.CodeObject}, printed
 * by {@link io.gilscope.demo.vm.Disassembler}), {@link io.gilscope.demo.vm.Interpreter#run} (one frame, one
 * switch; the GIL agent's dispatch point) and the object model. It is the bottom layer: it uses no other
 * package of demo-app.
 *
 * <p>Python values are plain Java objects: int = {@code Long} (normalised to {@code BigInteger} only
 * beyond 64 bits), bool = {@code Boolean}, float = {@code Double}, str = {@code String}, None =
 * {@link io.gilscope.demo.vm.PyNone#NONE}, bytes = {@link io.gilscope.demo.vm.PyBytes}, list/tuple/
 * dict/set = {@code PyList}/{@code PyTuple}/{@code PyDict}/{@code PySet} (each operation atomic,
 * synchronized on the object: there is no GIL), functions = {@code PyFunction} (Python) or
 * {@code BuiltinFunction} (Java), classes = {@code PyClass} (builtin types too, see {@code Types}),
 * instances and exceptions = {@code PyInstance}, iterators implement {@code PyIter} (null = exhausted),
 * modules = {@code PyModule} with a {@code ConcurrentHashMap} namespace. A raised exception travels as
 * the Java {@link io.gilscope.demo.vm.PyException} wrapping its Python instance.
 */
package io.gilscope.demo.vm;
