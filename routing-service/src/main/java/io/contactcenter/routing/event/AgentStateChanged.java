package io.contactcenter.routing.event;

import java.time.Instant;

import io.contactcenter.routing.agent.AgentState;

/** contactcenter.agent.state-changed: every agent transition, for occupancy and adherence reports. */
public record AgentStateChanged(String agentId, String teamId, AgentState previousState, AgentState state,
        String reason, String contactId, Instant occurredAt) {
    public static final String TYPE = "contactcenter.agent.state-changed";
}
