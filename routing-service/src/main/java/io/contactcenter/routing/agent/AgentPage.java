package io.contactcenter.routing.agent;

import java.util.List;

/**
 * One page of the agent list supervisors read: the matching total, and each agent's live state. With several
 * filters the total is counted up to {@code routing.agent-list.count-limit}; {@code totalAtLeast} says it is a
 * lower bound (as search engines answer "10,000+").
 */
public record AgentPage(long total, boolean totalAtLeast, int page, int size, List<AgentSummary> agents) {

    /**
     * An agent now: state and reason, seconds in that state, the contact it is on, the state it asked for
     * during the call, its queues, and today's handled contacts and talk time.
     */
    public record AgentSummary(String agentId, String name, String teamId, String state, String reason,
            long secondsInState, String contactId, String pendingState, List<String> queues, int handledToday,
            long talkSecondsToday) {
    }
}
