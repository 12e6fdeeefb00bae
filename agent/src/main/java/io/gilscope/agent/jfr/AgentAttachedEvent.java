package io.gilscope.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name("gilscope.AgentAttached")
@Label("Agent Attached")
@Description("The agent was loaded into a running JVM: a dispatch frame already running keeps its code, without the GIL, until it returns")
@Category("gilscope")
@StackTrace(false)
public final class AgentAttachedEvent extends Event {
    @Label("Running Threads")
    @Description("Threads inside a dispatch frame when the agent was attached, comma-separated")
    public String runningThreads;

    @Label("Running Thread Count")
    @Description("How many threads were inside a dispatch frame when the agent was attached")
    public int runningThreadCount;
}
