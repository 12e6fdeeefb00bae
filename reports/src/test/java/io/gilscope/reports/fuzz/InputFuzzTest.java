package io.gilscope.reports.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer on gilscope's input readers. Without JAZZER_FUZZ these run their seeds and saved findings
 * (src/test/resources/io/gilscope/reports/fuzz/InputFuzzTestInputs) as ordinary tests; .ci/run fuzzes
 * each for 15 s (JAZZER_FUZZ=1, one target per Maven run); {@link InputSoakFuzzTest} for 10 minutes.
 */
class InputFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void recording(byte[] data) {
        FuzzTargets.recording(data);
    }

    @FuzzTest(maxDuration = "15s")
    void summaryJson(byte[] data) {
        FuzzTargets.summaryJson(data);
    }

    @FuzzTest(maxDuration = "15s")
    void budget(byte[] data) {
        FuzzTargets.budget(FuzzTargets.text(data));
    }
}
