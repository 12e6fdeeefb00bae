package io.gilscope.demo.lib;

import io.gilscope.demo.lib.numpy.NdArray;
import io.gilscope.demo.vm.BuiltinFunction;
import io.gilscope.demo.vm.Builtins;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyBytes;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyDict;
import io.gilscope.demo.vm.PyException;
import io.gilscope.demo.vm.PyFunction;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyList;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PySet;
import io.gilscope.demo.vm.PyTuple;
import io.gilscope.demo.vm.Types;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value serialisation between a parent and its worker processes (gilscope's stand-in for pickle).
 * A value is one tag byte and a payload; ints are big-endian, lengths are 4-byte ints, strings UTF-8:
 * <pre>
 *   'N' None          'T' True         'F' False
 *   'I' int (8 bytes) 'J' big int (length, two's-complement bytes)
 *   'D' float (IEEE 754 bits, 8 bytes)  'S' str (length, UTF-8)  'B' bytes (length, bytes)
 *   'L' list, 'U' tuple, 'E' set, 'Z' frozenset (count, values)   'M' dict (count, key value ...)
 *   'A' a numpy float64 array (ndim, each dimension, then the doubles)
 *   'G' a module-level function or class by reference (module name, attribute name), looked up by
 *       name on the other side, as pickle does ("__main__" is the worker's __mp_main__)
 * </pre>
 * Anything else (instances, lambdas, nested functions, bound methods, locks, cyclic containers)
 * raises {@code _pickle.PicklingError} with the offending object named (TypeError for objects with
 * native state such as locks, as pickle does).
 */
public final class Wire {
    private Wire() { }

    public static final PyClass PICKLE_ERROR = new PyClass("PickleError", Errors.EXCEPTION);
    public static final PyClass PICKLING_ERROR = new PyClass("PicklingError", PICKLE_ERROR);
    public static final PyClass UNPICKLING_ERROR = new PyClass("UnpicklingError", PICKLE_ERROR);
    private static final int MAX_DEPTH = 500;

    static {
        PICKLE_ERROR.module = "_pickle";
        PICKLING_ERROR.module = "_pickle";
        UNPICKLING_ERROR.module = "_pickle";
    }

    public static PyException picklingError(String m) { return Errors.make(PICKLING_ERROR, m); }

    // ---- encoding ----------------------------------------------------------------------------

    /** Encodes one value to bytes; raises PicklingError for what cannot cross a process boundary. */
    public static byte[] encode(Object v) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            write(new DataOutputStream(buf), v);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buf.toByteArray();
    }

    public static void write(DataOutputStream out, Object v) throws IOException {
        new Encoder(out).value(v, 0);
    }

    private static final class Encoder {
        private final DataOutputStream out;
        private final Map<Object, Boolean> open = new IdentityHashMap<>();

        Encoder(DataOutputStream out) { this.out = out; }

        void value(Object v, int depth) throws IOException {
            if (depth > MAX_DEPTH) throw picklingError("object too deeply nested to pickle");
            if (v == PyNone.NONE) out.writeByte('N');
            else if (v instanceof Boolean b) out.writeByte(b ? 'T' : 'F');
            else if (v instanceof Long l) { out.writeByte('I'); out.writeLong(l); }
            else if (v instanceof BigInteger b) { out.writeByte('J'); bytes(b.toByteArray()); }
            else if (v instanceof Double d) { out.writeByte('D'); out.writeDouble(d); }
            else if (v instanceof String s) { out.writeByte('S'); string(out, s); }
            else if (v instanceof PyBytes b) { out.writeByte('B'); bytes(b.data()); }
            else if (v instanceof PyList l) seq('L', l.toArray(), v, depth);
            else if (v instanceof PyTuple t) seq('U', t.items, v, depth);
            else if (v instanceof PySet s) seq(s.frozen ? 'Z' : 'E', s.items().toArray(), v, depth);
            else if (v instanceof PyDict d) {
                enter(v);
                List<Object[]> es = d.entries();
                out.writeByte('M');
                out.writeInt(es.size());
                for (Object[] kv : es) {
                    value(kv[0], depth + 1);
                    value(kv[1], depth + 1);
                }
                open.remove(v);
            } else if (v instanceof PyInstance i && i.nativeState instanceof NdArray a) {
                out.writeByte('A');
                out.writeInt(a.shape.length);
                for (int d : a.shape) out.writeInt(d);
                for (double d : a.data) out.writeDouble(d);
            } else if (v instanceof PyInstance i && i.cls == InterpretersModule.QUEUE) {
                out.writeByte('Q');   // an interpreters' queue: by id, the same queue on the other side
                out.writeLong(Ops.toLong(i.attrs.get("id")));
                out.writeInt(Ops.toInt(i.attrs.get("maxsize")));
            } else {
                String[] ref = globalRef(v);
                out.writeByte('G');
                string(out, ref[0]);
                string(out, ref[1]);
            }
        }

        private void seq(char tag, Object[] items, Object self, int depth) throws IOException {
            enter(self);
            out.writeByte(tag);
            out.writeInt(items.length);
            for (Object o : items) value(o, depth + 1);
            open.remove(self);
        }

        private void enter(Object container) {
            if (open.put(container, Boolean.TRUE) != null) {
                throw picklingError("cannot pickle a recursive " + Ops.typeName(container) + " (it contains itself)");
            }
        }

        private void bytes(byte[] b) throws IOException {
            out.writeInt(b.length);
            out.write(b);
        }
    }

    /** (module, name) under which a module-level function or class can be found again, or PicklingError. */
    static String[] globalRef(Object v) {
        if (v instanceof PyFunction f) {
            Object module = f.globals.get("__name__");
            if (module instanceof String m && f.globals.get(f.name) == f) return new String[]{m, f.name};
            throw picklingError("Can't pickle " + Ops.repr(v) + ": attribute lookup " + f.name + " on "
                    + Ops.str(module) + " failed (only module-level functions can be sent to a worker process)");
        }
        if (v instanceof BuiltinFunction || v instanceof PyClass) {
            String name = v instanceof BuiltinFunction b ? b.name : ((PyClass) v).name;
            if (Builtins.get(name) == v) return new String[]{"builtins", name};
            for (Map.Entry<String, PyModule> e : Modules.LOADED.entrySet()) {
                if (e.getValue().dict.get(name) == v) return new String[]{e.getKey(), name};
            }
            throw picklingError("Can't pickle " + Ops.repr(v) + ": it's not found as a module attribute");
        }
        if (v instanceof PyInstance i && i.nativeState != null) {
            throw Errors.typeError("cannot pickle '" + i.cls.module + "." + i.cls.name + "' object");
        }
        throw picklingError("Can't pickle " + Ops.repr(v) + ": gilscope's worker processes exchange only int, float, str, "
                + "bytes, list, tuple, dict, set, None, bool and module-level functions, not '" + Types.of(v).name + "'");
    }

    public static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    // ---- decoding ----------------------------------------------------------------------------

    /** Resolves a 'G' reference; the child maps "__main__" to its __mp_main__ module. */
    public interface Resolver {
        Object resolve(String module, String name);
    }

    /** Resolves against this process's loaded modules (importing the module if needed). */
    public static final Resolver DEFAULT_RESOLVER = (module, name) -> {
        if (module.equals("builtins")) {
            Object v = Builtins.get(name);
            if (v != null) return v;
        }
        PyModule m = Modules.LOADED.get(module);
        if (m == null) m = Modules.importName(module, true);
        Object v = m.dict.get(name);
        if (v == null) {
            throw Errors.attributeError("Can't get attribute '" + name + "' on " + Ops.repr(m)
                    + " (is it defined under if __name__ == \"__main__\":?)");
        }
        return v;
    };

    public static Object decode(byte[] b, Resolver r) {
        try {
            return read(new DataInputStream(new ByteArrayInputStream(b)), r);
        } catch (IOException e) {
            throw Errors.make(UNPICKLING_ERROR, "truncated data: " + e.getMessage());
        }
    }

    public static Object read(DataInputStream in, Resolver r) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'N': return PyNone.NONE;
            case 'T': return Boolean.TRUE;
            case 'F': return Boolean.FALSE;
            case 'I': return in.readLong();
            case 'J': return Ops.norm(new BigInteger(bytes(in)));
            case 'D': return in.readDouble();
            case 'S': return string(in);
            case 'B': return new PyBytes(bytes(in));
            case 'L': {
                int n = in.readInt();
                PyList l = new PyList(n);
                for (int i = 0; i < n; i++) l.append(read(in, r));
                return l;
            }
            case 'U': {
                Object[] items = new Object[in.readInt()];
                for (int i = 0; i < items.length; i++) items[i] = read(in, r);
                return new PyTuple(items);
            }
            case 'E':
            case 'Z': {
                PySet s = new PySet(tag == 'Z');
                int n = in.readInt();
                for (int i = 0; i < n; i++) s.add(read(in, r));
                return s;
            }
            case 'M': {
                int n = in.readInt();
                PyDict d = new PyDict();
                for (int i = 0; i < n; i++) {
                    Object k = read(in, r);
                    d.put(k, read(in, r));
                }
                return d;
            }
            case 'A': {
                int[] shape = new int[in.readInt()];
                int n = 1;
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = in.readInt();
                    n *= shape[i];
                }
                double[] data = new double[n];
                for (int i = 0; i < n; i++) data[i] = in.readDouble();
                return NumpyModule.wrap(new NdArray(data, shape));
            }
            case 'Q': {
                long id = in.readLong();
                return InterpretersModule.queue(id, in.readInt());
            }
            case 'G': {
                String module = string(in);
                return r.resolve(module, string(in));
            }
            default:
                throw Errors.make(UNPICKLING_ERROR, "invalid load key, '" + (char) tag + "'");
        }
    }

    public static String string(DataInputStream in) throws IOException {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }
}
