package io.gilscope.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.instrument.ClassFileTransformer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache serves what Byte Buddy made, with its notes, to a later JVM with the same settings, without
 * building Byte Buddy; anything else (other settings, another class file, a failure, a damaged entry)
 * goes to Byte Buddy. Each TransformCache here stands for one JVM.
 */
class TransformCacheTest {
    static final String NAME = "tinyvm/Vm";
    static final byte[] ORIGINAL = {(byte) 0xCA, (byte) 0xFE, 1, 2, 3};
    static final byte[] INSTRUMENTED = {(byte) 0xCA, (byte) 0xFE, 9, 9, 9, 9};
    static final ClassGate GATE = new ClassGate(Set.of("tinyvm.Vm"));
    static final ClassLoader LOADER = TransformCacheTest.class.getClassLoader();

    @TempDir Path dir;
    final AtomicInteger built = new AtomicInteger();
    final AtomicInteger transformed = new AtomicInteger();

    /** A stand-in for Byte Buddy: instruments the class and reports a release method, as the real one does. */
    private ClassFileTransformer byteBuddy(byte[] result, boolean fails) {
        built.incrementAndGet();
        return new ClassFileTransformer() {
            @Override
            public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined,
                                    java.security.ProtectionDomain domain, byte[] classFile) {
                transformed.incrementAndGet();
                Instrumented.releaseMethod("tinyvm.Vm#sleep" + (result == null ? 0 : result.length));
                if (fails) Instrumented.say("gilscope: cannot instrument tinyvm.Vm: test", true);
                return result;
            }
        };
    }

    private TransformCache jvm(String settings, byte[] result, boolean fails) {
        return new TransformCache(dir, settings, GATE, () -> byteBuddy(result, fails), false);
    }

    private static byte[] load(TransformCache c, String name, byte[] classFile) throws Exception {
        return c.transform(null, LOADER, name, null, null, classFile);
    }

    @Test
    void aLaterJvmGetsTheInstrumentedClassAndItsNotesWithoutByteBuddy() throws Exception {
        assertArrayEquals(INSTRUMENTED, load(jvm("s", INSTRUMENTED, false), NAME, ORIGINAL));
        assertEquals(1, built.get());
        TransformCache later = new TransformCache(dir, "s", GATE, () -> { throw new AssertionError("Byte Buddy built on a hit"); }, false);
        assertArrayEquals(INSTRUMENTED, load(later, NAME, ORIGINAL));
        assertTrue(Instrumented.releaseMethods().contains("tinyvm.Vm#sleep" + INSTRUMENTED.length), Instrumented.releaseMethods());
    }

    @Test
    void otherSettingsOrAnotherClassFileAreInstrumentedAgain() throws Exception {
        load(jvm("s", INSTRUMENTED, false), NAME, ORIGINAL);
        load(jvm("other", INSTRUMENTED, false), NAME, ORIGINAL);
        load(jvm("s", INSTRUMENTED, false), NAME, new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2, 4});
        assertEquals(3, transformed.get());
    }

    @Test
    void aClassLeftUnchangedIsRememberedAsUnchanged() throws Exception {
        assertNull(load(jvm("s", null, false), NAME, ORIGINAL));
        assertNull(load(new TransformCache(dir, "s", GATE, () -> { throw new AssertionError("Byte Buddy built on a hit"); }, false),
                NAME, ORIGINAL));
    }

    @Test
    void aFailureIsNotCached() throws Exception {
        load(jvm("s", INSTRUMENTED, true), NAME, ORIGINAL);
        load(jvm("s", INSTRUMENTED, true), NAME, ORIGINAL);
        assertEquals(2, transformed.get(), "instrumented, and its error said, again");
    }

    @Test
    void aDamagedEntryIsInstrumentedAgainAndReplaced() throws Exception {
        load(jvm("s", INSTRUMENTED, false), NAME, ORIGINAL);
        Path entry;
        try (Stream<Path> s = Files.list(dir)) {
            entry = s.filter(p -> p.toString().endsWith(".entry")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 2));
        assertArrayEquals(INSTRUMENTED, load(jvm("s", INSTRUMENTED, false), NAME, ORIGINAL));
        assertEquals(2, transformed.get());
        assertArrayEquals(whole, Files.readAllBytes(entry), "the damaged entry was written again whole");
    }

    @Test
    void classesTheGateStopsNeverReachByteBuddyOrTheDisk() throws Exception {
        assertNull(load(jvm("s", INSTRUMENTED, false), "other/Klass", ORIGINAL));
        assertEquals(0, built.get());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void anUnwritableDirectoryOnlyMeansNoCache() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        TransformCache c = new TransformCache(file.resolve("classes"), "s", GATE, () -> byteBuddy(INSTRUMENTED, false), false);
        assertArrayEquals(INSTRUMENTED, load(c, NAME, ORIGINAL));
    }
}
