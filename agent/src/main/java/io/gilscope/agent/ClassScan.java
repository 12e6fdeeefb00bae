package io.gilscope.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Reads a class file to find a dispatch method's switches and max locals before it is instrumented,
 * and whether a release method is synchronized.
 */
final class ClassScan {
    /** Overloads named {@code method}: name + descriptor -> max locals, for those with a switch. */
    final Map<String, Integer> withSwitch = new HashMap<>();
    /** Estimated bytecode size after instrumentation of the largest overload with a switch. */
    int instrumentedSize;
    boolean methodFound;
    /** Whether every overload named {@code method} is synchronized (false if none is found). */
    boolean allSynchronized;

    /** HotSpot does not JIT-compile methods larger than this (-XX:+DontCompileHugeMethods, the default). */
    static final int HUGE_METHOD_LIMIT = 8000;

    static ClassScan of(byte[] classFile, String method) {
        ClassScan scan = new ClassScan();
        ClassReader reader = OpenedClassReader.of(classFile);
        Map<String, Integer> codeLengths = codeLengths(reader, method);
        reader.accept(new ClassVisitor(OpenedClassReader.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (!name.equals(method)) return null;
                boolean synchronizedMethod = (access & Opcodes.ACC_SYNCHRONIZED) != 0;
                scan.allSynchronized = synchronizedMethod && (scan.allSynchronized || !scan.methodFound);
                scan.methodFound = true;
                return new MethodVisitor(OpenedClassReader.ASM_API) {
                    int switches;
                    int returns;

                    @Override
                    public void visitInsn(int opcode) {
                        if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) returns++;
                    }

                    @Override
                    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) { switches++; }

                    @Override
                    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) { switches++; }

                    @Override
                    public void visitMaxs(int maxStack, int maxLocals) {
                        if (switches == 0) return;
                        scan.withSwitch.put(name + descriptor, maxLocals);
                        // check: iinc, iload, sipush, if_icmplt, iload, invokestatic, iconst, istore; look: iload, invokestatic;
                        // advice: about 100 bytes
                        int size = codeLengths.getOrDefault(name + descriptor, 0) + 19 * switches + 5 * returns + 100;
                        scan.instrumentedSize = Math.max(scan.instrumentedSize, size);
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return scan;
    }

    /**
     * The length of the Code attribute of each method named {@code method} (name + descriptor -> bytes), read from
     * the class file's structure: the visitor API does not give it (labels read by a ClassReader have no offsets).
     */
    private static Map<String, Integer> codeLengths(ClassReader reader, String method) {
        Map<String, Integer> lengths = new HashMap<>();
        char[] buffer = new char[reader.getMaxStringLength()];
        int at = reader.header + 6;                          // access, this, super
        at += 2 + 2 * reader.readUnsignedShort(at);          // interfaces
        at = skipMembers(reader, at);                        // fields
        int methods = reader.readUnsignedShort(at);
        at += 2;
        for (int m = 0; m < methods; m++) {
            String name = reader.readUTF8(at + 2, buffer);
            String descriptor = reader.readUTF8(at + 4, buffer);
            int attributes = reader.readUnsignedShort(at + 6);
            at += 8;
            for (int a = 0; a < attributes; a++) {
                int length = reader.readInt(at + 2);
                if (name.equals(method) && "Code".equals(reader.readUTF8(at, buffer))) lengths.put(name + descriptor, reader.readInt(at + 10));
                at += 6 + length;
            }
        }
        return lengths;
    }

    /** @return the offset after the fields (or methods) that start at {@code at} */
    private static int skipMembers(ClassReader reader, int at) {
        int members = reader.readUnsignedShort(at);
        at += 2;
        for (int m = 0; m < members; m++) {
            int attributes = reader.readUnsignedShort(at + 6);
            at += 8;
            for (int a = 0; a < attributes; a++) at += 6 + reader.readInt(at + 2);
        }
        return at;
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
