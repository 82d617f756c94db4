package io.contactcenter.routing.push;

import java.util.Locale;

/** The kinds of push stream; the metrics are tagged with {@link #tag()}. */
public enum StreamKind {
    /** One agent's offers, withdrawals and state changes, for its desktop. */
    AGENT,
    /** Every contact routed to an agent, for the PBX. */
    ASSIGNMENTS,
    /** Queue figures, for wallboards. */
    FIGURES;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
