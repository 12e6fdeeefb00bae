package io.gilscope.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent's options: {@code -javaagent:gilscope-agent.jar=key=value,key=value,flag}.
 * <pre>
 *   mode=new|legacy|fair|off       GIL mode (default new)
 *   interval=5ms                   switch interval: a number with ns, us, ms or s (default 5ms)
 *   checkinterval=100              legacy mode: dispatches between drops (default 100)
 *   dispatch=pkg.Class#method      the dispatch method (default io.gilscope.demo.vm.Interpreter#run);
 *                                  several: separate with ';' or repeat the option
 *   release=pkg.Class#method       extra release methods, besides those annotated @ReleasesGil;
 *                                  several: separate with ';' or repeat the option
 *   preset=luaj|rhino|jruby        the dispatch and release methods of that interpreter (docs/interpreters.md)
 *   jfr=out.jfr                    record gilscope.jfc's events and write them there at exit;
 *                                  %p is the pid; with -Dgilscope.parentPid set and no %p,
 *                                  the pid goes before .jfr (out.jfr -> out.12345.jfr)
 *   onstall=report|release         a GIL holder blocked outside any release method while others wait
 *                                  (a hang): report it once with the release= option that fixes it
 *                                  (default), or also take the GIL from it until it runs again
 *   checkpoints=dispatch|backedge  where a holder looks for a drop request: at any dispatch (default,
 *                                  CPython <= 3.9) or only where the interpreter calls its checkpoint
 *                                  method, at backward jumps, calls and returns (CPython 3.10+; modes
 *                                  new and fair; dispatches are then not counted)
 *   checkpoint=pkg.Class#method    the method the interpreter calls at those points (default
 *                                  io.gilscope.demo.vm.Checkpoint#reached when dispatch is the default)
 *   count=false                    modes new and fair: do not count dispatches, read the breaker before
 *                                  each instead (1-3% less run time on tight loops, no per-thread
 *                                  dispatch counts, and the JIT recompiles the dispatch loop at the
 *                                  first drop request); legacy and off always count
 *   location=pkg.Class#method|off  the interpreter's location hook: a public static String method returning
 *                                  the current thread's stack, outermost frame first, one per line, asked
 *                                  at GIL events only (default io.gilscope.demo.vm.Locations#current when
 *                                  dispatch is the default)
 *   cache=DIR|off                  where instrumented classes are kept for the next JVM with the same
 *                                  agent and options (default $XDG_CACHE_HOME/gilscope/classes or
 *                                  ~/.cache/gilscope/classes), or off
 *   verbose                        say what is instrumented
 *   strict                         any bad option stops the JVM with status 2 before the program starts
 *   bootstrap                      put the GIL runtime on the bootstrap class path, for interpreters whose
 *                                  class loader does not delegate to the system class loader
 * </pre>
 * A bad option is reported as one line on stderr and ignored; parsing never throws.
 */
final class AgentOptions {
    static final MethodRef DEFAULT_DISPATCH = new MethodRef("io.gilscope.demo.vm.Interpreter", "run");
    static final MethodRef DEFAULT_CHECKPOINT = new MethodRef("io.gilscope.demo.vm.Checkpoint", "reached");
    static final MethodRef DEFAULT_LOCATION = new MethodRef("io.gilscope.demo.vm.Locations", "current");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(ns|us|µs|ms|s)");

    String mode = "new";
    long intervalNanos = 5_000_000L;
    int checkInterval = 100;
    final List<MethodRef> dispatch = new ArrayList<>();
    boolean dispatchGiven;
    final List<MethodRef> release = new ArrayList<>();
    /** Look for drop requests only in the checkpoint methods (CPython 3.10+), not at every dispatch. */
    boolean backedge;
    final List<MethodRef> checkpoint = new ArrayList<>();
    String jfr;
    /** The location hook, null for none (see {@link #locationGiven}). */
    MethodRef location;
    boolean locationGiven;
    /** The instrumented-class cache's directory (null: the default), unless {@link #cacheOff}. */
    String cacheDir;
    boolean cacheOff;
    boolean count = true;
    boolean releaseOnStall;
    boolean verbose;
    boolean strict;
    boolean bootstrap;
    final List<String> errors = new ArrayList<>();

    static AgentOptions parse(String text) {
        AgentOptions o = new AgentOptions();
        if (text != null) {
            for (String item : text.split(",")) {
                item = item.trim();
                if (!item.isEmpty()) o.apply(item);
            }
        }
        if (o.dispatch.isEmpty()) o.dispatch.add(DEFAULT_DISPATCH);
        if (!o.locationGiven && !o.dispatchGiven) o.location = DEFAULT_LOCATION;
        o.checkCheckpoints();
        return o;
    }

    /** checkpoints=backedge needs a mode that looks on request and an interpreter that names its checkpoints. */
    private void checkCheckpoints() {
        if (!backedge) {
            if (!checkpoint.isEmpty()) error("checkpoint= is used only with checkpoints=backedge; ignored");
            checkpoint.clear();
            return;
        }
        if (!mode.equals("new") && !mode.equals("fair")) {
            error("checkpoints=backedge applies to modes new and fair (legacy drops every checkinterval dispatches, off never drops); using dispatch");
        } else if (checkpoint.isEmpty() && dispatchGiven) {
            error("checkpoints=backedge: name the method this interpreter calls at backward jumps, calls and returns"
                    + " with checkpoint=pkg.Class#method; using dispatch");
        } else {
            if (checkpoint.isEmpty()) checkpoint.add(DEFAULT_CHECKPOINT);
            return;
        }
        backedge = false;
        checkpoint.clear();
    }

