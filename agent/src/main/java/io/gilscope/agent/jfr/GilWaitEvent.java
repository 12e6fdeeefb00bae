package io.gilscope.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Event;

@Name("gilscope.GilWait")
@Label("GIL Wait")
@Description("A thread waited for the GIL, from its request to its acquisition")
@Category("gilscope")
@StackTrace(false)
public final class GilWaitEvent extends Event {
    @Label("Reason")
    @Description("Why the thread asked for the GIL: first, afterDrop or afterBlocking")
    public String reason;

    @Label("Previous Holder")
    @Description("The thread that held the GIL before this one, if any")
    public Thread previousHolder;

    @Label("Waited At")
    @Description("The interpreter's stack where the thread began to wait: its frames, outermost first, one per line (from the location hook, agent option location=); absent without a hook")
    public String waitedAt;

    @Label("Holder At")
    @Description("The interpreter's stack of the previous holder where it let the GIL go to this thread: what the thread waited for: its frames, outermost first, one per line (from the location hook, agent option location=); absent without a hook")
    public String holderAt;

    @Label("Interpreter")
    @Description("Whose GIL: 0 for the first interpreter, then 1, 2, ... for each isolated interpreter instance (class loader) in the order it started")
    public int interpreter;
}
