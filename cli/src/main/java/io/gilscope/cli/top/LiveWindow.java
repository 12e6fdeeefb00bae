package io.gilscope.cli.top;

import io.gilscope.reports.analysis.Analyzer;
import io.gilscope.reports.analysis.EventNames;
import io.gilscope.reports.analysis.Where;
import io.gilscope.reports.render.Printable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

/**
 * What the GIL events of one refresh interval say, for {@code gilscope top}: each thread's held, waiting
 * and blocked share of the time the interval's events cover, hand-offs per second, the holder the last
 * statistics event named with where it last was, and the places threads waited most (with what the
 * holder ran). The stream delivers events in bursts, a chunk at a time, so shares are of the span from
 * the end of the last interval's events to the end of this one's, not of the wall-clock interval, and an
 * event is counted from that start. Events arrive on the stream's thread and are drained by the view's;
 * both go through this object's lock.
 */
public final class LiveWindow {
    private static final int TOP_PLACES = 5;

    private static final class ThreadTimes {
        long held, waiting, blocked;
        String lastAt;
    }

    private final Map<String, ThreadTimes> threads = new HashMap<>();
    private final Map<String, long[]> waitedAt = new HashMap<>();   // "waiter ← holder" -> {nanos, count}
    private long handOffs;
    private long events;
    private long spanStart = Long.MIN_VALUE, spanEnd = Long.MIN_VALUE;   // epoch nanos
    private String holder;
    private int waiters;

    /** Adds one event of the gilscope.* kinds; others are ignored. */
    public synchronized void add(RecordedEvent e) {
        events++;
        String type = e.getEventType().getName();
        long end = Analyzer.nanos(e.getEndTime()), start = Analyzer.nanos(e.getStartTime());
        if (spanStart == Long.MIN_VALUE) spanStart = start;
        spanEnd = Math.max(spanEnd, end);
        long nanos = Math.max(0, end - Math.max(start, spanStart));
        switch (type) {
            case EventNames.GIL_HOLD -> {
                ThreadTimes t = thread(e.getThread());
                t.held += nanos;
                t.lastAt = Objects.requireNonNullElse(Where.innermost(string(e, "droppedAt")), t.lastAt);
            }
            case EventNames.GIL_WAIT -> {
                ThreadTimes t = thread(e.getThread());
                t.waiting += nanos;
                handOffs++;
                String waiter = Where.innermost(string(e, "waitedAt")), held = Where.innermost(string(e, "holderAt"));
                if (waiter != null || held != null) {
                    long[] v = waitedAt.computeIfAbsent((waiter == null ? "?" : waiter) + " <- " + (held == null ? "?" : held), k -> new long[2]);
                    v[0] += nanos;
                    v[1]++;
                }
            }
            case EventNames.BLOCKING_CALL -> {
                ThreadTimes t = thread(e.getThread());
                t.blocked += nanos;
                t.lastAt = Objects.requireNonNullElse(Where.innermost(string(e, "at")), t.lastAt);
            }
            case EventNames.GIL_STATISTICS -> {
                Object h = e.hasField("holder") ? e.getValue("holder") : null;
                holder = h instanceof RecordedThread rt ? name(rt) : null;
                waiters = e.hasField("waiters") ? e.getInt("waiters") : 0;
            }
            default -> { }
        }
    }

    /** Events added so far. */
    public synchronized long events() {
        return events;
    }

    /** The interval's view as text lines, and a fresh window for the next interval (where a thread last was is kept). */
    public synchronized String drain(String title) {
        long intervalNanos = spanEnd > spanStart && spanStart != Long.MIN_VALUE ? spanEnd - spanStart : 1;
        StringBuilder sb = new StringBuilder();
        sb.append(title).append(String.format(Locale.ROOT, " (events of %.1f s)%n", intervalNanos / 1e9));
        String holderAt = holder == null || !threads.containsKey(holder) ? null : threads.get(holder).lastAt;
        sb.append(String.format(Locale.ROOT, "hand-offs %.0f/s   waiters %d   holder %s%s%n", handOffs * 1e9 / intervalNanos, waiters,
                holder == null ? "(none)" : Printable.name(holder), holderAt == null ? "" : ", last at " + Printable.name(holderAt)));
        sb.append('\n').append(String.format(Locale.ROOT, "%-28s %6s %8s %8s  %s%n", "thread", "held", "waiting", "blocked", "last at"));
        List<Map.Entry<String, ThreadTimes>> rows = new ArrayList<>(threads.entrySet());
        rows.sort(Comparator.comparingLong((Map.Entry<String, ThreadTimes> r) -> r.getValue().held + r.getValue().waiting).reversed()
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, ThreadTimes> r : rows) {
            ThreadTimes t = r.getValue();
            if (t.held + t.waiting + t.blocked == 0) continue;
            sb.append(String.format(Locale.ROOT, "%-28s %5.0f%% %7.0f%% %7.0f%%  %s%n", Printable.name(shorten(r.getKey())),
                    100.0 * t.held / intervalNanos, 100.0 * t.waiting / intervalNanos, 100.0 * t.blocked / intervalNanos,
                    t.lastAt == null ? "" : Printable.name(t.lastAt)));
        }
        List<Map.Entry<String, long[]>> places = new ArrayList<>(waitedAt.entrySet());
        places.sort(Comparator.comparingLong((Map.Entry<String, long[]> p) -> p.getValue()[0]).reversed().thenComparing(Map.Entry::getKey));
        if (!places.isEmpty()) sb.append("\ntop waiting places (waited at <- holder at):\n");
        for (Map.Entry<String, long[]> p : places.subList(0, Math.min(TOP_PLACES, places.size()))) {
            sb.append(String.format(Locale.ROOT, "  %5.0f%% %6dx  %s%n", 100.0 * p.getValue()[0] / intervalNanos, p.getValue()[1],
                    Printable.name(p.getKey())));
        }
        threads.values().forEach(t -> { t.held = 0; t.waiting = 0; t.blocked = 0; });
        waitedAt.clear();
        handOffs = 0;
        if (spanEnd != Long.MIN_VALUE) spanStart = spanEnd;
        return sb.toString();
    }

    private static String name(RecordedThread t) {
        return String.valueOf(Analyzer.threadName(t));
    }

    private ThreadTimes thread(RecordedThread t) {
        return threads.computeIfAbsent(t == null ? "(unknown)" : name(t), k -> new ThreadTimes());
    }

    private static String string(RecordedEvent e, String field) {
        return e.hasField(field) && e.getValue(field) instanceof String s && !s.isEmpty() ? s : null;
    }

    private static String shorten(String name) {
        return name.length() <= 28 ? name : name.substring(0, 27) + "…";
    }
}
