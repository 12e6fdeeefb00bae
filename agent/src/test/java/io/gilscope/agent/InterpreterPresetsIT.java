package io.gilscope.agent;

import static io.gilscope.agent.ChildJvm.jar;
import static io.gilscope.agent.Recordings.events;
import static io.gilscope.agent.Recordings.maxOverlap;
import static io.gilscope.agent.Recordings.thread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The presets on the real interpreters from Maven Central (test dependencies), each running a script of
 * resources/interpreters in a child JVM: two CPU-bound threads are serialised (their GIL holds never
 * overlap), coroutines, generators and fibers end, and the blocking calls are released.
 */
class InterpreterPresetsIT {
    static final String SCRIPTS = Path.of("src/test/resources/interpreters").toAbsolutePath() + File.separator;

    @TempDir
    Path dir;

    @Test
    void luaj() throws Exception {
        Path jfr = dir.resolve("luaj.jfr");
        ChildJvm r = ChildJvm.runMain("preset=luaj,jfr=" + jfr, jar("luaj-jse"), "lua", SCRIPTS + "threads.lua");
        assertEquals("1275", r.get("coroutines"), r.toString());
        assertRan(r, jfr, "org.luaj.vm2.LuaThread#resume", "org.luaj.vm2.Globals#yield", "org.luaj.vm2.lib.jse.JavaMethod#invokeMethod");
    }

    /** Without the preset's release methods, the watchdog names exactly them (and onstall=release lets the script end). */
    @Test
    void luajWithoutReleaseMethodsGetsThemFromTheWatchdog() throws Exception {
        ChildJvm r = ChildJvm.runMain("dispatch=org.luaj.vm2.LuaClosure#execute,onstall=release,count=false", jar("luaj-jse"), "lua",
                SCRIPTS + "threads.lua", "2");
        assertEquals("1", r.get("done"), r.toString());
        for (MethodRef m : Preset.LUAJ.release) assertTrue(r.stderr.contains("release=" + m), m + " suggested:\n" + r);
        assertTrue(r.stderr.contains("release=org.luaj.vm2.Globals#yield (it runs inside the monitor of org.luaj.vm2.LuaThread$State.run"),
                "a coroutine's body runs inside its State's monitor: said so\n" + r);
    }

    @Test
    void rhino() throws Exception {
        Path jfr = dir.resolve("rhino.jfr");
        ChildJvm r = ChildJvm.runMain("preset=rhino,jfr=" + jfr, jar("rhino") + File.pathSeparator + ChildJvm.TEST_CLASSES, "thirdparty.RunJs",
                SCRIPTS + "threads.js");
        assertEquals("1275", r.get("generators"), r.toString());
        assertRan(r, jfr, "org.mozilla.javascript.MemberBox#invoke");
    }

    @Test
    void jruby() throws Exception {
        Path jfr = dir.resolve("jruby.jfr");
        ChildJvm r = ChildJvm.runMain("preset=jruby,jfr=" + jfr, jar("jruby-complete"), "org.jruby.Main", "-X-C", SCRIPTS + "threads.rb");
        assertEquals("1275", r.get("enumerator"), r.toString());
        assertEquals("6", r.get("fibers"), r.toString());
        assertEquals("1", r.get("value"), r.toString());
        assertRan(r, jfr, "org.jruby.RubyThread#executeTaskBlocking", "org.jruby.RubyThread#joinCommon");
        // the preset checks interpret's first switch only: it must be the one each instruction runs through,
        // or the CPU-bound threads would never drop the GIL on request inside their loops
        long drops = events(jfr, "gilscope.GilHold").stream().filter(h -> "dropRequest".equals(h.getString("releaseReason"))).count();
        assertTrue(drops >= 3, "the workers handed the GIL over on request: " + drops + " times");
    }

    /** The script ended without a stall, its threads' holds never overlapped, and each release method released. */
    private static void assertRan(ChildJvm r, Path jfr, String... released) throws Exception {
        assertEquals(0, r.exit, r.toString());
        assertEquals("1", r.get("done"), r.toString());
        assertFalse(r.stderr.contains("gilscope:"), "no stall and no bad option: " + r);
        List<RecordedEvent> holds = events(jfr, "gilscope.GilHold");
        Set<String> holders = holds.stream().map(h -> thread(h)).collect(Collectors.toSet());
        assertTrue(holders.size() >= 3, "main and two workers ran under the GIL: " + holders);
        assertTrue(maxOverlap(holds).isZero(), "holds of different threads overlap");
        Set<String> calls = events(jfr, "gilscope.BlockingCall").stream().map(c -> c.getString("method")).collect(Collectors.toSet());
        for (String m : released) assertTrue(calls.contains(m), m + " released; released: " + calls);
    }
}
