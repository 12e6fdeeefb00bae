package io.gilscope.cli.claims;

import java.nio.file.Path;
import java.util.List;

/**
 * One way to run a program: on CPython, on the demo interpreter alone, or under the agent in a mode.
 *
 * @param agentOptions the agent's options, or null for no agent (and for CPython)
 * @param interpreterOptions demo-app's own options before the program (none for CPython)
 */
public record Target(String id, String label, boolean cpython, String agentOptions, List<String> interpreterOptions) {
    Target(String id, String label, boolean cpython, String agentOptions) {
        this(id, label, cpython, agentOptions, List.of());
    }

    static final Target CPYTHON = new Target("cpython", "CPython", true, null);
    /** demo-app as users run it: hot code translated to JVM bytecode. */
    static final Target ALONE = new Target("alone", "demo-app alone", false, null);
    /**
     * demo-app interpreting only (--jit off), as it runs under the agent, whose contract is the
     * interpreter's dispatch method: the agent's own cost is measured against this.
     */
    static final Target INTERPRETED = new Target("alone-interpreted", "demo-app alone, --jit off", false, null, List.of("--jit", "off"));
    public static final Target NEW = new Target("new", "GIL new", false, "mode=new");
    static final Target LEGACY = new Target("legacy", "GIL legacy", false, "mode=legacy");
    static final Target FAIR = new Target("fair", "GIL fair", false, "mode=fair");
    public static final Target OFF = new Target("off", "no GIL (off)", false, "mode=off");
    /** Mode new looking for drop requests only at backward jumps, calls and returns, as CPython 3.10+ does. */
    static final Target BACK_EDGES = new Target("new-backedge", "GIL new, back edges", false, "mode=new,checkpoints=backedge");

    /**
     * Mode new with the agent's recording on, one file per run (%p: the process id) under {@code dir};
     * without {@code count}, not counting dispatches (agent option count=false).
     */
    static Target recording(Path dir, boolean count) {
        String jfr = "jfr=" + dir.toAbsolutePath().resolve("overhead-%p.jfr");
        return count ? new Target("new-jfr", "GIL new, recording", false, "mode=new," + jfr)
                : new Target("new-nocount-jfr", "GIL new, count=false, recording", false, "mode=new,count=false," + jfr);
    }
}
