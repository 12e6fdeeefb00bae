package io.gilscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.demo.compile.Compiler;
import io.gilscope.demo.lib.Modules;
import io.gilscope.demo.lib.QueueModule;
import io.gilscope.demo.lib.ThreadingModule;
import io.gilscope.demo.lib.TimeModule;
import io.gilscope.demo.vm.CodeObject;
import io.gilscope.demo.vm.Frame;
import io.gilscope.demo.vm.Interpreter;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.ReleasesGil;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/** What the GIL agent relies on (docs/architecture.md, "The agent's contract"). */
class AgentContractTest {
    @Test
    void dispatchMethodHasExactlyOneSwitch() throws Exception {
        Method run = Interpreter.class.getMethod("run", Frame.class);
        assertTrue(Modifier.isStatic(run.getModifiers()));
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringWriter out = new StringWriter();
        javap.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-p", "-cp", "target/classes",
                Interpreter.class.getName());
        String text = out.toString();
        int start = text.indexOf("public static java.lang.Object run(io.gilscope.demo.vm.Frame);");
        assertTrue(start >= 0, "run(Frame) not found in javap output");
        int end = text.indexOf("\n\n", start);
        String body = text.substring(start, end < 0 ? text.length() : end);
        long switches = body.lines().filter(l -> l.contains("tableswitch") || l.contains("lookupswitch")).count();
        assertEquals(1, switches, "Interpreter#run must contain exactly one switch");
    }

    /**
     * run lets exceptions out (f.pc at the failing instruction) and execute handles them, which keeps
     * run small. Not required by the agent: its exit catch-all comes after run's own handlers.
     */
    @Test
    void exceptionsAreHandledOutsideRun() {
        CodeObject code = Compiler.compileModule("try:\n    x = 1 // 0\nexcept ZeroDivisionError:\n    x = 'handled'\n", "t.py");
        ConcurrentHashMap<String, Object> globals = new ConcurrentHashMap<>();
        Frame frame = new Frame(code, null, globals);
        PyException e = assertThrows(PyException.class, () -> Interpreter.run(frame));
        assertEquals("ZeroDivisionError", e.value.cls.name);
        assertEquals(2, code.lineAt(frame.pc));
        Interpreter.execute(new Frame(code, null, globals));
        assertEquals("handled", globals.get("x"));
    }

    @Test
    void blockingMethodsAreAnnotated() throws Exception {
        Retention retention = ReleasesGil.class.getAnnotation(Retention.class);
        assertEquals(RetentionPolicy.RUNTIME, retention.value());
        assertNotNull(TimeModule.class.getMethod("sleep", long.class).getAnnotation(ReleasesGil.class));
        assertNotNull(ThreadingModule.class.getMethod("join", Thread.class, long.class).getAnnotation(ReleasesGil.class));
        assertNotNull(ThreadingModule.class.getMethod("acquire", Semaphore.class, long.class).getAnnotation(ReleasesGil.class));
        assertNotNull(QueueModule.class.getMethod("awaitItem", QueueModule.State.class, long.class)
                .getAnnotation(ReleasesGil.class));
        assertNotNull(Modules.class.getMethod("waitForImportLock").getAnnotation(ReleasesGil.class));
    }

    @Test
    void threadsAreNamedLikePython() {
        PythonRun r = PythonRun.of("src/test/resources/lang/threads.py");
        assertTrue(r.stdout().contains("'Thread-1 (worker)'"), r.stdout());
        assertTrue(r.stdout().contains("MainThread"), r.stdout());
    }
}
