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
    LUAJ("org.luaj.vm2.LuaClosure#execute",
            "org.luaj.vm2.LuaThread#resume", "org.luaj.vm2.Globals#yield", "org.luaj.vm2.lib.jse.JavaMethod#invokeMethod"),
    /** Rhino 1.8 in interpreted mode: calls to Java methods (Thread.join, sleep) release. */
    RHINO("org.mozilla.javascript.Interpreter#interpretLoop", "org.mozilla.javascript.MemberBox#invoke"),
    /** JRuby 9.4 with compilation off (-X-C): blocking tasks (sleep, queues, fibers) and joins release. */
    JRUBY("org.jruby.ir.interpreter.StartupInterpreterEngine#interpret",
            "org.jruby.RubyThread#executeTask", "org.jruby.RubyThread#executeTaskBlocking", "org.jruby.RubyThread#joinCommon");

    final MethodRef dispatch;
    final List<MethodRef> release;

    Preset(String dispatch, String... release) {
        this.dispatch = MethodRef.parse(dispatch);
        this.release = List.of(release).stream().map(MethodRef::parse).toList();
    }

    /** @return the preset of that name (luaj, rhino, jruby), or null */
    static Preset named(String name) {
        for (Preset p : values()) if (p.name().toLowerCase(Locale.ROOT).equals(name)) return p;
        return null;
    }

    static String names() {
        return String.join(", ", List.of(values()).stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
    }
}
