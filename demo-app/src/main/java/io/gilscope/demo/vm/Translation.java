package io.gilscope.demo.vm;

import java.lang.invoke.MethodHandles;

/**
 * When code runs translated: a code object is translated to JVM bytecode the hot-th time a
 * frame of it starts or resumes, or when one of its loops has turned HOT_LOOP times, and from
 * then on {@link Interpreter#execute} runs its frames translated, and {@link Interpreter#run} hands
 * over a frame it is running at a loop's head. Only without
 * the GIL agent, whose contract is the dispatch method's switch, which translated code does not pass:
 * Main does not install a translator under it, and an agent attached later stops translation.
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
        if (t != null) watchForTheAgent();
    }

    /** What the GIL agent sets when it starts, at launch or attached later (its mode). */
    public static final String AGENT_PROPERTY = "gilscope.gil";
    private static Thread watch;

    /**
     * gilscope attach can load the agent into this JVM at any time; from then on frames must enter
     * the dispatch method, which the agent instruments. A daemon thread looks for the agent's
     * property every 50 ms and stops translation: frames started after that are interpreted, and
     * frames already running translated code run on outside the GIL, as frames already inside the
     * dispatch method do (README, "Attaching").
     */
    private static synchronized void watchForTheAgent() {
        if (watch != null) return;
        watch = new Thread(() -> {
            try {
                while (System.getProperty(AGENT_PROPERTY) == null) Thread.sleep(50);
                translator = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gilscope-jit-agent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Loop turns in one code object before it is translated: a function called once may loop long. */
    private static final int HOT_LOOP = 2000;

    /**
     * Counts a loop's turn in co; true when the frame should go on translated from the loop's head
     * (the translation takes frames at any loop head, as HotSpot's on-stack replacement does).
     */
    static boolean loopIsHot(CodeObject co) {
        CodeTranslator t = translator;
        if (t == null) return false;
        if (co.compiled != null) return true;
        if (++co.loopTurns != HOT_LOOP) return false;
        return translate(co, t) != null;
    }

    /** The translation to run co's frames with, or null to interpret them; counts co's runs. */
    static CompiledCode of(CodeObject co) {
        CodeTranslator t = translator;
        if (t == null) return null;   // interpreted only: --jit off, or the agent is in
        CompiledCode c = co.compiled;
        if (c != null) return c;
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