    private void apply(String item) {
        int eq = item.indexOf('=');
        String key = (eq < 0 ? item : item.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        String value = eq < 0 ? null : item.substring(eq + 1).trim();
        switch (key) {
            case "count":
                if (value == null || value.equalsIgnoreCase("true")) count = true;
                else if (value.equalsIgnoreCase("false")) count = false;
                else error("count=" + value + ": expected true or false; counting");
                break;
            case "checkpoints":
                if ("dispatch".equals(value) || "backedge".equals(value)) backedge = value.equals("backedge");
                else error("checkpoints=" + value + ": expected dispatch or backedge; using dispatch");
                break;
            case "checkpoint": methods(key, value, checkpoint); break;
            case "location":
                locationGiven = true;
                if ("off".equals(value)) location = null;
                else {
                    List<MethodRef> refs = new ArrayList<>();
                    methods(key, value, refs);
                    location = refs.isEmpty() ? null : refs.get(0);
                }
                break;
            case "cache":
                if (value == null || value.isEmpty()) error("cache: expected cache=DIR or cache=off; using the default directory");
                else if (value.equals("off")) cacheOff = true;
                else cacheDir = value;
                break;
            case "onstall":
                if ("report".equals(value) || "release".equals(value)) releaseOnStall = value.equals("release");
                else error("onstall=" + value + ": expected report or release; reporting");
                break;
            case "verbose": flag(key, value); verbose = true; break;
            case "strict": flag(key, value); strict = true; break;
            case "bootstrap": flag(key, value); bootstrap = true; break;
            case "mode":
                if (value != null && value.matches("new|legacy|fair|off")) mode = value;
                else error("mode=" + value + ": expected new, legacy, fair or off; using " + mode);
                break;
            case "interval":
                long n = parseDuration(value);
                if (n > 0) intervalNanos = n;
                else error("interval=" + value + ": expected a positive duration like 5ms, 100us or 0.5ms; using 5ms");
                break;
            case "checkinterval":
                try {
                    int c = Integer.parseInt(String.valueOf(value));
                    if (c <= 0) throw new NumberFormatException();
                    checkInterval = c;
                } catch (NumberFormatException e) {
                    error("checkinterval=" + value + ": expected a positive number of dispatches; using " + checkInterval);
                }
                break;
            case "dispatch": dispatchGiven = true; methods(key, value, dispatch); break;
            case "release": methods(key, value, release); break;
            case "preset":
                Preset p = value == null ? null : Preset.named(value.toLowerCase(Locale.ROOT));
                if (p == null) {
                    error("preset=" + value + ": expected one of " + Preset.names() + "; ignored");
                } else {
                    dispatchGiven = true;
                    dispatch.add(p.dispatch);
                    release.addAll(p.release);
                }
                break;
            case "jfr":
                if (value == null || value.isEmpty()) error("jfr: expected jfr=path.jfr; not recording");
                else jfr = value;
                break;
            default:
                error("unknown option '" + key + "' (known: mode, interval, checkinterval, dispatch, release, preset, checkpoints, checkpoint, location, jfr, cache, count, onstall, verbose, strict, bootstrap); ignored");
        }
    }

    private void flag(String key, String value) {
        if (value != null) error(key + " takes no value; '" + key + "=" + value + "' read as '" + key + "'");
    }

    private void methods(String key, String value, List<MethodRef> into) {
        if (value == null || value.isEmpty()) {
            error(key + ": expected " + key + "=pkg.Class#method");
            return;
        }
        for (String part : value.split(";")) {
            if (part.isBlank()) continue;
            try {
                into.add(MethodRef.parse(part.trim()));
            } catch (IllegalArgumentException e) {
                error(key + "=" + part.trim() + ": expected pkg.Class#method; ignored");
            }
        }
    }

    private void error(String message) { errors.add(message); }

    /** @return nanoseconds, or -1 if {@code text} is not a duration like 5ms, 100us, 0.5ms, 1s, 250ns */
    static long parseDuration(String text) {
        if (text == null) return -1;
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) return -1;
        double value = Double.parseDouble(m.group(1));
        double scale;
        switch (m.group(2)) {
            case "ns": scale = 1; break;
            case "us": case "µs": scale = 1e3; break;
            case "ms": scale = 1e6; break;
            default: scale = 1e9;
        }
        double nanos = value * scale;
        if (!(nanos >= 1) || nanos > 3600e9) return -1;
        return Math.round(nanos);
    }

    /** The recording's file: %p is the pid; a child of a gilscope process gets its pid before .jfr. */
    static String expandJfrPath(String path, long pid, String parentPid) {
        if (path.contains("%p")) return path.replace("%p", Long.toString(pid));
        if (parentPid == null || parentPid.isBlank()) return path;
        if (path.endsWith(".jfr")) return path.substring(0, path.length() - 4) + "." + pid + ".jfr";
        return path + "." + pid;
    }
}
