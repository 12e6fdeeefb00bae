package io.gilscope.agent;

import io.gilscope.agent.jfr.AgentAttachedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Threads inside a dispatch frame when the agent is attached. Retransformation changes the code of
 * frames entered afterwards only (a JVM rule), so such a frame keeps running without the GIL until it
 * returns: a module-level loop, for instance, until the program ends. And it runs slower meanwhile:
 * the JVM throws away the compiled code of the replaced method and never compiles its old version
 * again, so the frame goes on in the bytecode interpreter (-XX:+PrintCompilation shows it). gilscope
 * measured demo-app's loops there 4× (module level) to 19× (a function's local loop) slower. Says so
 * once on stderr, and in the recording.
 */
final class RunningFrames {
    private RunningFrames() { }

    static void report(List<MethodRef> dispatch) {
        List<String> names = inside(dispatch);
        AgentAttachedEvent e = new AgentAttachedEvent();
        e.runningThreads = String.join(",", names);
        e.runningThreadCount = names.size();
        e.commit();
        if (!names.isEmpty()) {
            System.err.println("gilscope: attached while " + String.join(", ", names) + (names.size() == 1 ? " was" : " were")
                    + " inside " + dispatch.get(0) + (dispatch.size() > 1 ? " (or another dispatch method)" : "")
                    + ": frames already running stay outside the GIL until they return, and run 4-19x slower meanwhile "
                    + "(the JVM never compiles a replaced method's old code again); frames entered from now on run under it "
                    + "at full speed. Start the program under the agent (gilscope run, -javaagent) to avoid both");
        }
    }

    static List<String> inside(List<MethodRef> dispatch) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
            for (StackTraceElement frame : t.getValue()) {
                if (dispatch.stream().anyMatch(m -> m.className().equals(frame.getClassName()) && m.methodName().equals(frame.getMethodName()))) {
                    names.add(t.getKey().getName());
                    break;
                }
            }
        }
        names.sort(null);
        return names;
    }
}
