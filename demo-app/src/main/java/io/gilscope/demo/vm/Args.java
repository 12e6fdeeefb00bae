package io.gilscope.demo.vm;

/** Argument parsing for Java-implemented functions: positional-or-keyword parameters by name. */
public final class Args {
    private Args() { }

    /**
     * Returns one value per name (null when not given). The first {@code required} names must be given.
     * A trailing "*" in names collects nothing; use {@link #positional} for *args functions.
     */
    public static Object[] parse(String fname, Object[] args, String[] kwnames, int required, String... names) {
        Object[] out = new Object[names.length];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > names.length) {
            throw Errors.typeError(fname + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int slot = -1;
            for (int i = 0; i < names.length; i++) if (names[i].equals(kwnames[k])) slot = i;
            if (slot < 0) throw Errors.typeError(fname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            if (out[slot] != null) throw Errors.typeError(fname + "() got multiple values for argument '" + kwnames[k] + "'");
            out[slot] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
        }
        return out;
    }

    /** The positional part of args. */
    public static Object[] positional(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw == 0) return args;
        Object[] out = new Object[args.length - nkw];
        System.arraycopy(args, 0, out, 0, out.length);
        return out;
    }

    /** The keyword value named name, or null. */
    public static Object keyword(Object[] args, String[] kwnames, String name) {
        if (kwnames == null) return null;
        for (int k = 0; k < kwnames.length; k++) if (kwnames[k].equals(name)) return args[args.length - kwnames.length + k];
        return null;
    }

    public static void noKeywords(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Errors.typeError(fname + "() takes no keyword arguments");
    }

    public static void count(String fname, Object[] args, int min, int max) {
        if (args.length < min || args.length > max) {
            String want = min == max ? "exactly " + min : (args.length < min ? "at least " + min : "at most " + max);
            throw Errors.typeError(fname + "() takes " + want + " argument" + ((min == max ? min : args.length < min ? min : max) == 1 ? "" : "s") + " (" + args.length + " given)");
        }
    }

    /** first, then rest: a receiver (self, cls) before the arguments of a call. */
    public static Object[] prepend(Object first, Object[] rest) {
        Object[] a = new Object[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }

    public static Object or(Object v, Object dflt) {
        return v == null ? dflt : v;
    }
}
