package io.gilscope.demo.vm;


import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The process's standard input, shared by input(), sys.stdin (text) and sys.stdin.buffer (bytes) as
 * CPython's layers share one buffer. Reads block, so they release the GIL.
 */
public final class Stdin {
    private static volatile BufferedInputStream in = new BufferedInputStream(System.in);

    private Stdin() { }

    /** A program run in this JVM (tests) reads from {@code source}. */
    public static void reset(InputStream source) {
        in = new BufferedInputStream(source);
    }

    /** One line with its '\n', fewer bytes at the end of input, none at its end. */
    @ReleasesGil
    public static byte[] readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            synchronized (Stdin.class) {
                for (int b; (b = in.read()) >= 0; ) {
                    line.write(b);
                    if (b == '\n') break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toByteArray();
    }

    /** input(): the prompt, then one line without its end; EOFError at the end of input. */
    public static String input(Object prompt) {
        if (prompt != null) {
            Builtins.out.print(Ops.str(prompt));
            Builtins.out.flush();
        }
        String line = text(readLine());
        if (line.isEmpty()) throw Errors.make(Errors.EOF_ERROR, "EOF when reading a line");
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /** Text as CPython's sys.stdin gives it: UTF-8, line ends kept as they are. */
    public static String text(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Up to {@code n} bytes, or everything left when n < 0. */
    @ReleasesGil
    public static byte[] read(long n) {
        try {
            synchronized (Stdin.class) {
                return n < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(n, Integer.MAX_VALUE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
