package io.gilscope.cli.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MachineLoadTest {
    @Test
    void warnsAboveHalfTheCores() {
        assertEquals(Optional.empty(), MachineLoad.busyWarning(0.8, 2));
        assertEquals(Optional.empty(), MachineLoad.busyWarning(-1, 2), "no load average on this platform");
        String w = MachineLoad.busyWarning(3.1, 2).orElseThrow();
        assertTrue(w.startsWith("the machine is busy (load 3.1 on 2 cores)"), w);
    }
}
