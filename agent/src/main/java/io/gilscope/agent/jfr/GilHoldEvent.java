package io.gilscope.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name("gilscope.GilHold")
@Label("GIL Hold")
@Description("A thread held the GIL, from its acquisition to its release to another thread")
@Category("gilscope")
@StackTrace(false)
public final class GilHoldEvent extends Event {
    @Label("Dispatches")
    @Description("Bytecode dispatches executed during the hold")
    public long dispatches;

    @Label("Reacquisitions")
    @Description("Times the holder dropped the GIL and took it back with nobody in between")
    public long reacquisitions;

    @Label("Release Reason")
    @Description("Why the hold ended: dropRequest, checkInterval, blocking, threadExit or exception")
    public String releaseReason;

    @Label("Blocking Method")
    @Description("The release method that ended the hold, as Class#method, when the reason is blocking")
    public String blockingMethod;

    @Label("Taken At")
    @Description("The interpreter's stack where the thread took the GIL: its frames, outermost first, one per line (from the location hook, agent option location=); absent without a hook")
    public String takenAt;

    @Label("Dropped At")
    @Description("The interpreter's stack where the thread let the GIL go: its frames, outermost first, one per line (from the location hook, agent option location=); absent without a hook")
    public String droppedAt;

    @Label("Interpreter")
    @Description("Whose GIL: 0 for the first interpreter, then 1, 2, ... for each isolated interpreter instance (class loader) in the order it started")
    public int interpreter;
}
