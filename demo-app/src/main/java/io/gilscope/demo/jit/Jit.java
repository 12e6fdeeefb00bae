package io.gilscope.demo.jit;

import io.gilscope.demo.vm.Interpreter;
import io.gilscope.demo.vm.Translation;

/**
 * --jit: whether hot code is translated to JVM bytecode or always interpreted. Worker processes
 * (multiprocessing) get their parent's mode through the system property {@link #PROPERTY}.
 */
public enum Jit {
    /** The default: a code object is translated once its frames have run this often. */
    ON(10),
    OFF(0),
    /** Every code object on its first run, and a failed translation is an error (for the tests). */
    ALWAYS(1);

    private final int hot;

    Jit(int hot) {
        this.hot = hot;
    }

    /** The system property that gives a worker process its parent's mode. */
    public static final String PROPERTY = "gilscope.demo.jit";
    private static volatile Jit installed = OFF;

    /** The mode named on the command line, or null. */
    public static Jit of(String name) {
        for (Jit j : values()) if (j.name().equalsIgnoreCase(name)) return j;
        return null;
    }

    /**
     * Sets the mode for the runs that follow. Under the GIL agent nothing is translated: the agent's
     * contract is the interpreter's dispatch method (docs/architecture.md), and translated code does
     * not run through it. --trace prints from that method too.
     */
    public void install() {
        installed = this;
        boolean interpretOnly = this == OFF || System.getProperty(Translation.AGENT_PROPERTY) != null || Interpreter.TRACE;
        Translation.use(interpretOnly ? null : new Translator(), hot, this == ALWAYS);
    }

    /** The mode the last {@link #install} set. */
    public static Jit installed() {
        return installed;
    }

    /** The command-line and {@link #PROPERTY} spelling of this mode. */
    public String option() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
