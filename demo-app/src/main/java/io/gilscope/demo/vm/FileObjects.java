package io.gilscope.demo.vm;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * open(): files as CPython's io module gives them, a TextIOWrapper in text mode and a BufferedReader,
 * BufferedWriter or BufferedRandom in binary mode, each on a java.nio FileChannel. Text is decoded as
 * it is read (UTF-8 unless encoding= says otherwise) with universal newlines (\r\n and \r read as \n).
 * Every wait on the disk is a {@link ReleasesGil} leaf, as CPython drops the GIL around its reads and
 * writes; so is taking a file's own lock, which two threads reading one file contend for, since a
 * thread must never wait for that lock while it holds the GIL.
 */
public final class FileObjects {
    private static final int CHUNK = 1 << 16;
    public static final PyClass UNSUPPORTED_OPERATION = unsupportedOperation();
    private static final PyClass TEXT = fileClass("TextIOWrapper", true);
    private static final PyClass READER = fileClass("BufferedReader", false);
    private static final PyClass WRITER = fileClass("BufferedWriter", false);
    private static final PyClass RANDOM = fileClass("BufferedRandom", false);

    private FileObjects() { }

    /** An open file: its channel, what was read ahead of the caller, and what is written but not yet flushed. */
    private static final class State {
        final ReentrantLock lock = new ReentrantLock();
        final FileChannel channel;
        final String name;
        final String mode;
        final boolean text, readable, writable;
        /** open's newline: null (the default) reads \r\n and \r as \n; "" ends lines at any of them, kept as they are; else that one. */
        final String newline;
        final Charset charset;
        final CharsetDecoder decoder;
        /** Bytes read from the channel and not yet given out (binary) or decoded (text). */
        ByteBuffer raw = ByteBuffer.allocate(0);
        /** Text decoded, newlines translated, not yet given out. */
        final StringBuilder decoded = new StringBuilder();
        /** A \r at the end of a chunk: \n, or the start of \r\n, decided by the next chunk. */
        boolean pendingCr;
        boolean eof;
        final ByteArrayOutputStream unwritten = new ByteArrayOutputStream();
        boolean closed;

        State(FileChannel channel, String name, String mode, boolean text, boolean readable, boolean writable, String newline,
              Charset charset) {
            this.channel = channel;
            this.newline = newline;
            this.name = name;
            this.mode = mode;
            this.text = text;
            this.readable = readable;
            this.writable = writable;
            this.charset = charset;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }
    }

    private interface Operation {
        Object apply(State st, Object[] a);
    }

    /** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None). */
    public static Object open(Object[] a, String[] k) {
        Object[] p = Args.parse("open", a, k, 1, "file", "mode", "buffering", "encoding", "errors", "newline");
        String name = fspath(p[0]);
        String mode = p[1] == null ? "r" : Ops.str(p[1]);
        Set<Character> flags = new HashSet<>();
        for (char c : mode.toCharArray()) {
            if ("rwxabt+".indexOf(c) < 0 || !flags.add(c)) throw Errors.valueError("invalid mode: '" + mode + "'");
        }
        int kinds = (flags.contains('r') ? 1 : 0) + (flags.contains('w') ? 1 : 0) + (flags.contains('a') ? 1 : 0) + (flags.contains('x') ? 1 : 0);
        if (kinds != 1) throw Errors.valueError("must have exactly one of create/read/write/append mode");
        boolean binary = flags.contains('b');
        if (binary && flags.contains('t')) throw Errors.valueError("can't have text and binary mode at once");
        if (binary && p[3] != null && p[3] != PyNone.NONE) throw Errors.valueError("binary mode doesn't take an encoding argument");
        Charset charset = Codecs.charset(p[3]);
        boolean plus = flags.contains('+');
        boolean readable = flags.contains('r') || plus;
        boolean writable = !flags.contains('r') || plus;
        Set<OpenOption> options = new HashSet<>();
        if (readable) options.add(StandardOpenOption.READ);
        if (writable) options.add(StandardOpenOption.WRITE);
        if (flags.contains('w')) options.addAll(Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING));
        if (flags.contains('a')) options.addAll(Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        if (flags.contains('x')) options.add(StandardOpenOption.CREATE_NEW);
        Object opened = openChannel(Path.of(name), options);
        if (opened instanceof IOException e) throw osError(e, name);
        Object newline = p[5] == null ? PyNone.NONE : p[5];
        if (newline != PyNone.NONE && !(newline instanceof String nl && (nl.isEmpty() || nl.equals("\n") || nl.equals("\r") || nl.equals("\r\n")))) {
            throw Errors.valueError("illegal newline value: " + Ops.str(newline));
        }
        if (binary && newline != PyNone.NONE) throw Errors.valueError("binary mode doesn't take a newline argument");
        State st = new State((FileChannel) opened, name, mode, !binary, readable, writable, newline == PyNone.NONE ? null : (String) newline, charset);
        PyInstance f = new PyInstance(!binary ? TEXT : plus ? RANDOM : readable ? READER : WRITER);
        f.nativeState = st;
        f.attrs.put("name", name);
        f.attrs.put("mode", mode);
        if (!binary) f.attrs.put("encoding", charset.name());
        return f;
    }

