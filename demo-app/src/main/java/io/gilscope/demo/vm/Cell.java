package io.gilscope.demo.vm;

/** A variable shared between a function and its closures; null means unbound. */
public final class Cell {
    public Object value;

    public Cell(Object value) { this.value = value; }
}
