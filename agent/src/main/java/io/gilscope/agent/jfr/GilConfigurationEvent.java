package io.gilscope.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

@Name("gilscope.GilConfiguration")
@Label("GIL Configuration")
@Description("How the agent was configured")
@Category("gilscope")
@StackTrace(false)
@Period("everyChunk")
public final class GilConfigurationEvent extends Event {
    @Label("Schema Version")
    @Description("Version of the gilscope event schema")
    public int schemaVersion;

    @Label("Mode")
    @Description("GIL mode: new, legacy, fair or off")
    public String mode;

    @Label("Switch Interval")
    @Description("How long a waiter waits before it asks the holder to drop the GIL")
    @Timespan(Timespan.NANOSECONDS)
    public long switchInterval;

    @Label("Check Interval")
    @Description("Dispatches between drops in legacy mode")
    public int checkInterval;

    @Label("Look Interval")
    @Description("Dispatches a frame runs between two looks at the GIL (a drop request waits at most this many)")
    public int lookInterval;

    @Label("Dispatches Counted")
    @Description("Whether the agent counted dispatches (false with option count=false in modes new and fair); when false, dispatch fields are 0 and mean not counted")
    public boolean dispatchesCounted;

    @Label("Dispatch Methods")
    @Description("Instrumented dispatch methods, comma-separated Class#method")
    public String dispatchMethods;

    @Label("Check Points")
    @Description("Where a holder looks for a drop request: dispatch (at any dispatch, CPython 3.9 and before) or backedge (only in the checkpoint methods, which the interpreter calls at backward jumps, calls and returns: CPython 3.10 and later)")
    public String checkpoints;

    @Label("Checkpoint Methods")
    @Description("Instrumented checkpoint methods, comma-separated Class#method; empty with checkpoints dispatch")
    public String checkpointMethods;

    @Label("Release Methods")
    @Description("Release methods given as options, comma-separated Class#method")
    public String releaseMethods;

    @Label("Agent Version")
    @Description("Version of the gilscope agent")
    public String agentVersion;
}
