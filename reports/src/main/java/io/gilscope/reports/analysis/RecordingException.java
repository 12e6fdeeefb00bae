package io.gilscope.reports.analysis;

/** A recording that cannot be read at all (missing, not JFR). The message is one line for the user. */
public final class RecordingException extends Exception {
    public RecordingException(String message) { super(message); }
}
