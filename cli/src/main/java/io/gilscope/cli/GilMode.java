package io.gilscope.cli;

import java.util.Locale;

/** The agent's GIL designs, as {@code run --mode} takes them. */
enum GilMode {
    NEW, LEGACY, FAIR, OFF;

    /** The agent option's value. */
    String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return option();
    }
}
