package io.contactcenter.routing.contact;

/**
 * The answer to the IVR: {@code ROUTED} with the agent to connect, or {@code QUEUED} with the
 * position (1 = next) and the estimated wait. A repeated post of the same contact returns its current state.
 */
public record RoutingAnswer(String contactId, String outcome, String state, String queueId, String agentId,
        String teamId, Integer position, Double estimatedWaitSeconds) {
}
