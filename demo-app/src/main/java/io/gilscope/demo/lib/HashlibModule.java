package io.gilscope.demo.lib;

import io.gilscope.demo.vm.Args;
import io.gilscope.demo.vm.Errors;
import io.gilscope.demo.vm.Ops;
import io.gilscope.demo.vm.PyBytes;
import io.gilscope.demo.vm.PyClass;
import io.gilscope.demo.vm.PyInstance;
import io.gilscope.demo.vm.PyModule;
import io.gilscope.demo.vm.PyNone;
import io.gilscope.demo.vm.PySet;
import io.gilscope.demo.vm.ReleasesGil;
import io.gilscope.demo.vm.Types;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * hashlib: sha256, sha1, md5, sha512, sha224, sha384 and new(name), backed by {@link MessageDigest}.
 * Like CPython, updates of at least {@link #GIL_MINSIZE} bytes run with the GIL released
 * ({@link #updateReleasingGil}); smaller ones are not worth the hand-off.
 */
public final class HashlibModule {
    private HashlibModule() { }

    /** CPython's HASHLIB_GIL_MINSIZE. */
    public static final int GIL_MINSIZE = 2048;

    private static final Map<String, String> ALGORITHMS = Map.of("md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224",
            "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

    public static final PyClass HASH = new PyClass("HASH", Types.OBJECT);

    static {
        HASH.module = "_hashlib";
        HASH.def("update", (a, k) -> {
            Args.count("update", a, 2, 2);
            update(digest(a[0]), a[1]);
            return PyNone.NONE;
        });
        HASH.def("digest", (a, k) -> new PyBytes(finish(digest(a[0]))));
        HASH.def("hexdigest", (a, k) -> HexFormat.of().formatHex(finish(digest(a[0]))));
        HASH.def("copy", (a, k) -> {
            MessageDigest md = digest(a[0]);
            synchronized (md) {
                try {
                    return wrap((String) ((PyInstance) a[0]).attrs.get("name"), (MessageDigest) md.clone());
                } catch (CloneNotSupportedException e) {
                    throw Errors.valueError("cannot copy this hash object");
                }
            }
        });
        HASH.def("__repr__", (a, k) -> "<" + ((PyInstance) a[0]).attrs.get("name") + " _hashlib.HASH object>");
    }

    public static PyModule create() {
        PyModule m = new PyModule("hashlib");
        for (String name : ALGORITHMS.keySet()) {
            m.def(name, (a, k) -> {
                Object[] p = Args.parse(name, a, k, 0, "data", "usedforsecurity");
                return make(name, p[0]);
            });
        }
        m.def("new", (a, k) -> {
            Object[] p = Args.parse("new", a, k, 1, "name", "data", "usedforsecurity");
            return make(Ops.str(p[0]).toLowerCase(), p[1]);
        });
        PySet names = new PySet(false);
        for (String n : ALGORITHMS.keySet()) names.add(n);
        m.put("algorithms_available", names);
        m.put("algorithms_guaranteed", names);
        return m;
    }

    private static PyInstance make(String name, Object data) {
        String jname = ALGORITHMS.get(name);
        if (jname == null) throw Errors.valueError("unsupported hash type " + name);
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(jname);
        } catch (NoSuchAlgorithmException e) {
            throw Errors.valueError("unsupported hash type " + name);
        }
        PyInstance h = wrap(name, md);
        if (data != null && data != PyNone.NONE) update(md, data);
        return h;
    }

    private static PyInstance wrap(String name, MessageDigest md) {
        PyInstance h = new PyInstance(HASH);
        h.nativeState = md;
        h.attrs.put("name", name);
        h.attrs.put("digest_size", (long) md.getDigestLength());
        h.attrs.put("block_size", name.startsWith("sha384") || name.startsWith("sha512") ? 128L : 64L);
        return h;
    }

    private static MessageDigest digest(Object self) {
        if (self instanceof PyInstance i && i.nativeState instanceof MessageDigest md) return md;
        throw Errors.typeError("descriptor requires a '_hashlib.HASH' object");
    }

    private static void update(MessageDigest md, Object data) {
        if (data instanceof String) throw Errors.typeError("Strings must be encoded before hashing");
        if (!(data instanceof PyBytes b)) throw Errors.typeError("object supporting the buffer API required");
        if (b.data().length >= GIL_MINSIZE) updateReleasingGil(md, b.data());
        else update(md, b.data());
    }

    private static void update(MessageDigest md, byte[] data) {
        synchronized (md) {
            md.update(data);
        }
    }

    /** A large update: pure Java compute, so the GIL is released (as CPython does for >= 2 KiB). */
    @ReleasesGil
    public static void updateReleasingGil(MessageDigest md, byte[] data) {
        synchronized (md) {
            md.update(data);
        }
    }

    /** digest() does not reset the object in Python: finish a clone. */
    private static byte[] finish(MessageDigest md) {
        synchronized (md) {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw Errors.valueError("cannot finish this hash object");
            }
        }
    }
}
