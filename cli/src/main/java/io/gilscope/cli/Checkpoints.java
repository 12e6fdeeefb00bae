package io.gilscope.cli;

import java.util.Locale;

/** Where a GIL holder looks for a drop request, as {@code run --checkpoints} takes it (agent option checkpoints). */
enum Checkpoints {
    /** At any dispatch: CPython 3.9 and before. */
    DISPATCH,
    /** At backward jumps, calls and returns only: CPython 3.10 and later. */
    BACKEDGE;

    String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return option();
    }
}
