package io.gilscope.demo.vm;

/**
 * The GIL agent's location hook (agent option location=, the default for demo-app): where the current
 * thread is in Python code, asked only when the thread takes, drops or waits for the GIL or makes a
 * blocking call. A frame's line is where it made its call; the innermost frame's line is exact at a
 * blocking call and when a frame starts, and otherwise that of its last call (or its first line), since
 * the interpreter does not store its position before every instruction.
 */
public final class Locations {
    private Locations() {}

    /** The frames of the current thread, outermost first, one per line as {@code function (file:line)}; "" outside Python code. */
    public static String current() {
        Frame top = InterpreterThread.currentFrame();
        if (top == null) return "";
        int depth = 0;
        for (Frame f = top; f != null; f = f.back) depth++;
        Frame[] frames = new Frame[depth];
        for (Frame f = top; f != null; f = f.back) frames[--depth] = f;
        StringBuilder sb = new StringBuilder();
        for (Frame f : frames) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(f.code.name).append(" (").append(f.code.filename).append(':').append(f.code.lineAt(f.pc)).append(')');
        }
        return sb.toString();
    }
}
