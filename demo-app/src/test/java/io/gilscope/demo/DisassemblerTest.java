package io.gilscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** --dis, and the shape of the hot loop: countdown's body is two superinstructions per turn. */
class DisassemblerTest {
    @Test
    void countdownLoopIsTwoSuperinstructions() {
        PythonRun r = PythonRun.of("--dis", "bench/countdown_bench.py");
        assertEquals(0, r.exitCode());
        String f = r.stdout().substring(r.stdout().indexOf("Disassembly of <code object countdown"));
        f = f.substring(0, f.indexOf("\n\n"));
        assertTrue(f.contains("FAST_ADD_CONST         0 1 1  (n)"), f);
        assertEquals(2, f.lines().filter(l -> l.contains("FAST_CMP_CONST_JUMP")).count(), f);
        assertTrue(!f.contains(" JUMP "), "no plain JUMP back-edge:\n" + f);
    }
}
