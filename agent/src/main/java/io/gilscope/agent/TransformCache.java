package io.gilscope.agent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.ProtectionDomain;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Instrumented class files kept on disk, so that a JVM started with the same agent and settings (a
 * multiprocessing child, the next run of a program) gets them without Byte Buddy. Loading and running
 * Byte Buddy was 0.45 s of the 0.75 s a JVM took to start under the agent.
 *
 * <p>An entry is keyed by the SHA-256 of the settings (the agent jar's identity and every option that
 * shapes the instrumentation), the class's name and its original class file; it holds the instrumented
 * class file (or "unchanged") and the {@link Instrumented} notes, which are replayed on a hit. Entries are
 * written to a temporary file and moved into place, so concurrent JVMs never read half an entry. A class
 * whose instrumentation failed is not cached, and a class whose loader cannot see the agent's runtime
 * always goes to Byte Buddy, which says so. Byte Buddy itself is built on the first miss only.
 */
final class TransformCache implements ClassFileTransformer {
    private static final int FORMAT = 1;

    private final Path dir;
    private final String settings;
    private final ClassGate gate;
    private final Supplier<ClassFileTransformer> byteBuddy;
    private final boolean verbose;
    private ClassFileTransformer delegate;

    TransformCache(Path dir, String settings, ClassGate gate, Supplier<ClassFileTransformer> byteBuddy, boolean verbose) {
        this.dir = dir;
        this.settings = settings;
        this.gate = gate;
        this.byteBuddy = byteBuddy;
        this.verbose = verbose;
    }

    /** The default directory: $XDG_CACHE_HOME/gilscope/classes, else ~/.cache/gilscope/classes. */
    static Path defaultDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("gilscope").resolve("classes");
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] classFile)
            throws IllegalClassFormatException {
        if (!gate.mayInstrument(name, classFile)) return null;
        if (!ClassGate.runtimeVisibleFrom(loader)) return byteBuddy().transform(module, loader, name, redefined, domain, classFile);
        Path entry = dir.resolve(key(name, classFile) + ".entry");
        Cached hit = read(entry);
        if (hit != null) {
            Instrumented.replay(hit.notes);
            if (verbose && hit.classFile != null) System.err.println("gilscope: instrumented " + name.replace('/', '.') + " (cached)");
            return hit.classFile;
        }
        Instrumented.Notes notes = new Instrumented.Notes();
        byte[] out = Instrumented.recording(notes, () -> byteBuddy().transform(module, loader, name, redefined, domain, classFile));
        if (!notes.failed) write(entry, new Cached(out, notes));
        return out;
    }

    private synchronized ClassFileTransformer byteBuddy() {
        if (delegate == null) delegate = byteBuddy.get();
        return delegate;
    }

    private String key(String name, byte[] classFile) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((FORMAT + "\0" + settings + "\0" + name + "\0").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(classFile));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);   // every JDK has SHA-256
        }
    }

    /** An entry: the instrumented class file, null if Byte Buddy left it unchanged, and the notes to replay. */
    private record Cached(byte[] classFile, Instrumented.Notes notes) {}

    /** @return the entry, or null if there is none or it cannot be read (then the class is instrumented again) */
    private Cached read(Path entry) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry);
        } catch (IOException e) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) return null;
            Instrumented.Notes notes = new Instrumented.Notes();
            for (int i = in.readInt(); i > 0; i--) notes.releaseMethods.add(in.readUTF());
            for (int i = in.readInt(); i > 0; i--) notes.lines.add(in.readUTF());
            int length = in.readInt();
            byte[] classFile = length < 0 ? null : in.readNBytes(length);
            if (classFile != null && classFile.length != length || in.read() != -1) return null;
            return new Cached(classFile, notes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void write(Path entry, Cached c) {
        Path temp = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(FORMAT);
                out.writeInt(c.notes.releaseMethods.size());
                for (String m : c.notes.releaseMethods) out.writeUTF(m);
                out.writeInt(c.notes.lines.size());
                for (String l : c.notes.lines) out.writeUTF(l);
                out.writeInt(c.classFile == null ? -1 : c.classFile.length);
                if (c.classFile != null) out.write(c.classFile);
            }
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "entry", ".tmp");
            Files.write(temp, bytes.toByteArray());
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            if (verbose) System.err.println("gilscope: cannot cache the instrumented class in " + dir + ": " + e);
        } finally {
            if (temp != null) temp.toFile().delete();
        }
    }
}
