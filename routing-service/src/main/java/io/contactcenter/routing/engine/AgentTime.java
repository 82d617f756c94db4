package io.contactcenter.routing.engine;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Agent time by state of teams or of the centre (agent_time.lua): per scope its agents by state, and today's
 * and the recent window's agentAvailableMs, agentReservedMs, agentBusyMs, agentWrapUpMs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentTime(String day, List<Scope> scopes) {

    /** {@code teamId} "" is the whole centre. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scope(String teamId, Map<String, Long> agentsByState, Map<String, Long> today,
            Map<String, Long> recent) {
    }
}
