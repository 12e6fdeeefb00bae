package io.gilscope.demo.vm;

/** slice(start, stop, step); fields hold Python values (None when omitted). */
public record PySlice(Object start, Object stop, Object step) {
    /** Resolves against a sequence length: returns {start, stop, step, count}. */
    public long[] indices(long len) {
        long st = step == PyNone.NONE ? 1 : Ops.toLong(step);
        if (st == 0) throw Errors.valueError("slice step cannot be zero");
        long lo, hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : clamp(Ops.toLong(start), len, 0, len);
            hi = stop == PyNone.NONE ? len : clamp(Ops.toLong(stop), len, 0, len);
        } else {
            lo = start == PyNone.NONE ? len - 1 : clamp(Ops.toLong(start), len, -1, len - 1);
            hi = stop == PyNone.NONE ? -1 : clamp(Ops.toLong(stop), len, -1, len - 1);
        }
        long count = st > 0 ? (hi > lo ? (hi - lo + st - 1) / st : 0) : (lo > hi ? (lo - hi - st - 1) / -st : 0);
        return new long[]{lo, hi, st, count};
    }

    private static long clamp(long v, long len, long min, long max) {
        if (v < 0) v += len;
        return Math.max(min, Math.min(max, v));
    }
}
