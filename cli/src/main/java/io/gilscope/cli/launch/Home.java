package io.gilscope.cli.launch;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The gilscope checkout the command line runs from, and the one place that knows where its jars and
 * programs are. The launcher passes it as {@code -Dgilscope.home}; otherwise it is found from the CLI jar's
 * own location ({@code cli/target/gilscope-cli.jar}).
 */
public record Home(Path dir) {
    public static final String PROPERTY = "gilscope.home";

    public static Home locate() {
        String given = System.getProperty(PROPERTY);
        if (given != null) return new Home(Path.of(given).toAbsolutePath().normalize());
        return new Home(fromJar());
    }

    public Path demoJar() {
        return dir.resolve("demo-app/target/gilscope-demo.jar");
    }

    public Path agentJar() {
        return dir.resolve("agent/target/gilscope-agent.jar");
    }

    public Path benchmarksJar() {
        return dir.resolve("benchmarks/target/gilscope-benchmarks.jar");
    }

    /** The seed articles' programs. */
    public Path programs() {
        return dir.resolve("demo-app/programs");
    }

    /** Programs written for the benchmarks (convoy, switch interval, warm calls). */
    public Path benchPrograms() {
        return dir.resolve("benchmarks/programs");
    }

    /** Where runs and demo pages go by default. */
    public Path target() {
        return dir.resolve("target");
    }

    /** The jar if it is there, or a one-line explanation of how to get it. */
    public static Path require(Path jar) throws MissingJarException {
        if (!Files.isRegularFile(jar)) {
            throw new MissingJarException("cannot find " + jar + " (build with: mvn -q -DskipTests package, or run ./gilscope, which builds)");
        }
        return jar;
    }

    /** The checkout above cli/target/gilscope-cli.jar, or above cli/target/classes in the build. */
    private static Path fromJar() {
        try {
            Path code = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            Path module = target == null ? null : target.getParent();
            Path home = module == null ? null : module.getParent();
            return home == null ? Path.of("").toAbsolutePath() : home;
        } catch (URISyntaxException | SecurityException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    /** A jar the command needs has not been built. */
    public static final class MissingJarException extends Exception {
        public MissingJarException(String message) {
            super(message);
        }
    }
}
