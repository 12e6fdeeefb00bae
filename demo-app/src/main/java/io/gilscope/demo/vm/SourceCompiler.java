package io.gilscope.demo.vm;

/**
 * Compiling source at run time (exec, eval), which is above the VM: lib.Modules installs the compiler
 * with {@link Interpreter#setSourceCompiler} when a program starts, as it installs the importer.
 */
public interface SourceCompiler {
    /** A module's code for exec, or, with {@code expression}, code that returns the value of one expression (eval). */
    CodeObject compile(String source, String filename, boolean expression);
}
