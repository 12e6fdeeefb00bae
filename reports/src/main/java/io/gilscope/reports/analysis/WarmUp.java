package io.gilscope.reports.analysis;

/**
 * When the JIT's optimising compiler (C2, level 4) first finished compiling the dispatch method, set
 * against the interpreter's time: what ran before it ran in the JVM's slower tiers, so a phase timed
 * then is slower than the same phase later.
 *
 * @param method          the dispatch method (Class#method); of several, the one compiled last
 * @param compiledAtNanos epoch ns when its first C2 compilation (whole or OSR) ended, or -1 if none did while recorded
 * @param heldBeforeNanos GIL hold time (mode off: running time) of all threads before then
 * @param heldNanos       all GIL hold time
 */
public record WarmUp(String method, long compiledAtNanos, long heldBeforeNanos, long heldNanos) {
    public boolean compiled() {
        return compiledAtNanos >= 0;
    }

    public double shareBefore() {
        return heldNanos > 0 ? (double) heldBeforeNanos / heldNanos : 0;
    }
}
