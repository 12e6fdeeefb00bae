package io.gilscope.demo.lex;

/** An imaginary literal's value ({@code 2j}): the scanner's plain value, made a complex by the compiler. */
public record Imaginary(double value) { }
