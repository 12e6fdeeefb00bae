package io.gilscope.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {
    @Test
    void defaultsTargetDemoApp() {
        AgentOptions o = AgentOptions.parse(null);
        assertEquals("new", o.mode);
        assertEquals(5_000_000L, o.intervalNanos);
        assertEquals(100, o.checkInterval);
        assertEquals(List.of(AgentOptions.DEFAULT_DISPATCH), o.dispatch);
        assertTrue(o.count);
        assertTrue(o.errors.isEmpty());
    }

    @Test
    void backEdgeCheckpointsDefaultToDemoAppsCheckpointMethod() {
        AgentOptions o = AgentOptions.parse("checkpoints=backedge");
        assertTrue(o.backedge);
        assertEquals(List.of(AgentOptions.DEFAULT_CHECKPOINT), o.checkpoint);
        assertTrue(o.errors.isEmpty(), o.errors.toString());
        assertFalse(AgentOptions.parse(null).backedge, "dispatch is the default");
        assertTrue(AgentOptions.parse(null).checkpoint.isEmpty());
    }

    @Test
    void anotherInterpreterNamesItsCheckpointMethod() {
        AgentOptions named = AgentOptions.parse("dispatch=a.B#run,checkpoints=backedge,checkpoint=a.B#backEdge");
        assertTrue(named.backedge);
        assertEquals(List.of(MethodRef.parse("a.B#backEdge")), named.checkpoint);
        AgentOptions unnamed = AgentOptions.parse("dispatch=a.B#run,checkpoints=backedge");
        assertFalse(unnamed.backedge, "without a checkpoint method a holder would never look");
        assertTrue(unnamed.errors.get(0).contains("checkpoint=pkg.Class#method"), unnamed.errors.toString());
    }

    @Test
    void backEdgeCheckpointsNeedAModeThatDropsOnRequest() {
        for (String mode : List.of("legacy", "off")) {
            AgentOptions o = AgentOptions.parse("mode=" + mode + ",checkpoints=backedge");
            assertFalse(o.backedge, mode);
            assertTrue(o.checkpoint.isEmpty(), mode);
            assertEquals(1, o.errors.size(), o.errors.toString());
            assertTrue(o.errors.get(0).contains("modes new and fair"), o.errors.toString());
        }
        assertTrue(AgentOptions.parse("mode=fair,checkpoints=backedge").backedge);
        AgentOptions bad = AgentOptions.parse("checkpoints=sometimes");
        assertFalse(bad.backedge);
        assertTrue(bad.errors.get(0).startsWith("checkpoints=sometimes: expected dispatch or backedge"), bad.errors.toString());
        AgentOptions stray = AgentOptions.parse("checkpoint=a.B#x");
        assertTrue(stray.checkpoint.isEmpty());
        assertTrue(stray.errors.get(0).contains("only with checkpoints=backedge"), stray.errors.toString());
    }

    @Test
    void durations() {
        assertEquals(5_000_000L, AgentOptions.parseDuration("5ms"));
        assertEquals(100_000L, AgentOptions.parseDuration("100us"));
        assertEquals(500_000L, AgentOptions.parseDuration("0.5ms"));
        assertEquals(1_000_000_000L, AgentOptions.parseDuration("1s"));
        assertEquals(250L, AgentOptions.parseDuration("250ns"));
        assertEquals(-1L, AgentOptions.parseDuration("5"));
        assertEquals(-1L, AgentOptions.parseDuration("0ms"));
        assertEquals(-1L, AgentOptions.parseDuration("fast"));
        assertEquals(-1L, AgentOptions.parseDuration("-5ms"));
    }

    @Test
    void everyOption() {
        AgentOptions o = AgentOptions.parse("mode=fair,interval=100us,checkinterval=50,dispatch=a.B#run,"
                + "release=a.C#x;a.C#y,release=d.E#z,jfr=out.jfr,count=false,onstall=release,verbose,strict,bootstrap");
        assertEquals("fair", o.mode);
        assertEquals(100_000L, o.intervalNanos);
        assertEquals(50, o.checkInterval);
        assertEquals(List.of(new MethodRef("a.B", "run")), o.dispatch);
        assertEquals(List.of(new MethodRef("a.C", "x"), new MethodRef("a.C", "y"), new MethodRef("d.E", "z")), o.release);
        assertEquals("out.jfr", o.jfr);
        assertTrue(o.verbose && o.strict && o.bootstrap);
        assertFalse(o.count);
        assertTrue(o.releaseOnStall);
        assertTrue(o.errors.isEmpty(), o.errors.toString());
    }

    @Test
    void aPresetAddsItsInterpretersMethods() {
        AgentOptions o = AgentOptions.parse("preset=LuaJ,release=a.C#x");
        assertEquals(List.of(new MethodRef("org.luaj.vm2.LuaClosure", "execute")), o.dispatch);
        assertEquals(new MethodRef("org.luaj.vm2.LuaThread", "resume"), o.release.get(0));
        assertEquals(new MethodRef("a.C", "x"), o.release.get(o.release.size() - 1));
        assertTrue(o.errors.isEmpty(), o.errors.toString());
        AgentOptions bad = AgentOptions.parse("preset=python,onstall=maybe");
        assertEquals(List.of("preset=python: expected one of luaj, rhino, jruby; ignored", "onstall=maybe: expected report or release; reporting"),
                bad.errors);
        assertEquals(List.of(AgentOptions.DEFAULT_DISPATCH), bad.dispatch);
    }

    @Test
    void badOptionsAreOneErrorEachAndKeepDefaults() {
        AgentOptions o = AgentOptions.parse("mode=gil,interval=soon,checkinterval=-1,colour=red,dispatch=nohash,release=,count=no");
        assertEquals("new", o.mode);
        assertEquals(5_000_000L, o.intervalNanos);
        assertEquals(100, o.checkInterval);
        assertTrue(o.count);
        assertEquals(7, o.errors.size(), o.errors.toString());
        assertTrue(o.errors.stream().anyMatch(e -> e.contains("unknown option 'colour'")));
        assertTrue(o.errors.stream().noneMatch(e -> e.contains("\n")));
    }

    @Test
    void jfrPathForChildren() {
        assertEquals("out.jfr", AgentOptions.expandJfrPath("out.jfr", 42, null));
        assertEquals("out-42.jfr", AgentOptions.expandJfrPath("out-%p.jfr", 42, null));
        assertEquals("out-42.jfr", AgentOptions.expandJfrPath("out-%p.jfr", 42, "7"));
        assertEquals("dir/out.42.jfr", AgentOptions.expandJfrPath("dir/out.jfr", 42, "7"));
        assertEquals("dir/out.42", AgentOptions.expandJfrPath("dir/out", 42, "7"));
    }
}
