package io.gilscope.demo.vm;

import java.util.List;

/**
 * Out-of-line bodies of the less frequent opcodes. Each takes the operand stack and stack pointer and
 * returns the new stack pointer, which keeps {@link Interpreter#run} small enough for the JIT to
 * compile quickly and well.
 */
final class Stack {
    private Stack() { }

    static int dup2(Object[] s, int sp) {
        s[sp] = s[sp - 2];
        s[sp + 1] = s[sp - 1];
        return sp + 2;
    }

    static void rot3(Object[] s, int sp) {
        Object t = s[sp - 1];
        s[sp - 1] = s[sp - 2];
        s[sp - 2] = s[sp - 3];
        s[sp - 3] = t;
    }

    static int buildSlice(Object[] s, int sp, int n) {
        Object step = PyNone.NONE;
        if (n == 3) step = s[--sp];
        Object hi = s[--sp];
        s[sp - 1] = new PySlice(s[sp - 1], hi, step);
        return sp;
    }

    static int storeSubscr(Object[] s, int sp) {
        Object idx = s[--sp];
        Object obj = s[--sp];
        Ops.setitem(obj, idx, s[--sp]);
        return sp;
    }

    static int deleteSubscr(Object[] s, int sp) {
        Object idx = s[--sp];
        Ops.delitem(s[--sp], idx);
        return sp;
    }

    static int buildTuple(Object[] s, int sp, int n) {
        Object[] items = new Object[n];
        sp -= n;
        System.arraycopy(s, sp, items, 0, n);
        s[sp++] = new PyTuple(items);
        return sp;
    }

    static int buildList(Object[] s, int sp, int n) {
        PyList l = new PyList(n);
        sp -= n;
        for (int k = 0; k < n; k++) l.append(s[sp + k]);
        s[sp++] = l;
        return sp;
    }

    static int buildSet(Object[] s, int sp, int n) {
        PySet set = new PySet();
        sp -= n;
        for (int k = 0; k < n; k++) set.add(s[sp + k]);
        s[sp++] = set;
        return sp;
    }

    static int buildMap(Object[] s, int sp, int n) {
        PyDict d = new PyDict();
        sp -= 2 * n;
        for (int k = 0; k < n; k++) d.put(s[sp + 2 * k], s[sp + 2 * k + 1]);
        s[sp++] = d;
        return sp;
    }

    static int setAdd(Object[] s, int sp, int depth) {
        Object v = s[--sp];
        ((PySet) s[sp - 1 - depth]).add(v);
        return sp;
    }

    static int mapAdd(Object[] s, int sp, int depth) {
        Object v = s[--sp];
        Object k = s[--sp];
        ((PyDict) s[sp - 1 - depth]).put(k, v);
        return sp;
    }

    static int listExtend(Object[] s, int sp, int depth) {
        Object v = s[--sp];
        ((PyList) s[sp - 1 - depth]).extend(Ops.iterToList(v));
        return sp;
    }

    static int setUpdate(Object[] s, int sp, int depth) {
        Object v = s[--sp];
        PySet set = (PySet) s[sp - 1 - depth];
        for (Object o : Ops.iterToList(v)) set.add(o);
        return sp;
    }

    static int dictUpdate(Object[] s, int sp, int depth) {
        Object v = s[--sp];
        Interpreter.dictUpdate((PyDict) s[sp - 1 - depth], v);
        return sp;
    }

    static int unpack(Object[] s, int sp, int n) {
        Object[] items = Interpreter.unpack(s[--sp], n);
        for (int k = n - 1; k >= 0; k--) s[sp++] = items[k];
        return sp;
    }

    /** a, *b, c = seq: arg packs (count before the star) << 16 | (count after it). */
    static int unpackEx(Object[] s, int sp, int arg) {
        int before = arg >> 16;
        int after = arg & 0xffff;
        List<Object> items = Ops.iterToList(s[--sp]);
        int n = items.size();
        if (n < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + n + ")");
        }
        for (int k = n - 1; k >= n - after; k--) s[sp++] = items.get(k);
        s[sp++] = new PyList(items.subList(before, n - after));
        for (int k = before - 1; k >= 0; k--) s[sp++] = items.get(k);
        return sp;
    }

    static int callKw(Object[] s, int sp, int n, String[] kwnames) {
        Object[] args = new Object[n];
        System.arraycopy(s, sp - n, args, 0, n);
        Object r = Ops.call(s[sp - n - 1], args, kwnames);
        for (int k = sp - n; k < sp; k++) s[k] = null;
        sp -= n;
        s[sp - 1] = r;
        return sp;
    }

    static int callEx(Object[] s, int sp, int flags) {
        Object kw = (flags & 1) != 0 ? s[--sp] : null;
        Object args = s[--sp];
        s[sp - 1] = Interpreter.callEx(s[sp - 1], (PyTuple) args, (PyDict) kw);
        return sp;
    }

    static int buildClass(Object[] s, int sp, String name, int n) {
        Object[] bases = new Object[n];
        sp -= n;
        System.arraycopy(s, sp, bases, 0, n);
        s[sp - 1] = Interpreter.buildClass(name, (PyFunction) s[sp - 1], bases);
        return sp;
    }

    static PyException raise(Object[] s, int sp, int n) {
        Object cause = n == 2 ? s[--sp] : null;
        Object exc = n >= 1 ? s[--sp] : null;
        return Interpreter.makeRaise(exc, cause);
    }

    static int checkExcMatch(Object[] s, int sp) {
        Object type = s[--sp];
        s[sp - 1] = Interpreter.excMatches(s[sp - 1], type) ? Boolean.TRUE : Boolean.FALSE;
        return sp;
    }

    static int formatValue(Object[] s, int sp, int conv, int hasSpec) {
        String spec = hasSpec != 0 ? (String) s[--sp] : "";
        s[sp - 1] = Interpreter.formatValue(s[sp - 1], conv, spec);
        return sp;
    }

    static int buildString(Object[] s, int sp, int n) {
        StringBuilder b = new StringBuilder();
        sp -= n;
        for (int k = 0; k < n; k++) b.append(Ops.str(s[sp + k]));
        s[sp++] = b.toString();
        return sp;
    }

    static int beforeWith(Object[] s, int sp) {
        Object mgr = s[sp - 1];
        Object exit = Ops.getattrOrNull(mgr, "__exit__");
        Object enter = Ops.getattrOrNull(mgr, "__enter__");
        if (exit == null || enter == null) throw Errors.typeError("'" + Ops.typeName(mgr) + "' object does not support the context manager protocol");
        s[sp - 1] = exit;
        s[sp++] = Ops.call(enter, new Object[0], null);
        return sp;
    }

    static int withExit(Object[] s, int sp) {
        Ops.call(s[--sp], new Object[]{PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
        return sp;
    }

    static int withExcept(Object[] s, int sp) {
        Object exit = s[--sp];
        PyInstance exc = (PyInstance) s[--sp];
        Interpreter.withExcept(exit, exc);
        return sp;
    }

    static PyException assertFail(Object msg) {
        return new PyException(msg == PyNone.NONE ? Errors.instance(Errors.ASSERTION_ERROR) : Errors.instance(Errors.ASSERTION_ERROR, msg));
    }

}
