package io.gilscope.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Copies the GIL runtime (packages gil and jfr: what inlined advice calls) into a small temporary
 * jar on the bootstrap class path, so that an interpreter in any class loader sees the same classes.
 * Byte Buddy and the agent's own wiring stay on the system class path.
 */
final class BootstrapJar {
    static final List<String> PACKAGES = List.of("io/gilscope/agent/gil/", "io/gilscope/agent/jfr/");

    private BootstrapJar() {}

    static void inject(Instrumentation inst) throws IOException, URISyntaxException {
        Path source = Path.of(BootstrapJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = Files.createTempFile("gilscope-runtime-", ".jar");
        jar.toFile().deleteOnExit();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (Files.isDirectory(source)) {
                for (String p : PACKAGES) {
                    Path dir = source.resolve(p);
                    if (!Files.isDirectory(dir)) continue;
                    try (Stream<Path> files = Files.list(dir)) {
                        for (Path f : (Iterable<Path>) files::iterator) {
                            if (f.toString().endsWith(".class")) copy(out, p + f.getFileName(), Files.newInputStream(f));
                        }
                    }
                }
            } else {
                try (JarFile in = new JarFile(source.toFile())) {
                    for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        String name = entry.getName();
                        if (name.endsWith(".class") && PACKAGES.stream().anyMatch(p -> name.startsWith(p) && name.indexOf('/', p.length()) < 0)) {
                            copy(out, name, in.getInputStream(entry));
                        }
                    }
                }
            }
        }
        inst.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
    }

    private static void copy(JarOutputStream out, String name, InputStream in) throws IOException {
        try (in) {
            out.putNextEntry(new JarEntry(name));
            in.transferTo(out);
            out.closeEntry();
        }
    }
}
