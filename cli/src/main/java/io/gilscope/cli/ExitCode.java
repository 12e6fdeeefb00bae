package io.gilscope.cli;

/** The exit statuses of every gilscope command. */
public final class ExitCode {
    /** Done: written, printed, passed. */
    public static final int OK = 0;
    /** A verdict against you: {@code check} found a regression, a demo run failed. */
    public static final int FAILED = 1;
    /** Unusable input or command line, with one line on stderr. */
    public static final int UNUSABLE = 2;

    private ExitCode() { }
}
