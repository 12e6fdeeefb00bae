package io.gilscope.cli.claims;

/**
 * What the measurements say about a claim, always with the reason: the medians against the claim's
 * bound, or why they cannot say (a busy machine, repetitions on both sides of the bound, failed runs).
 */
public record Verdict(State state, String reason) {
    /** The three answers a measurement can give. */
    public enum State {
        HOLDS("holds"), DOES_NOT_HOLD("does not hold"), INCONCLUSIVE("inconclusive");

        public final String label;

        State(String label) {
            this.label = label;
        }
    }

    static Verdict holds(String reason) {
        return new Verdict(State.HOLDS, reason);
    }

    static Verdict doesNotHold(String reason) {
        return new Verdict(State.DOES_NOT_HOLD, reason);
    }

    static Verdict inconclusive(String reason) {
        return new Verdict(State.INCONCLUSIVE, reason);
    }

    static Verdict of(boolean holds, String reason) {
        return holds ? holds(reason) : doesNotHold(reason);
    }

    @Override
    public String toString() {
        return state.label + ": " + reason;
    }
}
