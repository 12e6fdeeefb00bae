package io.gilscope.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilscope.demo.vm.ReleasesGil;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code @ReleasesGil} method of the demo jar is one the agent instruments: a child JVM loads
 * their classes under {@code -javaagent:...=verbose,jfr=...}; verbose names each instrumented class,
 * and the recording's configuration event lists each instrumented release method.
 */
class ReleasesGilInstrumentedTest {
    @TempDir
    Path tmp;

    @Test
    void everyReleasesGilMethodIsInstrumented() throws Exception {
        Set<String> methods = releasesGilMethods();
        assertFalse(methods.isEmpty(), "no @ReleasesGil method found in " + Jvm.DEMO_JAR);
        Set<String> classes = new TreeSet<>();
        for (String m : methods) classes.add(m.substring(0, m.indexOf('#')));

        Path recording = tmp.resolve("load.jfr");
        List<String> command = new ArrayList<>(List.of(Jvm.java(), "-javaagent:" + Jvm.AGENT_JAR + "=verbose,jfr=" + recording,
                "-cp", Jvm.DEMO_JAR + File.pathSeparator + testClasses(), LoadClasses.class.getName()));
        command.addAll(classes);
        Jvm.Result run = Jvm.run(command, 120);
        assertEquals(0, run.exitCode(), run.describe());

        for (String c : classes) {
            assertTrue(run.stderr().contains("gilscope: instrumented " + c + "\n") || run.stderr().contains("gilscope: instrumented " + c + " (cached)\n"),
                    c + " not instrumented:\n" + run.describe());
        }
        Set<String> instrumented = configuredReleaseMethods(recording);
        Set<String> missing = new TreeSet<>(methods);
        missing.removeAll(instrumented);
        assertTrue(missing.isEmpty(), "@ReleasesGil methods the agent did not instrument: " + missing + "\ninstrumented: " + instrumented);
    }

    /** Class#method for each method of the demo jar annotated {@code @ReleasesGil}. */
    private static Set<String> releasesGilMethods() throws IOException, ClassNotFoundException {
        Set<String> found = new TreeSet<>();
        try (JarFile jar = new JarFile(Jvm.DEMO_JAR.toFile())) {
            for (JarEntry e : jar.stream().toList()) {
                if (!e.getName().startsWith("io/gilscope/demo/") || !e.getName().endsWith(".class")) continue;
                String name = e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.');
                Class<?> c = Class.forName(name, false, ReleasesGilInstrumentedTest.class.getClassLoader());
                for (Method m : c.getDeclaredMethods()) if (m.isAnnotationPresent(ReleasesGil.class)) found.add(name + "#" + m.getName());
            }
        }
        return found;
    }

    /** Where {@link LoadClasses} is, for the child's class path (with the demo jar, not the agent: that comes from -javaagent). */
    private static Path testClasses() throws URISyntaxException {
        return Path.of(LoadClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * The release methods of the recording's configuration events: the one at the chunk's start lists
     * none yet (the classes load later), the one at its end lists them all.
     */
    private static Set<String> configuredReleaseMethods(Path recording) throws IOException {
        Set<String> methods = new TreeSet<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("gilscope.GilConfiguration")) continue;
            String list = event.getString("releaseMethods");
            if (list != null && !list.isEmpty()) methods.addAll(List.of(list.split(",")));
        }
        return methods;
    }

    /** The child JVM's main: loads (without initialising) each named class, which is when the agent transforms it. */
    public static final class LoadClasses {
        private LoadClasses() { }

        public static void main(String[] args) throws ClassNotFoundException {
            for (String c : args) Class.forName(c, false, ClassLoader.getSystemClassLoader());
        }
    }
}
