package io.contactcenter.routing.engine;

import java.util.List;

/** A routing script's answer: an outcome word followed by positional values (see each script's header). */
public record ScriptResult(List<String> values) {

    public String outcome() {
        return values.get(0);
    }

    public boolean is(String outcome) {
        return outcome().equals(outcome);
    }

    /** Positional value, {@code null} when absent or empty (Redis has no null). */
    public String get(int index) {
        if (index >= values.size()) {
            return null;
        }
        String v = values.get(index);
        return v == null || v.isEmpty() ? null : v;
    }

    public long getLong(int index) {
        String v = get(index);
        return v == null ? 0 : Long.parseLong(v);
    }

    /** Values from {@code from} on, e.g. a nested script result. */
    public ScriptResult tail(int from) {
        return new ScriptResult(values.subList(from, values.size()));
    }
}
