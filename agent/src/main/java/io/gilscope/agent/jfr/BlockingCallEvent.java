package io.gilscope.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name("gilscope.BlockingCall")
@Label("Blocking Call")
@Description("A call that runs with the GIL released")
@Category("gilscope")
@StackTrace(false)
public final class BlockingCallEvent extends Event {
    @Label("Method")
    @Description("The release method, as Class#method")
    public String method;

    @Label("At")
    @Description("The interpreter's stack that made the call: its frames, outermost first, one per line (from the location hook, agent option location=); absent without a hook")
    public String at;

    @Label("Interpreter")
    @Description("Whose GIL: 0 for the first interpreter, then 1, 2, ... for each isolated interpreter instance (class loader) in the order it started")
    public int interpreter;
}
