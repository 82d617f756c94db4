package io.contactcenter.routing.engine;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A page of agents as list_agents.lua answers it: the matching total (a lower bound when {@code totalAtLeast}),
 * the decision clock, agent fields.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentListing(long total, boolean totalAtLeast, long now, List<Map<String, String>> agents) {

    public List<Map<String, String>> agents() {
        return agents == null ? List.of() : agents;
    }
}
