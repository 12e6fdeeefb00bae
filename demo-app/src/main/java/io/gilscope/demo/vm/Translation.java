package io.gilscope.demo.vm;

import java.lang.invoke.MethodHandles;

/**
 * When code runs translated: a code object is translated to JVM bytecode the {@link #hot}-th time a
 * frame of it starts or resumes, and from then on {@link Interpreter#execute} runs its frames through
 * the translation instead of {@link Interpreter#run}. Only without the GIL agent: the agent's contract
 * is the dispatch method, which translated code does not pass through (Main decides).
 */
public final class Translation {
    private Translation() { }

    private static volatile CodeTranslator translator;
    private static volatile int hot;
    private static volatile boolean strict;

    /**
     * Translates code objects with t once hot (1: on their first run); strict: a translation that
     * fails is an error instead of leaving the code interpreted (the tests' setting). t null: never.
     */
    public static void use(CodeTranslator t, int hot, boolean strict) {
        Translation.hot = hot;
        Translation.strict = strict;
        Translation.translator = t;
    }

    /** What {@link Interpreter#run} returns to have execute go on with the frame's translation. */
    static final Object GO_ON_TRANSLATED = new Object();

    /** Loop turns in one code object before it is translated: a function called once may loop long. */
    private static final int HOT_LOOP = 2000;

    /**
     * Counts a loop's turn in co; true when the frame should go on translated from the loop's head
     * (the translation takes frames at any loop head, as HotSpot's on-stack replacement does).
     */
    static boolean loopIsHot(CodeObject co) {
        if (co.compiled != null) return true;
        CodeTranslator t = translator;
        if (t == null || ++co.loopTurns != HOT_LOOP) return false;
        return translate(co, t) != null;
    }

    /** The translation to run co's frames with, or null to interpret them; counts co's runs. */
    static CompiledCode of(CodeObject co) {
        CompiledCode c = co.compiled;
        CodeTranslator t = translator;
        if (c != null || t == null) return c;
        if (++co.runs != hot) return null;   // unsynchronised: a lost count only delays the translation
        return translate(co, t);
    }

    private static CompiledCode translate(CodeObject co, CodeTranslator t) {
        CompiledCode c;
        try {
            c = t.translate(co, MethodHandles.lookup());
        } catch (RuntimeException | LinkageError e) {
            if (strict) throw new IllegalStateException("cannot translate " + co.qualname, e);
            return null;   // the interpreter runs it, as before it was hot
        }
        co.compiled = c;
        return c;
    }
}
