package io.gilscope.reports.analysis;

import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads recordings with {@link RecordingFile}, one event at a time, into a {@link Summary}. Memory is
 * bounded by the number of threads, lock sites and the fixed-size timeline, never by the number of events.
 *
 * <p>The one entry point for reports, {@code check} and the JUnit extension:
 * <pre>{@code Summary s = Analyzer.analyze(List.of(Path.of("run.jfr")), null);}</pre>
 */
public final class Analyzer {
    private Analyzer() {}

    static final int STACK_FRAMES = 12;

    /**
     * Analyses one recording per process. A truncated recording is read as far as its complete chunks
     * go and marked incomplete ({@link Summary#complete()}); a missing or non-JFR file throws.
     *
     * @param title shown in reports; null for a title made from the file names
     */
    public static Summary analyze(List<Path> files, String title) throws RecordingException {
        if (files.isEmpty()) throw new RecordingException("no recording given");
        List<ProcessAggregator> parts = new ArrayList<>();
        List<ProcessSummary> processes = new ArrayList<>();
        for (Path f : files) {
            for (ProcessAggregator agg : read(f)) {
                parts.add(agg);
                processes.add(agg.finish());
            }
        }
        ProcessSummary combined = parts.size() == 1 ? processes.get(0) : ProcessAggregator.combine(parts).finish();
        String t = title != null ? title : defaultTitle(files);
        return new Summary(t, List.copyOf(processes), combined);
    }

    public static Summary analyze(Path file) throws RecordingException {
        return analyze(List.of(file), null);
    }

    private static String defaultTitle(List<Path> files) {
        String first = files.get(0).getFileName().toString();
        return files.size() == 1 ? first : first + " and " + (files.size() - 1) + " more";
    }

    /**
     * Reads one file: one aggregator per JVM whose chunks it holds (one, unless recordings were glued
     * together, see {@link JvmSplit}), each recording what was read and what was lost.
     */
    static List<ProcessAggregator> read(Path file) throws RecordingException {
        ChunkScan scan = scan(file);
        ProcessAggregator agg = new ProcessAggregator(file.getFileName().toString());
        read(file, scan, agg);
        if (scan.complete.size() > 1 && (agg.severalPids() || scan.overlapping())) return JvmSplit.read(file, scan);
        return List.of(agg);
    }

    private static void read(Path file, ChunkScan scan, ProcessAggregator agg) throws RecordingException {
        RecordingInfo info = read(file, scan, new Reader(agg)::accept);
        if (scan.startNanos != Long.MAX_VALUE) agg.chunkSpan(scan.startNanos, scan.endNanos);
        agg.recording(info);
    }

    /**
     * Every event of one recording, in file order, for exports that need them all rather than a summary:
     * the same checks as {@link #analyze} (a missing, non-JFR or unreadable file throws; a truncated or
     * damaged one is read as far as its complete chunks go, and the result says what was lost).
     *
     * @param start called first, with the epoch ns at which the recording's first chunk starts
     */
    public static RecordingInfo forEachEvent(Path file, LongConsumer start, Consumer<RecordedEvent> sink) throws RecordingException {
        ChunkScan scan = scan(file);
        start.accept(scan.startNanos == Long.MAX_VALUE ? 0 : scan.startNanos);
        return read(file, scan, sink);
    }

