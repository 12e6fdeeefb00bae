package io.gilscope.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassScanTest {
    /**
     * Rhino 1.8.1's interpretLoop is 7,243 bytes of bytecode (javap); instrumented it runs compiled at 7.8 KB
     * (-XX:+PrintCompilation), under HotSpot's 8,000-byte limit, so the estimate must sit between the two.
     */
    @Test
    void estimatesTheInstrumentedSizeFromTheCodeLength() {
        ClassScan scan = ClassScan.of(ClassScan.read(getClass().getClassLoader(), "org.mozilla.javascript.Interpreter"), "interpretLoop");
        assertTrue(scan.methodFound);
        assertEquals(1, scan.withSwitch.size());
        assertTrue(scan.instrumentedSize > 7243 && scan.instrumentedSize < ClassScan.HUGE_METHOD_LIMIT, "estimate " + scan.instrumentedSize);
    }

    @Test
    void aSmallDispatchMethodStaysSmall() {
        ClassScan scan = ClassScan.of(ClassScan.read(getClass().getClassLoader(), "tinyvm.Vm"), "exec");
        assertFalse(scan.withSwitch.isEmpty());
        assertTrue(scan.instrumentedSize > 100 && scan.instrumentedSize < 2000, "estimate " + scan.instrumentedSize);
    }
}
