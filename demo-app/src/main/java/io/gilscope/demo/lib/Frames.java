package io.gilscope.demo.lib;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.function.IntConsumer;

/**
 * The framing of the parent/worker pipes. Every frame is {@link #MAGIC}, a type byte, a 4-byte length
 * and that many payload bytes. 0xF5 never occurs in UTF-8 text, so on the worker's stdout anything
 * that is not a frame (JVM log lines such as JFR's "Started recording", agent banners) is recognised
 * as stray text and passed on to the parent's stderr instead of corrupting the protocol.
 * <pre>
 * parent -> worker (worker's stdin)
 *   'C' call:   long taskId, value function ('G' reference), int n, n x (value args tuple, value kwargs dict)
 *   'Q' quit:   no payload; the worker exits 0 (it also exits on end of input)
 * worker -> parent (worker's stdout)
 *   'R' ready:  long pid, long JVM uptime in ms when the program module finished loading
 *   'O' output: bytes the program printed (the parent prints them on its own stdout)
 *   'V' values: long taskId, value (a list of the n results)
 *   'X' raised: long taskId, str exception module, str class name, str message, str traceback text,
 *               value args (a tuple) or None when the args cannot be sent
 * </pre>
 * Values use {@link Wire}.
 */
public final class Frames {
    private Frames() { }

    public static final int MAGIC = 0xF5;
    public static final byte CALL = 'C';
    public static final byte QUIT = 'Q';
    public static final byte READY = 'R';
    public static final byte OUTPUT = 'O';
    public static final byte VALUES = 'V';
    public static final byte RAISED = 'X';

    /** A frame read from a pipe. */
    public record Frame(byte type, byte[] payload) { }

    public static void write(DataOutputStream out, byte type, byte[] payload) throws IOException {
        synchronized (out) {
            out.writeByte(MAGIC);
            out.writeByte(type);
            out.writeInt(payload.length);
            out.write(payload);
            out.flush();
        }
    }

    /** Reads the next frame; bytes before a frame's magic go to {@code stray} (may be null: dropped). */
    public static Frame read(DataInputStream in, IntConsumer stray) throws IOException {
        int b;
        while ((b = in.read()) != MAGIC) {
            if (b < 0) throw new EOFException();
            if (stray != null) stray.accept(b);
        }
        byte type = in.readByte();
        int n = in.readInt();
        if (n < 0) throw new IOException("corrupt frame length " + n);
        byte[] payload = new byte[n];
        in.readFully(payload);
        return new Frame(type, payload);
    }
}