    private static RecordingInfo read(Path file, ChunkScan scan, Consumer<RecordedEvent> sink) throws RecordingException {
        Path source = file;
        Path temp = null;
        try {
            if (scan.truncated()) {
                temp = Files.createTempFile("gilscope-complete-chunks", ".jfr");
                copy(file, temp, 0, scan.completeBytes);
                source = temp;
            }
            Outcome read = stream(source, sink);
            if (read.events() == 0 && read.error() != null && !scan.truncated()) {
                throw new RecordingException(file + ": not a readable JFR recording (" + read.error() + ")");
            }
            String problem = Outcome.join(truncation(scan), read.problem());
            return new RecordingInfo(file.toString(), scan.fileSize, scan.chunks, scan.completeChunks,
                    scan.fileSize - scan.completeBytes, scan.lostFromNanos, read.events(), problem);
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot read (" + oneLine(e) + ")");
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The file's chunks; throws when none is complete. */
    private static ChunkScan scan(Path file) throws RecordingException {
        ChunkScan scan = ChunkScan.of(file);
        if (scan.completeChunks == 0) {
            String what = scan.chunks == 0 ? "not a JFR recording" : scan.damage != null ? scan.damage
                    : "truncated before its first chunk was complete";
            throw new RecordingException(file + ": " + what + " (" + scan.fileSize + " bytes, nothing readable)");
        }
        return scan;
    }

    /** What a cut or damaged end of the file lost, or null if every chunk was complete. */
    static String truncation(ChunkScan scan) {
        if (!scan.truncated()) return null;
        long lost = scan.fileSize - scan.completeBytes;
        return (scan.damage != null ? scan.damage : "truncated") + ": read " + scan.completeChunks + " complete chunk(s), "
                + scan.completeBytes + " of " + scan.fileSize + " bytes; the last " + lost + " bytes ("
                + Math.round(100.0 * lost / scan.fileSize) + "%) are lost"
                + (scan.lostFromNanos > 0 ? ", with every event from " + Instant.ofEpochSecond(0, scan.lostFromNanos) + " on" : "");
    }

    /** Events read from one source, and why reading stopped early (null if it did not). */
    record Outcome(long events, String error) {
        String problem() {
            return error == null ? null : "read error after " + events + " events (" + error + "); the rest is lost";
        }

        static String join(String a, String b) {
            return a == null ? b : b == null ? a : a + "; " + b;
        }
    }

    /** Streams a file of complete chunks into {@code agg}, as far as the JDK's parser gets. */
    static Outcome stream(Path source, ProcessAggregator agg) {
        return stream(source, new Reader(agg)::accept);
    }

    /** Streams a file of complete chunks into {@code sink}, as far as the JDK's parser gets. */
    static Outcome stream(Path source, Consumer<RecordedEvent> sink) {
        long[] events = {0};
        try {
            stream(source, sink, events);
            return new Outcome(events[0], null);
        } catch (IOException | RuntimeException | InternalError | StackOverflowError e) {
            // The JDK's parser throws InternalError for some damaged constant pools (found by the fuzz test).
            return new Outcome(events[0], oneLine(e));
        }
    }

    static void deleteQuietly(Path temp) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a temporary file: the OS cleans up
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    /** Appends {@code bytes} bytes of {@code from} starting at {@code offset} to {@code to}. */
    static void copy(Path from, Path to, long offset, long bytes) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            long done = 0;
            while (done < bytes) {
                long n = in.transferTo(offset + done, bytes - done, out);
                if (n <= 0) break;
                done += n;
            }
        }
    }

    // ---- event dispatch -----------------------------------------------------------------------

    private static final int OTHER = 0, WAIT = 1, HOLD = 2, DROP = 3, BLOCKING = 4, STATS = 5, CONFIG = 6,
            ENTER = 7, MWAIT = 8, PARK = 9, JVM = 10, ATTACHED = 11, SAMPLE = 12, STALL = 13, COMPILE = 14;

    private static int code(String name) {
        switch (name) {
            case EventNames.GIL_WAIT: return WAIT;
            case EventNames.GIL_HOLD: return HOLD;
            case EventNames.GIL_DROP_REQUEST: return DROP;
            case EventNames.BLOCKING_CALL: return BLOCKING;
            case EventNames.GIL_STATISTICS: return STATS;
            case EventNames.GIL_CONFIGURATION: return CONFIG;
            case EventNames.MONITOR_ENTER: return ENTER;
            case EventNames.MONITOR_WAIT: return MWAIT;
            case EventNames.THREAD_PARK: return PARK;
            case EventNames.JVM_INFORMATION: return JVM;
            case EventNames.AGENT_ATTACHED: return ATTACHED;
            case EventNames.EXECUTION_SAMPLE: return SAMPLE;
            case EventNames.GIL_STALL: return STALL;
            case EventNames.COMPILATION: return COMPILE;
            default: return OTHER;
        }
    }

