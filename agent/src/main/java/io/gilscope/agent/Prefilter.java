package io.gilscope.agent;

import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

/**
 * Passes a class to Byte Buddy only if the {@link ClassGate} lets it through. Byte Buddy would otherwise
 * parse every class the JVM loads to evaluate its matchers; this returns at once for all the others.
 */
final class Prefilter extends ResettableClassFileTransformer.WithDelegation {
    private final ClassGate gate;

    private Prefilter(ResettableClassFileTransformer delegate, ClassGate gate) {
        super(delegate);
        this.gate = gate;
    }

    static AgentBuilder.TransformerDecorator of(ClassGate gate) {
        return delegate -> new Prefilter(delegate, gate);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] classFile)
            throws IllegalClassFormatException {
        if (!gate.mayInstrument(name, classFile)) return null;
        return classFileTransformer.transform(module, loader, name, redefined, domain, classFile);
    }
}
