package io.gilscope.agent.gil;

/**
 * Mode {@code off}: no lock at all. Threads still count their dispatches and record their running
 * periods (first dispatch to a blocking call or exit) as GilHold events, which overlap.
 */
final class OffGil extends Gil {
    OffGil(long intervalNanos, int checkInterval) {
        super(intervalNanos, checkInterval, true);
    }

    @Override
    public String mode() { return "off"; }

    @Override
    boolean enter() {
        GilThread t = current();
        if (t.running) return false;
        t.running = true;
        t.beginHold();
        return true;
    }

    @Override
    boolean holdsOrRuns() { return current().running; }

    @Override
    void exit(Throwable thrown) {
        GilThread t = current();
        t.running = false;
        t.endHold(thrown == null ? ReleaseReason.THREAD_EXIT : ReleaseReason.EXCEPTION, null);
    }

    @Override
    void look(int count) { current().count(count); }

    @Override
    Region releaseEnter(String method) {
        GilThread t = current();
        if (!t.running) return null;
        t.running = false;
        t.endHold(ReleaseReason.BLOCKING, method);
        return region(t, method);
    }

    @Override
    void releaseExit(Region region) {
        region.event.end();
        if (region.event.shouldCommit()) {
            region.event.method = region.method;
            region.event.commit();
        }
        region.thread.running = true;
        region.thread.beginHold();
    }
}
