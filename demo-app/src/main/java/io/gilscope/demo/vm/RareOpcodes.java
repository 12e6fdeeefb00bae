package io.gilscope.demo.vm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Out-of-line bodies of the less frequent opcodes. Each takes the operand stack and stack pointer and
 * returns the new stack pointer, which keeps {@link Interpreter#run} small enough for the JIT to
 * compile quickly and well.
 */
final class RareOpcodes {
    private RareOpcodes() { }

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
        ((PySet) s[sp - 1 - depth]).addAll(v);
        return sp;
    }

    static int dictUpdate(Object[] s, int sp, int depth) {
        Object v = s[--sp];
        if (!(v instanceof PyDict o)) throw Errors.typeError("'" + Ops.typeName(v) + "' object is not a mapping");
        ((PyDict) s[sp - 1 - depth]).putAll(o);
        return sp;
    }

    static int unpack(Object[] s, int sp, int n) {
        Object[] items = unpackItems(s[--sp], n);
        for (int k = n - 1; k >= 0; k--) s[sp++] = items[k];
        return sp;
    }

    private static Object[] unpackItems(Object v, int n) {
        Object[] items;
        if (v instanceof PyTuple t) items = t.items;
        else if (v instanceof PyList l) items = l.toArray();
        else {
            PyIter it = Ops.iter(v);
            items = new Object[n];
            int k = 0;
            for (Object o = it.next(); o != null; o = it.next()) {
                if (k == n) throw Errors.valueError("too many values to unpack (expected " + n + ")");
                items[k++] = o;
            }
            if (k < n) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + k + ")");
            return items;
        }
        if (items.length > n) throw Errors.valueError("too many values to unpack (expected " + n + ")");
        if (items.length < n) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        return items;
    }

    /** a, *b, c = seq (see {@link Op#UNPACK_EX_SHIFT} for arg). */
    static int unpackEx(Object[] s, int sp, int arg) {
        int before = arg >> Op.UNPACK_EX_SHIFT;
        int after = arg & Op.UNPACK_EX_AFTER;
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
        Object kw = (flags & Op.CALL_EX_KWARGS) != 0 ? s[--sp] : null;
        Object args = s[--sp];
        s[sp - 1] = callEx(s[sp - 1], (PyTuple) args, (PyDict) kw);
        return sp;
    }

    private static Object callEx(Object fn, PyTuple args, PyDict kw) {
        if (kw == null || kw.size() == 0) return Ops.call(fn, args.copy(), null);
        List<Object[]> es = kw.entries();
        Object[] all = new Object[args.size() + es.size()];
        System.arraycopy(args.items, 0, all, 0, args.size());
        String[] kwnames = new String[es.size()];
        for (int i = 0; i < es.size(); i++) {
            if (!(es.get(i)[0] instanceof String k)) throw Errors.typeError("keywords must be strings");
            kwnames[i] = k;
            all[args.size() + i] = es.get(i)[1];
        }
        return Ops.call(fn, all, kwnames);
    }

    /** BUILD_CLASS: [body function, n bases, metaclass or None] -> [the class]. */
    /** BUILD_CLASS: the body function, n bases, the metaclass (or None) and the class keywords (a dict, or None). */
    static int buildClass(Object[] s, int sp, String name, int n) {
        Object keywords = s[--sp];
        s[sp] = null;
        Object meta = s[--sp];
        s[sp] = null;
        Object[] bases = new Object[n];
        sp -= n;
        System.arraycopy(s, sp, bases, 0, n);
        for (int i = sp; i < sp + n; i++) s[i] = null;
        s[sp - 1] = Classes.build(name, (PyFunction) s[sp - 1], bases, meta == PyNone.NONE ? null : meta,
                keywords instanceof PyDict d ? d : new PyDict());
        return sp;
    }

    /** from module import *: its __all__, or else its names that do not start with an underscore. */
    static void importStar(Frame f, Object module) {
        Map<String, Object> into = f.ns != null ? f.ns : f.globals;
        Object all = Ops.getattrOrNull(module, "__all__");
        if (all != null) {
            for (Object name : Ops.iterToList(all)) into.put(Ops.str(name), Ops.getattr(module, Ops.str(name)));
        } else if (module instanceof PyModule m) {
            for (Map.Entry<String, Object> e : Map.copyOf(m.dict).entrySet()) if (!e.getKey().startsWith("_")) into.put(e.getKey(), e.getValue());
        }
    }

    static PyException raise(Object[] s, int sp, int n) {
        Object cause = n == 2 ? s[--sp] : null;
        Object exc = n >= 1 ? s[--sp] : null;
        if (exc == null) return Errors.runtimeError("No active exception to reraise");
        if (exc instanceof PyClass c) exc = c.call(new Object[0], null);
        if (!Errors.isException(exc)) return Errors.typeError("exceptions must derive from BaseException");
        PyInstance inst = (PyInstance) exc;
        if (cause != null) Ops.setattr(inst, "__cause__", cause instanceof PyClass c ? c.call(new Object[0], null) : cause);
        return new PyException(inst);
    }

    static int checkExcMatch(Object[] s, int sp) {
        Object type = s[--sp];
        s[sp - 1] = excMatches(s[sp - 1], type) ? Boolean.TRUE : Boolean.FALSE;
        return sp;
    }

    private static boolean excMatches(Object exc, Object type) {
        if (type instanceof PyTuple t) {
            for (Object o : t.items) if (excMatches(exc, o)) return true;
            return false;
        }
        if (!(type instanceof PyClass c) || !c.isSubclassOf(Errors.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return ((PyInstance) exc).cls.isSubclassOf(c);
    }

    static int formatValue(Object[] s, int sp, int conv, int hasSpec) {
        String spec = hasSpec != 0 ? (String) s[--sp] : "";
        s[sp - 1] = formatValue(s[sp - 1], conv, spec);
        return sp;
    }

    private static Object formatValue(Object v, int conv, String spec) {
        if (conv == 'r') v = Ops.repr(v);
        else if (conv == 's') v = Ops.str(v);
        else if (conv == 'a') v = Ops.repr(v);
        if (spec.isEmpty() && v instanceof String str) return str;
        return Format.format(v, spec);
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

    /** async with: [mgr] -> [mgr.__aexit__, awaitable of mgr.__aenter__()]. */
    static int beforeAsyncWith(Object[] s, int sp) {
        Object mgr = s[sp - 1];
        Object exit = Ops.getattrOrNull(mgr, "__aexit__");
        Object enter = Ops.getattrOrNull(mgr, "__aenter__");
        if (exit == null || enter == null) {
            throw Errors.typeError("'" + Ops.typeName(mgr) + "' object does not support the asynchronous context manager protocol");
        }
        s[sp - 1] = exit;
        s[sp++] = Awaitables.awaitable(Ops.call(enter, new Object[0], null));
        return sp;
    }

    /** async with's handler: [exc, __aexit__] -> [exc, awaitable of __aexit__(type, exc, None)]. */
    static void asyncWithExcept(Object[] s, int sp) {
        PyInstance exc = (PyInstance) s[sp - 2];
        s[sp - 1] = Awaitables.awaitable(Ops.call(s[sp - 1], new Object[]{exc.cls, exc, PyNone.NONE}, null));
    }

    static int withExit(Object[] s, int sp) {
        Ops.call(s[--sp], new Object[]{PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
        return sp;
    }

    static int withExcept(Object[] s, int sp) {
        Object exit = s[--sp];
        PyInstance exc = (PyInstance) s[--sp];
        Object r = Ops.call(exit, new Object[]{exc.cls, exc, PyNone.NONE}, null);
        if (!Ops.truthy(r)) {
            PyException e = new PyException(exc);
            e.skipTraceback = true;
            throw e;
        }
        return sp;
    }

    static PyException assertFail(Object msg) {
        return new PyException(msg == PyNone.NONE ? Errors.instance(Errors.ASSERTION_ERROR) : Errors.instance(Errors.ASSERTION_ERROR, msg));
    }
}
