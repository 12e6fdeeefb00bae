package io.gilscope.cli.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoAppTest {
    private final DemoApp app = new DemoApp("java", Path.of("demo.jar"), Path.of("agent.jar"));

    @Test
    void theInterpreterGetsTheParallelCollector() {
        assertEquals(List.of("java", "-XX:+UseParallelGC", "-Xmx1g", "-javaagent:agent.jar=mode=fair", "-jar", "demo.jar", "--serve", "p.py", "a"),
                app.command(List.of("-Xmx1g"), "mode=fair", List.of("--serve"), Path.of("p.py"), List.of("a")));
    }

    @Test
    void aCollectorInJavaOptsIsKept() {
        assertEquals(List.of("java", "-XX:+UseG1GC", "-jar", "demo.jar", "p.py"),
                app.command(List.of("-XX:+UseG1GC"), null, List.of(), Path.of("p.py"), List.of()));
    }
}
