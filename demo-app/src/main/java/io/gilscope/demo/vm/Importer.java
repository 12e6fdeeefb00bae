package io.gilscope.demo.vm;

/**
 * The import system as the VM sees it (IMPORT_NAME, IMPORT_FROM, {@code __import__}). Finding,
 * compiling and registering modules is above the VM: lib.Modules installs itself with
 * {@link Interpreter#setImporter} when a program starts.
 */
public interface Importer {
    /** import a.b.c: the leaf module, or the top package when leaf is false. */
    PyModule importName(String dotted, boolean leaf);

    /** from m import name: an attribute, or a submodule m.name. */
    Object importFrom(Object module, String name);
}
