package io.gilscope.demo.vm;

import java.util.Arrays;
import java.util.List;

/** An immutable bytes object (from str.encode()); enough for hashing and printing. */
public record PyBytes(byte[] data) {
    @Override
    public boolean equals(Object o) { return o instanceof PyBytes b && Arrays.equals(data, b.data); }

    @Override
    public int hashCode() { return Arrays.hashCode(data); }

    /** bytes(iterable): each item an int in range(256), else CPython's ValueError. */
    static byte[] fromInts(Object iterable) {
        List<Object> items = Ops.iterToList(iterable);
        byte[] b = new byte[items.size()];
        for (int i = 0; i < b.length; i++) {
            long v = Ops.toLong(items.get(i));
            if (v < 0 || v > 255) throw Errors.valueError("bytes must be in range(0, 256)");
            b[i] = (byte) v;
        }
        return b;
    }

    @Override
    public String toString() {
        boolean single = false, dbl = false;
        for (byte x : data) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char q = single && !dbl ? '"' : '\'';   // as CPython: double quotes when that needs no escape
        StringBuilder b = new StringBuilder("b").append(q);
        for (byte x : data) {
            int c = x & 0xff;
            if (c == q || c == '\\') b.append('\\').append((char) c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c >= 0x7f) b.append(String.format("\\x%02x", c));
            else b.append((char) c);
        }
        return b.append(q).toString();
    }
}