    private static final class Reader {
        final ProcessAggregator agg;
        final Map<EventType, TypeInfo> types = new IdentityHashMap<>();
        final Map<RecordedThread, ThreadRef> threads = new IdentityHashMap<>();
        final Map<RecordedStackTrace, Site> sites = new IdentityHashMap<>();
        final Map<RecordedClass, String> classNames = new IdentityHashMap<>();   // getName() makes a new string each time

        Reader(ProcessAggregator agg) { this.agg = agg; }

        void accept(RecordedEvent e) {
            EventType type = e.getEventType();
            TypeInfo info = types.get(type);
            if (info == null) {
                info = new TypeInfo(type);
                types.put(type, info);
            }
            int c = info.code;
            long start = nanos(e.getStartTime());
            long end = c == OTHER || c == DROP || c == STATS || c == CONFIG || c == JVM || c == ATTACHED || c == STALL ? start : nanos(e.getEndTime());
            switch (c) {
                case WAIT: {
                    ThreadRef t = thread(info.thread(e, "eventThread"));
                    agg.gilWait(t.id, t.name, start, end, info.string(e, "reason"), (int) info.num(e, "interpreter"));
                    agg.waitedAt(t.name, info.string(e, "waitedAt"), info.string(e, "holderAt"), start, end);
                    RecordedThread prev = info.thread(e, "previousHolder");
                    if (prev != null) agg.waitedFor(t.id, thread(prev).name, end - start);
                    break;
                }
                case HOLD: {
                    ThreadRef t = thread(info.thread(e, "eventThread"));
                    String reason = info.string(e, "releaseReason");
                    agg.gilHold(t.id, t.name, start, end, info.num(e, "dispatches"), info.num(e, "reacquisitions"),
                            reason, "blocking".equals(reason) ? info.string(e, "blockingMethod") : null, (int) info.num(e, "interpreter"));
                    agg.heldAt(t.name, info.string(e, "takenAt"), info.string(e, "droppedAt"), start, end);
                    break;
                }
                case DROP: {
                    ThreadRef t = thread(info.thread(e, "eventThread"));
                    agg.dropRequest(t.id, t.name, start);
                    break;
                }
                case BLOCKING: {
                    ThreadRef t = thread(info.thread(e, "eventThread"));
                    agg.blockingCall(t.id, t.name, start, end, info.string(e, "method"));
                    agg.blockedAt(info.string(e, "at"), start, end);
                    break;
                }
                case STATS:
                    agg.statistics(start, info.num(e, "dispatches"), info.num(e, "switches"), info.num(e, "forcedSwitches"),
                            info.num(e, "reacquisitions"), (int) info.num(e, "waiters"), (int) info.num(e, "interpreter"));
                    break;
                case CONFIG:
                    agg.seen(start, start);
                    agg.configuration((int) info.num(e, "schemaVersion"), info.string(e, "mode"), info.num(e, "switchInterval"),
                            (int) info.num(e, "checkInterval"), info.string(e, "dispatchMethods"), info.string(e, "agentVersion"),
                            info.bool(e, "dispatchesCounted", true), // agents before the field always counted
                            info.string(e, "checkpoints"));
                    break;
                case ENTER: lock(LockKind.MONITOR_ENTER, e, info, "monitorClass", start, end); break;
                case MWAIT: lock(LockKind.MONITOR_WAIT, e, info, "monitorClass", start, end); break;
                case PARK: lock(LockKind.THREAD_PARK, e, info, "parkedClass", start, end); break;
                case JVM:
                    agg.seen(start, start);
                    agg.jvm(info.num(e, "pid"), info.string(e, "javaArguments"));
                    break;
                case ATTACHED:
                    agg.seen(start, start);
                    agg.attached(info.string(e, "runningThreads"));
                    break;
                case STALL: {
                    agg.seen(start, start);
                    RecordedThread holder = info.thread(e, "holder");
                    agg.stall(new Stall(String.valueOf(info.string(e, "fix")), thread(holder).name(), info.string(e, "state"),
                            info.string(e, "frames"), 1, info.bool(e, "released", false) ? 1 : 0, Math.max(0, info.num(e, "stalledFor"))));
                    break;
                }
                case COMPILE: {
                    agg.seen(start, start);
                    Object m = info.fields.get(e, "method");
                    if (m instanceof RecordedMethod method && method.getType() != null && info.bool(e, "succeded", true)) {
                        agg.compiled(method.getType().getName() + "#" + method.getName(), (int) info.num(e, "compileLevel"), end);
                    }
                    break;
                }
                case SAMPLE: {
                    agg.seen(start, start);
                    ThreadRef sampled = thread(info.thread(e, "sampledThread"));
                    if (sampled.virtual()) agg.virtualThread(sampled.id());
                    break;
                }
                default:
                    agg.seen(start, start);
            }
        }

