package io.gilscope.demo;

import io.gilscope.demo.jit.Translator;
import io.gilscope.demo.vm.Interpreter;
import io.gilscope.demo.vm.Translation;

/** --jit: whether hot code is translated to JVM bytecode (io.gilscope.demo.jit) or always interpreted. */
enum Jit {
    /** The default: a code object is translated once its frames have run this often. */
    ON(10),
    OFF(0),
    /** Every code object on its first run, and a failed translation is an error (for the tests). */
    ALWAYS(1);

    private final int hot;

    Jit(int hot) {
        this.hot = hot;
    }

    /** The mode named on the command line, or null. */
    static Jit of(String name) {
        for (Jit j : values()) if (j.name().equalsIgnoreCase(name)) return j;
        return null;
    }

    /**
     * Sets the mode for the runs that follow. Under the GIL agent nothing is translated: the agent's
     * contract is the interpreter's dispatch method (docs/architecture.md), and translated code does
     * not run through it. --trace prints from that method too.
     */
    void install() {
        boolean interpretOnly = this == OFF || System.getProperty(Translation.AGENT_PROPERTY) != null || Interpreter.TRACE;
        Translation.use(interpretOnly ? null : new Translator(), hot, this == ALWAYS);
    }
}
