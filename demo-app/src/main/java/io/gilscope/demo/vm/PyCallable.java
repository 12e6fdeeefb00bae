package io.gilscope.demo.vm;

/**
 * Anything callable from Python. The last {@code kwnames.length} entries of {@code args} are keyword
 * arguments named by {@code kwnames} (null when there are none).
 */
public interface PyCallable {
    Object call(Object[] args, String[] kwnames);
}
