package io.gilscope.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.utility.OpenedClassReader;

/** Reads a class file to find a dispatch method's switches and max locals before it is instrumented. */
final class ClassScan {
    /** Overloads named {@code method}: name + descriptor -> max locals, for those with a switch. */
    final Map<String, Integer> withSwitch = new HashMap<>();
    boolean methodFound;

    static ClassScan of(byte[] classFile, String method) {
        ClassScan scan = new ClassScan();
        ClassReader reader = OpenedClassReader.of(classFile);
        reader.accept(new ClassVisitor(OpenedClassReader.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (!name.equals(method)) return null;
                scan.methodFound = true;
                return new MethodVisitor(OpenedClassReader.ASM_API) {
                    boolean hasSwitch;

                    @Override
                    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) { hasSwitch = true; }

                    @Override
                    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) { hasSwitch = true; }

                    @Override
                    public void visitMaxs(int maxStack, int maxLocals) {
                        if (hasSwitch) scan.withSwitch.put(name + descriptor, maxLocals);
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return scan;
    }

    /** The class file of {@code className} as {@code loader} (null: the system loader) would find it, or null. */
    static byte[] read(ClassLoader loader, String className) {
        String resource = className.replace('.', '/') + ".class";
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource) : loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
