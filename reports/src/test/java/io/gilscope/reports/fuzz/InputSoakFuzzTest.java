package io.gilscope.reports.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The same targets as {@link InputFuzzTest}, fuzzed for 10 minutes each: the Maven profile
 * {@code fuzz} (mvn -Pfuzz -pl reports test -Dtest='InputSoakFuzzTest#recording').
 */
class InputSoakFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void recording(byte[] data) {
        FuzzTargets.recording(data);
    }

    @FuzzTest(maxDuration = "10m")
    void summaryJson(byte[] data) {
        FuzzTargets.summaryJson(data);
    }

    @FuzzTest(maxDuration = "10m")
    void budget(byte[] data) {
        FuzzTargets.budget(FuzzTargets.text(data));
    }
}
