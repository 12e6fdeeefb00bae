package io.gilscope.agent;

import java.lang.instrument.IllegalClassFormatException;
import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;
import java.util.Set;
import java.util.stream.Collectors;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

/**
 * Passes a class to Byte Buddy only if it can be instrumented: a dispatch or release= class by name,
 * or a class file that names a ReleasesGil annotation (its descriptor, {@code L...ReleasesGil;}, is in
 * the constant pool of any class that uses it). Byte Buddy would otherwise parse every class the JVM
 * loads to evaluate its matchers; this returns at once for all the others. Byte Buddy's matchers still
 * decide, so this only has to be a superset.
 */
final class Prefilter extends ResettableClassFileTransformer.WithDelegation {
    private static final byte[] ANNOTATION = "ReleasesGil;".getBytes(StandardCharsets.US_ASCII);

    /** Internal names (pkg/Class) of the classes named in options. */
    private final Set<String> named;

    private Prefilter(ResettableClassFileTransformer delegate, Set<String> named) {
        super(delegate);
        this.named = named;
    }

    static AgentBuilder.TransformerDecorator of(Set<String> classNames) {
        Set<String> internal = classNames.stream().map(n -> n.replace('.', '/')).collect(Collectors.toUnmodifiableSet());
        return delegate -> new Prefilter(delegate, internal);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] classFile)
            throws IllegalClassFormatException {
        if (!(name != null && named.contains(name)) && !contains(classFile, ANNOTATION)) return null;   // hidden classes have no name
        return classFileTransformer.transform(module, loader, name, redefined, domain, classFile);
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
