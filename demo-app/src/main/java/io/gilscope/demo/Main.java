package io.gilscope.demo;

/** Placeholder entry point until the interpreter lands. */
public final class Main {
    public static void main(String[] args) {
        System.err.println("gilscope-demo: interpreter not built yet");
        System.exit(2);
    }
}
