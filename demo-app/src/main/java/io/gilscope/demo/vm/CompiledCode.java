package io.gilscope.demo.vm;

/**
 * A code object translated to JVM bytecode (see {@link Translation}): runs a frame from f.pc to its
 * return or next yield exactly as {@link Interpreter#run} would, leaving f.pc, f.sp and f.s as run
 * leaves them, so {@link Interpreter#execute} handles its exceptions and generators resume it alike.
 */
public interface CompiledCode {
    Object run(Frame f);
}
