package io.gilscope.reports.analysis;

/**
 * One interpreter's GIL (agents since per-interpreter GILs number them: events' {@code interpreter},
 * 0 for the first), for a recording with more than one.
 *
 * @param threads    threads that held or waited for this GIL
 * @param dispatches from the GIL's last statistics event, or the holds' sum without one
 */
public record InterpreterSummary(int id, int threads, long heldNanos, long holds, long waitNanos, long waits, long dispatches) { }
