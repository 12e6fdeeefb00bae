package io.gilscope.reports.check;

/** Input that {@code check} cannot use (exit 2): a bad budget, a missing or corrupt run, a schema mismatch. One line. */
public final class CheckException extends Exception {
    public CheckException(String message) { super(message); }
}
