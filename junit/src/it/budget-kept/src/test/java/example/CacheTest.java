package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gilscope.junit.GilBudget;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A user's test under a budget it keeps, and what gilscope-junit put on the test class path. */
class CacheTest {
    private final Map<Integer, Integer> cache = new ConcurrentHashMap<>();

    @Test
    @GilBudget(maxMonitorBlockedMillis = 500, maxLockBlockedMillis = 5000)
    void cacheStaysCool() throws Exception {
        List<Thread> threads = IntStream.range(0, 4)
                .mapToObj(t -> new Thread(() -> IntStream.range(0, 10_000).forEach(i -> cache.merge(i % 100, 1, Integer::sum))))
                .toList();
        for (Thread thread : threads) thread.start();
        for (Thread thread : threads) thread.join();
        assertEquals(40_000, cache.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** gilscope-junit brings gilscope-reports and HdrHistogram; the CLI's libraries stay out. */
    @Test
    void onlyTheLibraryIsOnTheTestClassPath() throws Exception {
        List<String> jars = new ArrayList<>();
        for (URL manifest : Collections.list(ClassLoader.getSystemClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            String path = manifest.getPath();
            if (path.contains(".jar!")) jars.add(path.substring(path.lastIndexOf('/', path.indexOf(".jar!")) + 1, path.indexOf(".jar!")));
        }
        List<String> beyondTheTestTools = jars.stream()
                .filter(n -> !n.matches("(junit-|opentest4j|apiguardian|surefire|common-java5|common-junit|maven-surefire).*"))
                .map(n -> n.replaceAll("-[0-9][^-]*(-SNAPSHOT)?$", ""))
                .sorted()
                .toList();
        assertEquals(List.of("HdrHistogram", "gilscope-junit", "gilscope-reports"), beyondTheTestTools, "all jars: " + jars);
        for (String absent : List.of("picocli.CommandLine", "com.github.mustachejava.Mustache")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent);
        }
    }
}
