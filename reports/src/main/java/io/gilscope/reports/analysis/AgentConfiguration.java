package io.gilscope.reports.analysis;

import java.util.List;

/**
 * How the agent ran, as its {@code gilscope.GilConfiguration} events say (docs/events.md).
 *
 * @param mode                GIL mode, null if unknown ("mixed" for a combined view of processes in different modes)
 * @param switchIntervalNanos -1 if unknown
 * @param checkInterval       legacy mode's dispatches between drops, -1 if unknown
 * @param dispatchMethods     comma-separated {@code Class#method}, null if unknown
 * @param agentVersion        null if unknown
 * @param dispatchesCounted   whether dispatch counts mean anything: false when the agent did not count (option
 *                            count=false in modes new and fair), or for a combined view when any process did not;
 *                            the counts are then 0
 * @param checkpoints         where a holder looked for drop requests: dispatch (any dispatch, CPython 3.9 and before),
 *                            backedge (backward jumps, calls and returns, CPython 3.10+), "mixed", or null if unknown
 * @param eventSchemaVersion  -1 if unknown
 * @param attached            the agent was loaded into the running JVM ({@code gilscope attach}), not at its start
 * @param runningAtAttach     threads that were inside a dispatch frame then: those frames ran without the GIL
 *                            until they returned
 */
public record AgentConfiguration(String mode, long switchIntervalNanos, int checkInterval, String dispatchMethods,
                                 String agentVersion, boolean dispatchesCounted, String checkpoints, int eventSchemaVersion,
                                 boolean attached, List<String> runningAtAttach) {

    /** Whether holders looked for drop requests only at backward jumps, calls and returns (checkpoints=backedge). */
    public boolean backEdgeCheckpoints() {
        return "backedge".equals(checkpoints);
    }

    /** Mode off: no lock, so holds are running periods and nobody waits. */
    public boolean lockless() {
        return "off".equals(mode);
    }
}
