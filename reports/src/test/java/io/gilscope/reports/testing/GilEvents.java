package io.gilscope.reports.testing;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/** Test-only copies of the agent's events (docs/events.md): same names and field names. */
public final class GilEvents {
    private GilEvents() {}

    @Name("gilscope.GilWait") @Label("GIL Wait") @Category("gilscope") @StackTrace(false)
    public static final class Wait extends Event {
        @Label("Reason") public String reason;
        @Label("Previous Holder") public Thread previousHolder;
        @Label("Waited At") public String waitedAt;
        @Label("Holder At") public String holderAt;
    }

    @Name("gilscope.GilHold") @Label("GIL Hold") @Category("gilscope") @StackTrace(false)
    public static final class Hold extends Event {
        @Label("Dispatches") public long dispatches;
        @Label("Reacquisitions") public long reacquisitions;
        @Label("Release Reason") public String releaseReason;
        @Label("Blocking Method") public String blockingMethod;
        @Label("Taken At") public String takenAt;
        @Label("Dropped At") public String droppedAt;
    }

    @Name("gilscope.GilDropRequest") @Label("GIL Drop Request") @Category("gilscope") @StackTrace(false)
    public static final class DropRequest extends Event {
        @Label("Holder") public Thread holder;
    }

    @Name("gilscope.BlockingCall") @Label("Blocking Call") @Category("gilscope") @StackTrace(false)
    public static final class BlockingCall extends Event {
        @Label("Method") public String method;
        @Label("At") public String at;
    }

    @Name("gilscope.GilStatistics") @Label("GIL Statistics") @Category("gilscope") @StackTrace(false)
    public static final class Statistics extends Event {
        @Label("Dispatches") public long dispatches;
        @Label("Switches") public long switches;
        @Label("Forced Switches") public long forcedSwitches;
        @Label("Reacquisitions") public long reacquisitions;
        @Label("Waiters") public int waiters;
        @Label("Holder") public Thread holder;
    }

    @Name("gilscope.GilConfiguration") @Label("GIL Configuration") @Category("gilscope") @StackTrace(false)
    public static final class Configuration extends Event {
        @Label("Schema Version") public int schemaVersion;
        @Label("Mode") public String mode;
        @Label("Switch Interval") @Timespan(Timespan.NANOSECONDS) public long switchInterval;
        @Label("Check Interval") public int checkInterval;
        @Label("Dispatch Methods") public String dispatchMethods;
        @Label("Release Methods") public String releaseMethods;
        @Label("Agent Version") public String agentVersion;
        @Label("Dispatches Counted") public boolean dispatchesCounted;
    }

    /** GilConfiguration as agents wrote it before {@code dispatchesCounted} (they always counted). */
    @Name("gilscope.GilConfiguration") @Label("GIL Configuration") @Category("gilscope") @StackTrace(false)
    public static final class ConfigurationBeforeCounting extends Event {
        @Label("Schema Version") public int schemaVersion;
        @Label("Mode") public String mode;
        @Label("Switch Interval") @Timespan(Timespan.NANOSECONDS) public long switchInterval;
    }

    /** A configuration with dispatches counted (the agent's default; count=false turns it off in modes new and fair). */
    public static void configuration(String mode, long intervalNanos) {
        configuration(mode, intervalNanos, true);
    }

    public static void configuration(String mode, long intervalNanos, boolean dispatchesCounted) {
        Configuration c = new Configuration();
        c.schemaVersion = 1;
        c.mode = mode;
        c.switchInterval = intervalNanos;
        c.checkInterval = 100;
        c.dispatchMethods = "io.gilscope.demo.vm.Interpreter#run";
        c.releaseMethods = "";
        c.agentVersion = "test";
        c.dispatchesCounted = dispatchesCounted;
        c.commit();
    }

    public static void configurationBeforeCounting(String mode, long intervalNanos) {
        ConfigurationBeforeCounting c = new ConfigurationBeforeCounting();
        c.schemaVersion = 1;
        c.mode = mode;
        c.switchInterval = intervalNanos;
        c.commit();
    }
}
