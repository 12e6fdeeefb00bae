package io.gilscope.reports.analysis;

/**
 * The longest single GIL hold during which other threads waited for the GIL.
 *
 * @param othersWaitingNanos time other threads spent waiting during the hold (timeline resolution)
 * @param reacquisitions times the holder dropped and re-took the GIL with nobody in between
 */
public record LongHold(String process, String thread, long nanos, long othersWaitingNanos, long reacquisitions) {}
