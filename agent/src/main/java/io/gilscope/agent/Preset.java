package io.gilscope.agent;

import java.util.List;
import java.util.Locale;

/**
 * Dispatch and release methods of third-party JVM interpreters ({@code preset=luaj}), found by running
 * them under the agent and reading its stall reports; docs/interpreters.md says how and what they cost.
 * Release methods are the first methods outside the interpreters' monitors: LuaJ's State.lua_resume and
 * lua_yield are synchronized, so their callers are named.
 */
enum Preset {
    /** LuaJ 3.0: coroutines run on Java threads handed control with wait/notify; luajava calls (Thread.join) release. */
    LUAJ(false, "org.luaj.vm2.LuaClosure#execute",
            "org.luaj.vm2.LuaThread#resume", "org.luaj.vm2.Globals#yield", "org.luaj.vm2.lib.jse.JavaMethod#invokeMethod"),
    /** Rhino 1.8 in interpreted mode: calls to Java methods (Thread.join, sleep) release. */
    RHINO(false, "org.mozilla.javascript.Interpreter#interpretLoop", "org.mozilla.javascript.MemberBox#invoke"),
    /**
     * JRuby 9.4 with compilation off (-X-C): blocking tasks (sleep, queues, fibers) and joins release. Its
     * interpret switches on the instruction's class first, then again on the instruction for most of them:
     * only the first switch ticks, once per instruction (a tick at every switch cost 1.12x on a long loop).
     */
    JRUBY(true, "org.jruby.ir.interpreter.StartupInterpreterEngine#interpret",
            "org.jruby.RubyThread#executeTask", "org.jruby.RubyThread#executeTaskBlocking", "org.jruby.RubyThread#joinCommon");

    /** Whether the dispatch method's first switch (in bytecode order) runs once per instruction and is the only one checked. */
    final boolean firstSwitchOnly;
    final MethodRef dispatch;
    final List<MethodRef> release;

    Preset(boolean firstSwitchOnly, String dispatch, String... release) {
        this.firstSwitchOnly = firstSwitchOnly;
        this.dispatch = MethodRef.parse(dispatch);
        this.release = List.of(release).stream().map(MethodRef::parse).toList();
    }

    /** @return the preset of that name (luaj, rhino, jruby), or null */
    static Preset named(String name) {
        for (Preset p : values()) if (p.name().toLowerCase(Locale.ROOT).equals(name)) return p;
        return null;
    }

    /** Whether {@code dispatch} is a preset's dispatch method that is checked at its first switch only, however it was named. */
    static boolean checksFirstSwitchOnly(MethodRef dispatch) {
        for (Preset p : values()) if (p.firstSwitchOnly && p.dispatch.equals(dispatch)) return true;
        return false;
    }

    static String names() {
        return String.join(", ", List.of(values()).stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
    }
}
