package io.contactcenter.routing.engine;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A routing script's answer (each script's header lists its outcomes): the outcome word and named
 * fields. {@code contact}, {@code agent} and {@code change} (a queue change) are the entity as the script left it, so the API answers
 * from the decision itself, in one round trip.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Decision(String outcome, String state, String agentId, Integer position, Map<String, String> contact,
        Map<String, String> agent, Map<String, String> change) {

    public boolean is(String expected) {
        return expected.equals(outcome);
    }
}
