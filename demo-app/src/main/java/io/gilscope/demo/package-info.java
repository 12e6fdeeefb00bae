/**
 * gilscope-demo, a Python-subset interpreter, in layers that use only the layers below them (no package
 * cycles; {@code ArchitectureTest} checks): {@link io.gilscope.demo.Main} wires the stages; {@code lib}
 * (with {@code lib.futures}, {@code lib.http}, {@code lib.numpy}) holds the built-in modules and the import
 * system; {@code jit} translates hot code objects to JVM bytecode (using {@code compile}'s stack depths);
 * the front end {@code compile} -> {@code parse} -> {@code lex} turns source into code objects;
 * and {@code vm}, at the bottom, is the object model, the bytecode and the interpreter that runs it.
 * {@code shared}, beside them and using only the JDK, is what every interpreter in the JVM shares (the
 * queues of {@code concurrent.interpreters}): each subinterpreter loads its own copy of everything else.
 *
 * <p>The scanner and parser produce plain Java values, and the compiler turns them into Python objects.
 * The VM reaches up only through {@link io.gilscope.demo.vm.Importer}, which {@code lib.Modules} installs,
 * and {@link io.gilscope.demo.vm.CodeTranslator}, which {@code jit.Jit} installs.
 */
package io.gilscope.demo;
