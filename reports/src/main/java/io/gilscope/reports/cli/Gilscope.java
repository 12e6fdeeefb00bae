package io.gilscope.reports.cli;

/** Placeholder command line until the reports land. */
public final class Gilscope {
    public static void main(String[] args) {
        System.err.println("gilscope reports: not built yet");
        System.exit(2);
    }
}
