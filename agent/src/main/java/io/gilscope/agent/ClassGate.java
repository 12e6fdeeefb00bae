package io.gilscope.agent;

import io.gilscope.agent.gil.GilHooks;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which classes may need instrumenting: a class named in options (dispatch, checkpoint or release), or
 * a class file that names a ReleasesGil annotation (its descriptor, {@code L...ReleasesGil;}, is in the
 * constant pool of any class that uses it). Byte Buddy's matchers still decide, so this only has to be
 * a superset; it answers without parsing the class file, for every class the JVM loads.
 */
final class ClassGate {
    private static final byte[] ANNOTATION = "ReleasesGil;".getBytes(StandardCharsets.US_ASCII);

    /** Internal names (pkg/Class) of the classes named in options. */
    private final Set<String> named;

    ClassGate(Set<String> classNames) {
        this.named = classNames.stream().map(n -> n.replace('.', '/')).collect(Collectors.toUnmodifiableSet());
    }

    /** @param name the internal name, null for a hidden class */
    boolean mayInstrument(String name, byte[] classFile) {
        return name != null && named.contains(name) || contains(classFile, ANNOTATION);
    }

    /** Whether inlined advice in classes of {@code loader} would call the GIL the agent installed (and not another copy, or nothing). */
    static boolean runtimeVisibleFrom(ClassLoader loader) {
        try {
            return Class.forName(GilHooks.class.getName(), false, loader) == GilHooks.class;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static boolean contains(byte[] bytes, byte[] part) {
        byte last = part[part.length - 1];
        // scan for the last byte (';' is rare outside descriptors), then compare backwards
        outer:
        for (int i = part.length - 1; i < bytes.length; i++) {
            if (bytes[i] != last) continue;
            for (int j = 1; j < part.length; j++) {
                if (bytes[i - j] != part[part.length - 1 - j]) continue outer;
            }
            return true;
        }
        return false;
    }
}
