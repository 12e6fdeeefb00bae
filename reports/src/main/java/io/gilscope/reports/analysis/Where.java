package io.gilscope.reports.analysis;

import java.util.List;

/**
 * Where in the interpreter's own code the GIL was held and waited for, from the stacks the agent's
 * location hook put in the events (docs/events.md); all empty for recordings without them.
 *
 * @param heldAt   hold time by the holder's innermost frame when it let the GIL go
 * @param waitedAt wait time by the waiter's innermost frame when it began to wait
 * @param blame    wait time by "waiter's frame ← holder's frame": what each wait waited for
 * @param blocking blocking-call time by the innermost frame that made the call
 * @param heldFlame hold time by the holder's whole stack when it let go (a flame graph), or null
 * @param waitFlame wait time by the waiter's whole stack when it began to wait, or null
 * @param heldByThread the same as {@code heldFlame}, with each thread as the top frame, or null
 * @param waitByThread the same as {@code waitFlame}, with each thread as the top frame, or null
 * @param heldIn   hold time by function ("name (file)", {@link #FUNCTIONS} at most): what budgets name
 * @param waitedIn wait time by function, likewise
 */
public record Where(List<NamedStats> heldAt, List<NamedStats> waitedAt, List<NamedStats> blame, List<NamedStats> blocking,
                    Flame heldFlame, Flame waitFlame, Flame heldByThread, Flame waitByThread,
                    List<NamedStats> heldIn, List<NamedStats> waitedIn) {
    public static final Where NONE = new Where(List.of(), List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of());
    /** How many functions the metrics keep (most time first). */
    public static final int FUNCTIONS = 50;
    /** How many places each list keeps. */
    public static final int TOP = 20;
    /** Separates the waiter's frame from the holder's in a blame entry. */
    public static final String BLAMED = " ← ";

    /** The innermost frame of a stack as the location hook gives it (outermost first, one frame per line); null for none. */
    public static String innermost(String stack) {
        if (stack == null || stack.isEmpty()) return null;
        int nl = stack.lastIndexOf('\n');
        return nl < 0 ? stack : stack.substring(nl + 1);
    }

    public boolean present() {
        return !heldAt.isEmpty() || !waitedAt.isEmpty() || !blocking.isEmpty();
    }
}
