package io.gilscope.demo.vm;

import java.util.ArrayList;
import java.util.List;

/** An instance of a Python-level or Java-declared class. Exceptions are PyInstances too. */
public class PyInstance {
    public final PyClass cls;
    public final InstanceAttrs attrs;
    /** Java state for Java-declared classes (a Thread, a Semaphore, ...). */
    public volatile Object nativeState;
    /** For exceptions: traceback entries, innermost first. */
    public List<TraceEntry> traceback;

    public record TraceEntry(String file, int line, String function) { }

    public PyInstance(PyClass cls) {
        this.cls = cls;
        this.attrs = new InstanceAttrs(cls.rootShape);
    }

    public synchronized void addTraceback(String file, int line, String function) {
        if (traceback == null) traceback = new ArrayList<>();
        traceback.add(new TraceEntry(file, line, function));
    }

    public synchronized List<TraceEntry> tracebackCopy() {
        return traceback == null ? List.of() : new ArrayList<>(traceback);
    }

    /** Dict/set keys: Python's == (a Python-level __eq__, identity otherwise). */
    @Override
    public boolean equals(Object o) {
        return this == o || Ops.eq(this, o);
    }

    @Override
    public int hashCode() {
        return cls.lookup("__hash__") instanceof PyFunction ? Long.hashCode(Ops.hash(this)) : System.identityHashCode(this);
    }

    @Override
    public String toString() { return Ops.str(this); }
}
