package io.gilscope.demo.vm;

import java.lang.invoke.MethodHandles;

/** Translates a code object to JVM bytecode (io.gilscope.demo.jit implements it). */
public interface CodeTranslator {
    /**
     * The translated code, or null for code it does not translate (coroutines, match statements).
     * vm is a lookup in this package: the translated class is defined there, so it may call the
     * interpreter's package-private instruction bodies ({@code InstructionBodies}).
     */
    CompiledCode translate(CodeObject co, MethodHandles.Lookup vm);
}
