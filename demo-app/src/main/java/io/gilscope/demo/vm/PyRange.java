package io.gilscope.demo.vm;

/** range(start, stop, step) over longs. */
public final class PyRange {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) return start < stop ? (stop - start + step - 1) / step : 0;
        return start > stop ? (start - stop - step - 1) / -step : 0;
    }

    public PyIter iterator() {
        return new PyIter() {
            long i = start;

            @Override
            public Object next() {
                if (step > 0 ? i >= stop : i <= stop) return null;
                long v = i;
                i += step;
                return v;
            }
        };
    }

    @Override
    public String toString() {
        return "range(" + start + ", " + stop + (step != 1 ? ", " + step : "") + ")";
    }
}
