package io.gilscope.reports.analysis;

import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedObject;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one event type, read by position where the JDK allows it.
 *
 * <p>{@link RecordedObject#getValue(String)} walks the type's field list comparing names on every
 * call (twice for getThread, getClass and getStackTrace); on a recording of 5 M contention events
 * that was 0.9 s of a 2.2 s analysis. When {@code jdk.jfr.consumer} is open to gilscope (the CLI
 * jar's manifest opens it) a value is read from the event's value array instead. That array holds
 * the fields of {@link EventType#getFields()} in order, less the leading start time and duration,
 * which the event keeps apart. The layout is checked against reading by name on each type's first
 * event. Otherwise, and for any value the JDK would wrap first (a struct kept as a raw array), a
 * value is read by name.
 */
final class EventFields {
    private static final VarHandle VALUES = valuesHandle();

    private final Map<String, Integer> positions = new HashMap<>();
    private boolean checked;
    private boolean positional = VALUES != null;
    private int offset;   // fields before the value array's first: startTime, and duration if the type has one

    EventFields(EventType type) {
        List<jdk.jfr.ValueDescriptor> fields = type.getFields();
        for (int i = 0; i < fields.size(); i++) positions.putIfAbsent(fields.get(i).getName(), i);
    }

    /** Whether positional reads are possible (false when the JDK does not open its consumer package to us). */
    static boolean positionalAvailable() {
        return VALUES != null;
    }

    /** Whether values of this type are read by position (known once its first event has been read). */
    boolean readsByPosition() {
        return checked && positional;
    }

    /** The field's value as {@link RecordedObject#getValue(String)} returns it, or null if the type has no such field. */
    Object get(RecordedEvent e, String field) {
        Integer at = positions.get(field);
        if (at == null) return null;
        if (positional) {
            Object[] values = (Object[]) VALUES.get(e);
            if (!checked) positional = sameAsByName(e, values);
            int i = at - offset;
            Object v = positional && i >= 0 ? values[i] : null;
            if (positional && i >= 0 && !(v instanceof Object[])) return v;
        }
        return e.getValue(field);
    }

    /** Checked on a type's first event: every position holds what reading by name returns, or we read by name. */
    private boolean sameAsByName(RecordedEvent e, Object[] values) {
        checked = true;
        offset = positions.size() - values.length;
        if (offset < 0 || offset > 2) return false;
        for (Map.Entry<String, Integer> f : positions.entrySet()) {
            int i = f.getValue() - offset;
            if (i >= 0 && !(values[i] instanceof Object[]) && values[i] != e.getValue(f.getKey())) return false;
        }
        return true;
    }

    private static VarHandle valuesHandle() {
        try {
            return MethodHandles.privateLookupIn(RecordedObject.class, MethodHandles.lookup())
                    .findVarHandle(RecordedObject.class, "objects", Object[].class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // not opened to us, or a JDK that keeps values differently: read by name
        }
    }
}
