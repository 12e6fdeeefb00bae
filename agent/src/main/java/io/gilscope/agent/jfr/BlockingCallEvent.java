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
}