        private void lock(LockKind recorded, RecordedEvent e, TypeInfo info, String classField, long start, long end) {
            RecordedClass cls = info.type(e, classField);
            RecordedStackTrace st = info.stackTrace(e);
            Site site = st == null ? null : sites.get(st);
            if (st != null && site == null) {
                if (sites.size() > 50_000) sites.clear();
                site = new Site(st, recorded);
                sites.put(st, site);
            }
            LockKind kind = site == null ? recorded : site.kind(recorded);
            ThreadRef t = thread(info.thread(e, "eventThread"));
            // The recorder's own housekeeping (its threads, or any thread inside jdk.jfr code such as
            // Recording.stop) is not the program's contention.
            if (t.jfr || site != null && site.name != null && isHousekeeping(kind, site.name)) return;
            RecordedThread owner = kind.blocksOnMonitor() ? info.thread(e, "previousOwner") : null;
            agg.lock(kind, t.name, start, end, cls == null ? null : className(cls), site == null ? null : site.name,
                    site == null ? null : site::stack, owner == null ? null : thread(owner).name());
        }

        private String className(RecordedClass c) {
            String name = classNames.get(c);
            if (name == null) {
                if (classNames.size() > 50_000) classNames.clear();
                name = c.getName();
                classNames.put(c, name);
            }
            return name;
        }

        private ThreadRef thread(RecordedThread t) {
            if (t == null) return ThreadRef.UNKNOWN;
            ThreadRef r = threads.get(t);
            if (r == null) {
                if (threads.size() > 50_000) threads.clear();
                String name = threadName(t);
                long id = t.getJavaThreadId() > 0 ? t.getJavaThreadId() : -t.getOSThreadId();
                // "virtual" exists in recordings of JDK 21 and later.
                r = new ThreadRef(id, name, name != null && name.startsWith("JFR "), t.hasField("virtual") && t.getBoolean("virtual"));
                threads.put(t, r);
            }
            return r;
        }
    }

    /** An event type's dispatch code and its fields, read by position (see {@link EventFields}). */
    private static final class TypeInfo {
        final int code;
        final EventFields fields;

        TypeInfo(EventType type) {
            code = code(type.getName());
            fields = new EventFields(type);
        }

        String string(RecordedEvent e, String field) {
            Object v = fields.get(e, field);
            return v instanceof RecordedThread t ? t.getJavaName() : v == null ? null : v.toString();
        }

        long num(RecordedEvent e, String field) {
            return fields.get(e, field) instanceof Number n ? n.longValue() : -1;
        }

        boolean bool(RecordedEvent e, String field, boolean absent) {
            return fields.get(e, field) instanceof Boolean b ? b : absent;
        }

