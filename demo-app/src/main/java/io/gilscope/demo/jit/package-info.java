/**
 * A baseline compiler: translates hot code objects to JVM bytecode, one class per code object, so
 * that HotSpot compiles each Python function on its own instead of every function through the one
 * dispatch loop. Depends on vm and compile (for stack depths); vm reaches it only through
 * {@link io.gilscope.demo.vm.CodeTranslator}, which {@link io.gilscope.demo.jit.Jit} (--jit)
 * installs for Main and for worker processes.
 */
package io.gilscope.demo.jit;
