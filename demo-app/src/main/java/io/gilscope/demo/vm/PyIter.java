package io.gilscope.demo.vm;

/** The iterator protocol on the Java side: {@link #next()} returns null when exhausted. */
public interface PyIter {
    Object next();
}
