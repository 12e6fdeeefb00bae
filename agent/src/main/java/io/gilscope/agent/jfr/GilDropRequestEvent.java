package io.gilscope.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name("gilscope.GilDropRequest")
@Label("GIL Drop Request")
@Description("A waiting thread asked the holder to drop the GIL")
@Category("gilscope")
@StackTrace(false)
public final class GilDropRequestEvent extends Event {
    @Label("Holder")
    @Description("The thread asked to drop the GIL")
    public Thread holder;

    @Label("Interpreter")
    @Description("Whose GIL: 0 for the first interpreter, then 1, 2, ... for each isolated interpreter instance (class loader) in the order it started")
    public int interpreter;
}
