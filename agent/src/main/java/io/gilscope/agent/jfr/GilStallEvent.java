package io.gilscope.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

@Name("gilscope.GilStall")
@Label("GIL Stall")
@Description("The GIL holder blocked outside any release method while other threads waited for the GIL")
@Category("gilscope")
@StackTrace(false)
public final class GilStallEvent extends Event {
    @Label("Holder")
    @Description("The thread that held the GIL while blocked")
    public Thread holder;

    @Label("State")
    @Description("The holder's thread state: WAITING, TIMED_WAITING or BLOCKED")
    public String state;

    @Label("Stalled For")
    @Description("How long the holder had been blocked, with threads waiting, when the watchdog acted")
    @Timespan(Timespan.NANOSECONDS)
    public long stalledFor;

    @Label("Waiters")
    @Description("Threads waiting for the GIL")
    public int waiters;

    @Label("Frames")
    @Description("The holder's top frames, one per line")
    public String frames;

    @Label("Fix")
    @Description("The agent option that would release the GIL there, or empty if none was found")
    public String fix;

    @Label("Released")
    @Description("Whether the watchdog took the GIL from the holder (onstall=release)")
    public boolean released;
}
