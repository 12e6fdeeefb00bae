package io.gilscope.reports.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-thread time spent holding, waiting for the GIL and in blocking calls, in at most
 * {@link #CAPACITY} buckets per lane. Buckets start 1 µs wide and double (pairs merge) whenever the
 * recording outgrows them, so memory stays bounded whatever the recording's length; events may
 * arrive in any order.
 */
public final class Timeline {
    public static final int CAPACITY = 1000;
    public static final int MAX_LANES = 256;
    public static final int HELD = 0, WAITING = 1, BLOCKED = 2, STATES = 3;

    private long width = 1_000;      // ns per bucket
    private long origin;             // absolute bucket index (time / width) of slot 0
    private long usedLo, usedHi;     // absolute bucket indices with data (inclusive)
    private boolean started;
    private final List<long[]> lanes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** Adds a lane and returns its index, or -1 when there are already {@link #MAX_LANES}. */
    public int addLane(String name) {
        if (lanes.size() >= MAX_LANES) return -1;
        lanes.add(new long[CAPACITY * STATES]);
        names.add(name);
        return lanes.size() - 1;
    }

    public void add(int lane, int state, long startNanos, long endNanos) {
        if (lane < 0 || endNanos <= startNanos || startNanos < 0) return;
        long lo = startNanos / width, hi = (endNanos - 1) / width;
        while (!fits(lo, hi)) {
            coarsen();
            lo = startNanos / width;
            hi = (endNanos - 1) / width;
        }
        long[] a = lanes.get(lane);
        for (long i = lo; i <= hi; i++) {
            long bStart = i * width, bEnd = bStart + width;
            long overlap = Math.min(endNanos, bEnd) - Math.max(startNanos, bStart);
            a[(int) (i - origin) * STATES + state] += overlap;
        }
    }

    /**
     * Makes [lo, hi] addressable: re-bases the window on the used range when the union fits in
     * {@link #CAPACITY} buckets; false when it cannot fit at this width.
     */
    private boolean fits(long lo, long hi) {
        if (!started) {
            if (hi - lo + 1 > CAPACITY) return false;
            origin = lo;
            usedLo = lo;
            usedHi = hi;
            started = true;
            return true;
        }
        long newLo = Math.min(usedLo, lo), newHi = Math.max(usedHi, hi);
        if (newHi - newLo + 1 > CAPACITY) return false;
        if (lo < origin || hi > origin + CAPACITY - 1) {
            // Room on both sides: centre small ranges, else start at the used range.
            long newOrigin = newLo - Math.max(0, (CAPACITY - (newHi - newLo + 1)) / 4);
            rebase(newOrigin);
        }
        usedLo = newLo;
        usedHi = newHi;
        return true;
    }

    private void rebase(long newOrigin) {
        int shift = (int) (origin - newOrigin); // > 0: data moves right
        for (long[] a : lanes) {
            long[] b = new long[CAPACITY * STATES];
            for (int slot = 0; slot < CAPACITY; slot++) {
                int to = slot + shift;
                if (to < 0 || to >= CAPACITY) continue; // only empty slots fall off: the used range fits
                for (int s = 0; s < STATES; s++) b[to * STATES + s] = a[slot * STATES + s];
            }
            System.arraycopy(b, 0, a, 0, b.length);
        }
        origin = newOrigin;
    }

    private void coarsen() {
        long newOrigin = origin >> 1;
        for (long[] a : lanes) {
            long[] b = new long[CAPACITY * STATES];
            for (int slot = 0; slot < CAPACITY; slot++) {
                int to = (int) (((origin + slot) >> 1) - newOrigin);
                for (int s = 0; s < STATES; s++) b[to * STATES + s] += a[slot * STATES + s];
            }
            System.arraycopy(b, 0, a, 0, b.length);
        }
        origin = newOrigin;
        usedLo >>= 1;
        usedHi >>= 1;
        width *= 2;
    }

    /** The used buckets, trimmed to the range that has data. */
    public Data data() {
        int first = CAPACITY, last = -1;
        for (long[] a : lanes) {
            for (int slot = 0; slot < CAPACITY; slot++) {
                if (a[slot * STATES] + a[slot * STATES + 1] + a[slot * STATES + 2] != 0) {
                    first = Math.min(first, slot);
                    last = Math.max(last, slot);
                }
            }
        }
        if (last < 0) return new Data(0, width, List.of(), List.of(), 0);
        List<long[]> trimmed = new ArrayList<>();
        for (long[] a : lanes) {
            trimmed.add(java.util.Arrays.copyOfRange(a, first * STATES, (last + 1) * STATES));
        }
        return new Data((origin + first) * width, width, List.copyOf(names), trimmed, 0);
    }

    /**
     * @param startNanos epoch ns of the first bucket
     * @param lanes per lane, {@code buckets * 3} values: ns held, waiting, blocked in each bucket
     * @param gilLanes how many of the first lanes are interpreters' GILs, not threads (see ProcessAggregator)
     */
    public record Data(long startNanos, long widthNanos, List<String> names, List<long[]> lanes, int gilLanes) {
        public int buckets() { return lanes.isEmpty() ? 0 : lanes.get(0).length / STATES; }

        /** These lanes, in this order, the first gilLanes of them GILs'. */
        Data select(List<Integer> order, int gilLanes) {
            if (lanes.isEmpty()) return this;   // nothing was drawn (events without duration): no lane to pick
            List<String> n = new ArrayList<>();
            List<long[]> l = new ArrayList<>();
            for (int i : order) {
                n.add(names.get(i));
                l.add(lanes.get(i));
            }
            return new Data(startNanos, widthNanos, List.copyOf(n), List.copyOf(l), gilLanes);
        }

        /** Time held by all lanes before {@code nanos} (a bucket it falls in counts in proportion). */
        long heldBefore(long nanos) {
            double held = 0;
            for (long[] lane : lanes) {
                for (int b = 0; b < buckets(); b++) {
                    long start = startNanos + b * widthNanos;
                    double part = Math.max(0, Math.min(1, (double) (nanos - start) / widthNanos));
                    held += part * lane[b * STATES];
                }
            }
            return Math.round(held);
        }
    }
}