        RecordedThread thread(RecordedEvent e, String field) {
            return fields.get(e, field) instanceof RecordedThread t ? t : null;
        }

        RecordedClass type(RecordedEvent e, String field) {
            return fields.get(e, field) instanceof RecordedClass c ? c : null;
        }

        RecordedStackTrace stackTrace(RecordedEvent e) {
            return fields.get(e, "stackTrace") instanceof RecordedStackTrace st ? st : null;
        }
    }

    /**
     * A stack trace's site and (made when first asked) printed frames. A wait event and the monitor enter
     * of the same wait re-entering share a stack trace; its site is the code that called wait() for both.
     */
    private static final class Site {
        final RecordedStackTrace trace;
        final boolean insideObjectWait;
        final String name;
        private String stack;

        Site(RecordedStackTrace trace, LockKind recorded) {
            this.trace = trace;
            this.insideObjectWait = insideObjectWait(trace);
            this.name = site(kind(recorded), trace);
        }

        /** The recorded kind, except that a monitor enter inside Object.wait is a re-entry after the wait. */
        LockKind kind(LockKind recorded) {
            return recorded == LockKind.MONITOR_ENTER && insideObjectWait ? LockKind.MONITOR_REENTER : recorded;
        }

        String stack() {
            if (stack == null) stack = Analyzer.stack(trace);
            return stack;
        }
    }

    private record ThreadRef(long id, String name, boolean jfr, boolean virtual) {
        static final ThreadRef UNKNOWN = new ThreadRef(0, "(unknown thread)", false, false);
    }

