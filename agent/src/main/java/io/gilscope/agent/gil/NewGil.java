package io.gilscope.agent.gil;

/** Mode {@code new}: CPython 3.2+, timed drop requests and forced switching; everything is in {@link Gil}. */
final class NewGil extends Gil {
    NewGil(long intervalNanos, int checkInterval, boolean countsDispatches) {
        super(intervalNanos, checkInterval, countsDispatches);
    }

    @Override
    public String mode() { return "new"; }
}
