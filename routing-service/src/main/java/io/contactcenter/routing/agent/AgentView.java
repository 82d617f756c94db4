package io.contactcenter.routing.agent;

import java.util.List;
import java.util.Map;

/**
 * An agent's profile and live state as Redis holds it. {@code pendingState}: what the agent asked
 * for during a call (e.g. NOT_READY), applied when its after-call work ends. {@code leaseUntil}: when the
 * session lapses (epoch ms) unless the desktop or the PBX renews it; null when logged out or leases are off.
 */
public record AgentView(String agentId, String name, String teamId, String hireDate, Map<String, Integer> skills,
        List<String> queues, String state, String reason, String contactId, String pendingState, long stateSince,
        Map<String, Integer> capacity, Map<String, Integer> load, Long leaseUntil) {
}