    private static void stream(Path file, Consumer<RecordedEvent> sink, long[] events) throws IOException {
        try (RecordingFile rf = new RecordingFile(file)) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                events[0]++;
                sink.accept(e);
            }
        }
    }

    /** A thread's name as reports show it: its Java name, else its OS name (null if it has neither). */
    public static String threadName(RecordedThread t) {
        return t.getJavaName() != null ? t.getJavaName() : t.getOSName();
    }

    /** An event time as epoch nanoseconds. */
    public static long nanos(Instant i) {
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    // ---- stack traces -------------------------------------------------------------------------

    /**
     * Site of a contention event (see {@link LockSummary}): for a monitor, the synchronized code; for
     * a wait, a re-entry after a wait, or a park, the first frame outside the JDK's lock and queue machinery (java.util.concurrent
     * with its queues, latches and ForkJoinPool.managedBlock, LockSupport, Object.wait, Thread.join), so
     * that Condition.await, BlockingQueue.take or a pool's borrow name the code that called them. A
     * thread that waits inside java.util.concurrent only (an idle pool worker) is filed at the first
     * frame there that is not a primitive (ThreadPoolExecutor.getTask), not at Thread.run.
     */
    static String site(LockKind kind, RecordedStackTrace st) {
        List<RecordedFrame> frames = st.getFrames();
        if (frames.isEmpty()) return null;
        if (kind == LockKind.MONITOR_ENTER) return method(frames.get(0).getMethod());
        RecordedMethod concurrent = null;
        for (RecordedFrame f : frames) {
            RecordedMethod m = f.getMethod();
            if (m == null || m.getType() == null) continue;
            String type = m.getType().getName();
            if (isLockMachinery(type, m.getName())) continue;
            if (type.startsWith("java.util.concurrent.")) {
                if (concurrent == null && !isBlockingPrimitive(type)) concurrent = m;
                continue;
            }
            if (concurrent != null && isThreadEntry(type, m.getName())) break;
            return method(m);
        }
        return method(concurrent != null ? concurrent : frames.get(frames.size() - 1).getMethod());
    }

    /** Whether the top frame is Object.wait (wait0 on JDK 21 and later, wait(long) before). */
    static boolean insideObjectWait(RecordedStackTrace st) {
        List<RecordedFrame> frames = st.getFrames();
        if (frames.isEmpty()) return false;
        RecordedMethod m = frames.get(0).getMethod();
        return m != null && m.getType() != null && m.getType().getName().equals("java.lang.Object") && m.getName().startsWith("wait");
    }

    /**
     * java.util.concurrent classes that block for their callers: queues, latches, barriers, futures,
     * ForkJoinPool, atomics (the locks package is {@link #isLockMachinery} already).
     */
    private static boolean isBlockingPrimitive(String type) {
        return type.startsWith("java.util.concurrent.atomic.") || BLOCKING_PRIMITIVE.matcher(type).find();
    }

    private static final Pattern BLOCKING_PRIMITIVE = Pattern.compile("Queue|Deque|Latch|Semaphore|Exchanger|Phaser|Barrier|Future|ForkJoin");

    private static boolean isThreadEntry(String type, String method) {
        return (type.equals("java.lang.Thread") || type.equals("java.lang.VirtualThread")) && method.startsWith("run");
    }

    /**
     * Sites that are not the program's contention: the recorder's own code, the GIL agent's own
     * parking (already shown as GIL waits) and the JDK's reference-handling threads waiting for work.
     */
    static boolean isHousekeeping(LockKind kind, String site) {
        return site.startsWith("jdk.jfr.") || site.startsWith("io.gilscope.agent.")
                || !kind.blocksOnMonitor() && (site.startsWith("java.lang.ref.") || site.startsWith("jdk.internal.ref."));
    }

    static boolean isLockMachinery(String type, String method) {
        return type.startsWith("java.util.concurrent.locks.") || type.startsWith("jdk.internal.misc.")
                || type.equals("java.lang.Object") || type.equals("sun.misc.Unsafe")
                || type.startsWith("java.lang.VirtualThread") || type.equals("java.lang.Thread") && (method.startsWith("sleep") || method.startsWith("join"));
    }

    /** Like {@code jfr view}: {@code pkg.Class.method(ParamSimpleName, ...)}. */
    static String method(RecordedMethod m) {
        if (m == null) return "(unknown)";
        String type = m.getType() == null ? "?" : m.getType().getName();
        return type + "." + m.getName() + "(" + params(m.getDescriptor()) + ")";
    }

    static String params(String descriptor) {
        if (descriptor == null || descriptor.isEmpty() || descriptor.charAt(0) != '(') return "";
        StringBuilder sb = new StringBuilder();
        int i = 1;
        while (i < descriptor.length() && descriptor.charAt(i) != ')') {
            int dims = 0;
            while (descriptor.charAt(i) == '[') { dims++; i++; }
            String t;
            char c = descriptor.charAt(i);
            if (c == 'L') {
                int semi = descriptor.indexOf(';', i);
                String full = descriptor.substring(i + 1, semi);
                t = full.substring(full.lastIndexOf('/') + 1);
                i = semi + 1;
            } else {
                t = switch (c) {
                    case 'Z' -> "boolean"; case 'B' -> "byte"; case 'C' -> "char"; case 'S' -> "short";
                    case 'I' -> "int"; case 'J' -> "long"; case 'F' -> "float"; case 'D' -> "double";
                    default -> String.valueOf(c);
                };
                i++;
            }
            if (sb.length() > 0) sb.append(", ");
            sb.append(t).append("[]".repeat(dims));
        }
        return sb.toString();
    }

    static String stack(RecordedStackTrace st) {
        StringBuilder sb = new StringBuilder();
        List<RecordedFrame> frames = st.getFrames();
        int n = Math.min(frames.size(), STACK_FRAMES);
        for (int i = 0; i < n; i++) {
            RecordedFrame f = frames.get(i);
            sb.append(method(f.getMethod()));
            if (f.getLineNumber() > 0) sb.append(" line: ").append(f.getLineNumber());
            sb.append('\n');
        }
        if (frames.size() > n || st.isTruncated()) sb.append("...\n");
        return sb.toString();
    }
}
