package io.gilscope.demo.vm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java method that blocks its thread (sleep, join, lock wait, I/O). The GIL agent matches this
 * annotation by simple name and releases the GIL for the method's duration. An annotated method must
 * be a small leaf that only blocks: it must never call back into Python code ({@link Interpreter#run}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReleasesGil { }
