package io.contactcenter.routing.push;

import java.util.Set;

/**
 * A routing event as the hub fans it out: its CloudEvents id (the SSE id), its type without the
 * {@code contactcenter.} prefix (the SSE event name, e.g. {@code call.routed}), the decision time, its
 * catalog JSON, and the agents and queues it concerns (which streams it goes to).
 */
public record PushEvent(String id, String type, long timeMillis, String data, Set<String> agentIds,
        Set<String> queueIds) {

    /** An offer: the contact was routed to an agent (what the PBX's assignment stream carries). */
    public static final String ROUTED = "call.routed";

    public PushEvent {
        agentIds = Set.copyOf(agentIds);
        queueIds = Set.copyOf(queueIds);
    }

    public boolean isAssignment() {
        return ROUTED.equals(type);
    }

    public PushMessage message() {
        return PushMessage.event(id, type, data);
    }
}
