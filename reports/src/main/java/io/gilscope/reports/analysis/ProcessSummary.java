package io.gilscope.reports.analysis;

import java.util.List;
import java.util.Map;

/**
 * Everything the reports show about one process (one recording file), or about several combined.
 *
 * @param label "pid 1234" or the file name; "combined" for the combined view
 * @param gilPresent whether the recording has gilscope events (made under the agent)
 * @param agent how the agent ran (unknown values without gilscope events)
 * @param longestContendedHold the longest hold while others waited, or null
 * @param timeline null for the combined view of several processes
 * @param stalls GIL holders that blocked outside any release method while others waited, by fix
 * @param where where in the interpreter's code the GIL was held and waited for (empty without a location hook)
 * @param interpreters each interpreter's GIL, with more than one (CPython's subinterpreters); else empty
 * @param warmUp when the dispatch method was optimised by the JIT; null for the combined view of several
 *        processes, and without gilscope events or the recording's {@code jdk.Compilation} events
 */
public record ProcessSummary(String label, long pid, String program, boolean gilPresent, AgentConfiguration agent,
                             long recordingStartNanos, long recordingEndNanos, GilMetrics gil,
                             List<ThreadSummary> threads, List<NamedStats> blockingMethods,
                             Map<String, Long> releaseReasons, long[] waitLog2Micros, LongHold longestContendedHold,
                             Timeline.Data timeline,
                             LockSummary locks, List<Stall> stalls, WarmUp warmUp, List<RecordingInfo> recordings, long events,
                             Where where, List<InterpreterSummary> interpreters, List<Finding> findings) {

    public long wallNanos() {
        return recordingEndNanos > recordingStartNanos ? recordingEndNanos - recordingStartNanos : 0;
    }

    public boolean complete() {
        return recordings.stream().allMatch(RecordingInfo::complete);
    }

    ProcessSummary withFindings(List<Finding> f) {
        return new ProcessSummary(label, pid, program, gilPresent, agent, recordingStartNanos, recordingEndNanos, gil,
                threads, blockingMethods, releaseReasons, waitLog2Micros, longestContendedHold, timeline, locks, stalls, warmUp, recordings, events,
                where, interpreters, List.copyOf(f));
    }
}
