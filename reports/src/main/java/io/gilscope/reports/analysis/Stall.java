package io.gilscope.reports.analysis;

/**
 * GIL holders that blocked outside any release method while others waited ({@code gilscope.GilStall},
 * from the agent's watchdog), grouped by the release= option that would fix them.
 *
 * @param fix      the agent option to add (release=pkg.Class#method), or empty if the watchdog found none
 * @param thread   a thread that stalled there
 * @param state    its thread state: WAITING, TIMED_WAITING or BLOCKED
 * @param frames   its top frames, one per line, when it stalled longest
 * @param count    stalls seen
 * @param released how many times the watchdog took the GIL from it (onstall=release)
 * @param longestNanos the longest time a holder had been blocked when the watchdog acted
 */
public record Stall(String fix, String thread, String state, String frames, long count, long released, long longestNanos) {
    Stall add(Stall s) {
        Stall longer = s.longestNanos > longestNanos ? s : this;
        return new Stall(fix, longer.thread, longer.state, longer.frames, count + s.count, released + s.released,
                longer.longestNanos);
    }
}
