package io.contactcenter.routing.contact;

/** Inbound calls, or outbound work (callbacks, follow-up calls) that reserves an agent the same way. */
public enum Direction {
    INBOUND, OUTBOUND
}
