package io.gilscope.demo.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gilscope.demo.Main;
import io.gilscope.demo.compile.Compiler;
import io.gilscope.demo.jit.Translator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which code runs translated to JVM bytecode (LanguageTest checks that it prints what CPython prints). */
class TranslationTest {
    private static final String PROGRAM = """
            def plain(n):
                t = 0
                for i in range(n):
                    t += i
                return t
            def handles(x):
                try:
                    return 1 // x
                except ZeroDivisionError:
                    return -1
            def gen(n):
                for i in range(n):
                    yield i
            def delegates(n):
                yield from gen(n)
            async def coro():
                return 7
            def matches(v):
                match v:
                    case [a, b]:
                        return a + b
                    case _:
                        return 0
            def once():
                t = 0
                for i in range(5000):
                    t += i
                return t
            print(plain(10), handles(0), handles(1), list(gen(3)), list(delegates(3)), matches([1, 2]))
            c = coro()
            try:
                c.send(None)
            except StopIteration as e:
                print(e.value)
            print(once())
            """;

    @AfterEach
    void interpretAgain() {
        Translation.use(null, 0, false);
    }

    @Test
    void everyFunctionButMatchIsTranslatedOnItsFirstRunWhenAlways() {
        Map<String, CodeObject> codes = run(1);
        for (String name : new String[]{"plain", "handles", "gen", "delegates", "coro", "once"}) {
            assertNotNull(codes.get(name).compiled, name + " translated");
        }
        assertNull(codes.get("matches").compiled, "match statements stay interpreted");
    }

    @Test
    void aFunctionCalledOnceIsTranslatedWhenItsLoopGetsHot() {
        Map<String, CodeObject> codes = run(10);
        assertNull(codes.get("plain").compiled, "one call is not hot");
        assertNotNull(codes.get("once").compiled, "5000 turns of a loop are");
    }

    /** Runs PROGRAM translating code on its hot-th run; its functions' code objects by name. */
    private static Map<String, CodeObject> run(int hot) {
        Translation.use(new Translator(), hot, true);
        CodeObject module = Compiler.compileModule(PROGRAM, "translated.py");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.execute(module, "translated.py", new String[0],
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, exit);
        assertEquals("45 -1 1 [0, 1, 2] [0, 1, 2] 3\n7\n12497500\n", out.toString(StandardCharsets.UTF_8));
        Map<String, CodeObject> codes = new HashMap<>();
        for (Object c : module.consts) if (c instanceof CodeObject co) codes.put(co.name, co);
        return codes;
    }
}