    /** What CPython reports as IsADirectoryError; Java opens a directory for reading, or fails otherwise. */
    public static final class IsADirectoryException extends IOException {
        public IsADirectoryException(String path) {
            super(path);
        }
    }

    /** The channel, or the IOException. */
    @ReleasesGil
    private static Object openChannel(Path path, Set<OpenOption> options) {
        try {
            if (Files.isDirectory(path)) return new IsADirectoryException(path.toString());
            return FileChannel.open(path, options);
        } catch (IOException e) {
            return e;
        }
    }

    /** os.fspath: a str path as it is, bytes decoded, an os.PathLike object's __fspath__() (pathlib's paths). */
    public static String fspath(Object path) {
        Object p = Values.unwrap(path);
        if (p instanceof String s) return s;
        if (p instanceof PyBytes b) return new String(b.data(), java.nio.charset.StandardCharsets.UTF_8);
        Object f = path instanceof PyInstance ? Ops.getattrOrNull(path, "__fspath__") : null;
        if (f != null && Ops.call(f, new Object[0], null) instanceof String s) return s;
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(path));
    }

    /** The OSError subclass CPython raises for e on the file {@code name}, with errno, strerror and filename. */
    public static PyException osError(IOException e, String name) {
        if (e instanceof NoSuchFileException) return Errors.osError(Errors.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", name);
        if (e instanceof AccessDeniedException) return Errors.osError(Errors.PERMISSION_ERROR, 13, "Permission denied", name);
        if (e instanceof FileAlreadyExistsException) return Errors.osError(Errors.FILE_EXISTS_ERROR, 17, "File exists", name);
        if (e instanceof IsADirectoryException) return Errors.osError(Errors.IS_A_DIRECTORY_ERROR, 21, "Is a directory", name);
        if (e instanceof DirectoryNotEmptyException) return Errors.osError(Errors.OS_ERROR, 39, "Directory not empty", name);
        if (e instanceof NotDirectoryException || "Not a directory".equals(e instanceof FileSystemException f ? f.getReason() : null)) {
            return Errors.osError(Errors.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", name);
        }
        PyException p = ioError(e);
        ((PyInstance) p.value).attrs.put("filename", name);
        return p;
    }

    /** An OSError for a failure on an open file. */
    private static PyException ioError(IOException e) {
        return Errors.make(Errors.OS_ERROR, String.valueOf(e.getMessage()));
    }


    private static PyClass unsupportedOperation() {
        PyClass c = new PyClass("UnsupportedOperation", new PyClass[] {Errors.OS_ERROR, Errors.VALUE_ERROR});
        c.module = "io";
        return c;
    }

    private static PyClass fileClass(String name, boolean text) {
        PyClass c = new PyClass(name, Types.OBJECT);
        c.module = "_io";
        method(c, "read", (st, a) -> {
            long n = a.length > 0 && a[0] != PyNone.NONE ? Ops.toLong(a[0]) : -1;
            return st.text ? readText(st, n) : new PyBytes(readBytes(st, n));
        });
        method(c, "readline", (st, a) -> readLine(st, a.length > 0 && a[0] != PyNone.NONE ? Ops.toLong(a[0]) : -1));
        method(c, "readlines", (st, a) -> {
            PyList lines = new PyList();
            for (Object line = readLine(st, -1); Ops.len(line) > 0; line = readLine(st, -1)) lines.append(line);
            return lines;
        });
        method(c, "__next__", (st, a) -> {
            Object line = readLine(st, -1);
            if (Ops.len(line) == 0) throw new PyException(Errors.instance(Errors.STOP_ITERATION));
            return line;
        });
        method(c, "write", (st, a) -> {
            byte[] data = bytesToWrite(st, a[0]);
            writable(st);
            st.unwritten.writeBytes(data);
            if (st.unwritten.size() >= CHUNK) flush(st);
            return st.text ? (Object) (long) Ops.str(a[0]).codePointCount(0, Ops.str(a[0]).length()) : (long) data.length;
        });
        method(c, "writelines", (st, a) -> {
            writable(st);
            for (Object line : Ops.iterToList(a[0])) st.unwritten.writeBytes(bytesToWrite(st, line));
            if (st.unwritten.size() >= CHUNK) flush(st);
            return PyNone.NONE;
        });
        method(c, "flush", (st, a) -> {
            flush(st);
            return PyNone.NONE;
        });
        method(c, "seek", (st, a) -> {
            long offset = Ops.toLong(a[0]);
            int whence = a.length > 1 ? (int) Ops.toLong(a[1]) : 0;
            if (whence < 0 || whence > 2) throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            if (st.text && whence != 0 && offset != 0) {   // a text file's positions are only those tell() gave
                throw Errors.make(UNSUPPORTED_OPERATION, "can't do nonzero " + (whence == 1 ? "cur" : "end") + "-relative seeks");
            }
            flush(st);
            long base = whence == 0 ? 0 : whence == 1 ? position(st) : size(st);
            long target = base + offset;
            if (target < 0) throw Errors.make(Errors.OS_ERROR, "[Errno 22] Invalid argument");
            reposition(st, target);
            return target;
        });
        method(c, "tell", (st, a) -> {
            flush(st);
            return position(st);
        });
        method(c, "readable", (st, a) -> st.readable);
        method(c, "writable", (st, a) -> st.writable);
        method(c, "seekable", (st, a) -> true);
        c.def("__iter__", (a, k) -> {
            openState(a[0]);
            return a[0];
        });
        c.def("__enter__", (a, k) -> {
            openState(a[0]);
            return a[0];
        });
        c.def("close", (a, k) -> {   // closing a closed file is fine
            State st = stateOf(a[0]);
            return locked(st, FileObjects::close);
        });
        c.def("__exit__", (a, k) -> {
            State st = stateOf(a[0]);
            return locked(st, FileObjects::close);
        });
        c.defProperty("closed", (a, k) -> stateOf(a[0]).closed);
        c.def("__repr__", (a, k) -> {
            State st = stateOf(a[0]);
            return "<_io." + name + " name=" + Ops.repr(st.name) + (text ? " mode=" + Ops.repr(st.mode) + " encoding='UTF-8'" : "") + ">";
        });
        return c;
    }

    /** A method that needs the file open, run under the file's lock. */
    private static void method(PyClass c, String name, Operation body) {
        c.def(name, (a, k) -> {
            State st = openState(a[0]);
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return locked(st, s -> body.apply(s, rest));
        });
    }

    private static Object locked(State st, java.util.function.Function<State, Object> body) {
        lock(st.lock);
        try {
            return body.apply(st);
        } finally {
            st.lock.unlock();
        }
    }

    @ReleasesGil
    private static void lock(ReentrantLock lock) {
        lock.lock();
    }

    private static State stateOf(Object self) {
        if (self instanceof PyInstance i && i.nativeState instanceof State st) return st;
        throw Errors.typeError("descriptor needs a file object, not '" + Ops.typeName(self) + "'");
    }

    private static State openState(Object self) {
        State st = stateOf(self);
        if (st.closed) throw Errors.valueError("I/O operation on closed file.");
        return st;
    }

    private static void readable(State st) {
        if (!st.readable) throw Errors.make(UNSUPPORTED_OPERATION, "not readable");
    }

    private static void writable(State st) {
        if (!st.writable) throw Errors.make(UNSUPPORTED_OPERATION, "not writable");
    }

    private static byte[] bytesToWrite(State st, Object data) {
        if (st.text) {
            if (!(data instanceof String s)) throw Errors.typeError("write() argument must be str, not " + Ops.typeName(data));
            return s.getBytes(st.charset);
        }
        if (!(data instanceof PyBytes b)) throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(data) + "'");
        return b.data();
    }

    // ---- reading -------------------------------------------------------------------------

    /** Reads the next chunk into st.raw; false at the end of the file. */
    private static boolean fill(State st) {
        if (st.eof) return false;
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
        Object got = readChannel(st.channel, chunk);
        if (got instanceof IOException e) throw ioError(e);
        if ((int) got < 0) {
            st.eof = true;
            return false;
        }
        chunk.flip();
        if (!st.raw.hasRemaining()) {
            st.raw = chunk;
        } else {   // a line or a character across two chunks
            ByteBuffer joined = ByteBuffer.allocate(st.raw.remaining() + chunk.remaining());
            joined.put(st.raw).put(chunk).flip();
            st.raw = joined;
        }
        return true;
    }

    @ReleasesGil
    private static Object readChannel(FileChannel channel, ByteBuffer into) {
        try {
            return channel.read(into);
        } catch (IOException e) {
            return e;
        }
    }

    private static byte[] readBytes(State st, long n) {
        readable(st);
        flush(st);
        if (n < 0) {   // the rest of the file, chunk by chunk without copying what came before again
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            do {
                all.write(st.raw.array(), st.raw.arrayOffset() + st.raw.position(), st.raw.remaining());
                st.raw = ByteBuffer.allocate(0);
            } while (fill(st));
            return all.toByteArray();
        }
        while (st.raw.remaining() < n && fill(st)) { }
        int take = (int) Math.min(n, st.raw.remaining());
        byte[] out = new byte[take];
        st.raw.get(out);
        return out;
    }

    /** Decodes what is read until {@code chars} characters (or a \n, with {@code line}) are decoded, or the end. */
    private static void decode(State st, long chars, boolean line) {
        while ((chars < 0 || st.decoded.length() < chars) && !(line && lineEnd(st) >= 0)) {
            if (st.eof) return;   // decoded to the end already, the decoder flushed
            boolean more = fill(st);
            CharBuffer out = CharBuffer.allocate(st.raw.remaining() + 1);
            st.decoder.decode(st.raw, out, !more);
            if (!more) {
                if (st.raw.hasRemaining()) throw decodeError(st);
                st.decoder.flush(out);
            } else if (st.raw.remaining() > 8) {
                throw decodeError(st);   // more than a split character left undecoded: malformed input
            }
            out.flip();
            translateNewlines(st, out, !more);
            if (!more) break;
        }
    }

    private static PyException decodeError(State st) {
        return Errors.make(Errors.VALUE_ERROR, "'" + Codecs.name(st.charset) + "' codec can't decode bytes in file " + Ops.repr(st.name));
    }

    /** Universal newlines: \r\n and a lone \r become \n; a \r at a chunk's end waits for the next. */
    private static void translateNewlines(State st, CharBuffer chars, boolean atEnd) {
        StringBuilder d = st.decoded;
        if (st.newline != null) {   // newline='' and the like: as they are
            d.append(chars);
            return;
        }
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (st.pendingCr) {
                st.pendingCr = false;
                d.append('\n');
                if (c == '\n') continue;
            }
            if (c == '\r') st.pendingCr = true;
            else d.append(c);
        }
        if (atEnd && st.pendingCr) {
            st.pendingCr = false;
            d.append('\n');
        }
    }

    /** Where the first line of the decoded text ends (after its line end), or -1 if it has none yet. */
    private static int lineEnd(State st) {
        StringBuilder d = st.decoded;
        if (st.newline == null || st.newline.equals("\n")) return end(d.indexOf("\n"), 1);
        if (!st.newline.isEmpty()) return end(d.indexOf(st.newline), st.newline.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '\n') return i + 1;
            if (c != '\r') continue;
            if (i + 1 < d.length()) return d.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            return st.eof ? i + 1 : -1;   // a \r at the end of what is decoded: a \n may follow
        }
        return -1;
    }

    private static int end(int at, int length) {
        return at < 0 ? -1 : at + length;
    }

    private static String readText(State st, long n) {
        readable(st);
        flush(st);
        decode(st, n, false);
        return take(st, n < 0 ? st.decoded.length() : (int) Math.min(n, st.decoded.length()));
    }

    private static String take(State st, int chars) {
        String s = st.decoded.substring(0, chars);
        st.decoded.delete(0, chars);
        return s;
    }

    private static Object readLine(State st, long limit) {
        readable(st);
        flush(st);
        if (st.text) {
            decode(st, -1, true);
            int end = lineEnd(st);
            if (end < 0) end = st.decoded.length();
            return take(st, limit < 0 ? end : (int) Math.min(limit, end));
        }
        while (true) {
            for (int i = st.raw.position(); i < st.raw.limit(); i++) {
                if (st.raw.get(i) == '\n') return new PyBytes(readBytes(st, limit < 0 ? i - st.raw.position() + 1 : Math.min(limit, i - st.raw.position() + 1)));
            }
            if (!fill(st)) return new PyBytes(readBytes(st, limit));
        }
    }

    // ---- writing, positions, closing -----------------------------------------------------

    private static void flush(State st) {
        if (st.unwritten.size() == 0) return;
        ByteBuffer data = ByteBuffer.wrap(st.unwritten.toByteArray());
        st.unwritten.reset();
        IOException e = writeChannel(st.channel, data);
        if (e != null) throw ioError(e);
    }

    @ReleasesGil
    private static IOException writeChannel(FileChannel channel, ByteBuffer data) {
        try {
            while (data.hasRemaining()) channel.write(data);
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /** The caller's position: the channel's, less what was read ahead and not given out. */
    private static long position(State st) {
        try {
            long ahead = st.raw.remaining();
            if (st.text) ahead += st.decoded.toString().getBytes(st.charset).length + (st.pendingCr ? 1 : 0);
            return st.channel.position() - ahead;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private static long size(State st) {
        try {
            return st.channel.size();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private static void reposition(State st, long target) {
        try {
            st.channel.position(target);
        } catch (IOException e) {
            throw ioError(e);
        }
        st.raw = ByteBuffer.allocate(0);
        st.decoded.setLength(0);
        st.pendingCr = false;
        st.eof = false;
        st.decoder.reset();
    }

    private static Object close(State st) {
        if (st.closed) return PyNone.NONE;
        try {
            flush(st);
        } finally {
            st.closed = true;
            closeChannel(st.channel);
        }
        return PyNone.NONE;
    }

    @ReleasesGil
    private static void closeChannel(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // the data was flushed before; a failing close loses nothing more
        }
    }
}
