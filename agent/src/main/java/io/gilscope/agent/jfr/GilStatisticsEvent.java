package io.gilscope.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

@Name("gilscope.GilStatistics")
@Label("GIL Statistics")
@Description("Totals of the GIL since the agent started, and its state now")
@Category("gilscope")
@StackTrace(false)
@Period("1 s")
public final class GilStatisticsEvent extends Event {
    @Label("Dispatches")
    @Description("Bytecode dispatches since the agent started")
    public long dispatches;

    @Label("Switches")
    @Description("Times the GIL passed from one thread to another")
    public long switches;

    @Label("Forced Switches")
    @Description("Drops where the holder waited until another thread took the GIL")
    public long forcedSwitches;

    @Label("Reacquisitions")
    @Description("Times a thread dropped the GIL and took it back with nobody in between")
    public long reacquisitions;

    @Label("Waiters")
    @Description("Threads waiting for the GIL now")
    public int waiters;

    @Label("Holder")
    @Description("The thread holding the GIL now")
    public Thread holder;

    @Label("Interpreter")
    @Description("Whose GIL: 0 for the first interpreter, then 1, 2, ... for each isolated interpreter instance (class loader) in the order it started")
    public int interpreter;
}
