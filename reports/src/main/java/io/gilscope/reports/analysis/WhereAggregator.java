package io.gilscope.reports.analysis;

/**
 * Collects {@link Where}: the interpreter stacks of holds, waits and blocking calls (from the location
 * hook, outermost frame first; null when an event has none). A hold is placed where it let the GIL go (or,
 * without that, where it took it), a wait where it began, and blamed on where the holder let go.
 */
final class WhereAggregator {
    private final CodeSites heldAt = new CodeSites(), waitedAt = new CodeSites(), blame = new CodeSites(), blockedAt = new CodeSites();
    private final CodeSites heldIn = new CodeSites(), waitedIn = new CodeSites();
    private final StackTree heldTree = new StackTree(), waitTree = new StackTree();
    private final StackTree heldByThread = new StackTree(), waitByThread = new StackTree();   // the thread as the top frame

    void held(String threadName, String takenAt, String droppedAt, long nanos) {
        String stack = droppedAt != null ? droppedAt : takenAt;
        String innermost = Where.innermost(stack);
        heldAt.add(innermost, nanos);
        heldIn.add(CodeSites.function(innermost), nanos);
        heldTree.add(stack, nanos);
        if (stack != null) heldByThread.add(StackTree.threadFrame(threadName) + "\n" + stack, nanos);
    }

    void waited(String threadName, String waiterAt, String holderAt, long nanos) {
        String waiter = Where.innermost(waiterAt), holder = Where.innermost(holderAt);
        waitedAt.add(waiter, nanos);
        waitedIn.add(CodeSites.function(waiter), nanos);
        waitTree.add(waiterAt, nanos);
        if (waiterAt != null) waitByThread.add(StackTree.threadFrame(threadName) + "\n" + waiterAt, nanos);
        if (waiter != null || holder != null) {
            blame.add((waiter == null ? "(unknown)" : waiter) + Where.BLAMED + (holder == null ? "(unknown)" : holder), nanos);
        }
    }

    void blocked(String at, long nanos) {
        blockedAt.add(Where.innermost(at), nanos);
    }

    /** Another process's places, for a combined view. */
    void absorb(WhereAggregator other) {
        for (CodeSites[] pair : new CodeSites[][] {{heldAt, other.heldAt}, {waitedAt, other.waitedAt}, {blame, other.blame},
                {blockedAt, other.blockedAt}, {heldIn, other.heldIn}, {waitedIn, other.waitedIn}}) {
            pair[0].absorb(pair[1]);
        }
        for (StackTree[] pair : new StackTree[][] {{heldTree, other.heldTree}, {waitTree, other.waitTree},
                {heldByThread, other.heldByThread}, {waitByThread, other.waitByThread}}) {
            pair[0].absorb(pair[1]);
        }
    }

    Where where() {
        return new Where(heldAt.top(Where.TOP), waitedAt.top(Where.TOP), blame.top(Where.TOP), blockedAt.top(Where.TOP),
                heldTree.flame(), waitTree.flame(), heldByThread.flame(), waitByThread.flame(),
                heldIn.top(Where.FUNCTIONS), waitedIn.top(Where.FUNCTIONS));
    }
}
