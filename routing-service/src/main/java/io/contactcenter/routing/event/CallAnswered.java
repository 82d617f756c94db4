package io.contactcenter.routing.event;

import java.time.Instant;

/** contactcenter.call.answered: the agent picked up; {@code serviceLevelMet} if within the queue's threshold. */
public record CallAnswered(String contactId, String queueId, String agentId, String teamId, double waitSeconds,
        boolean serviceLevelMet, Instant occurredAt) {
    public static final String TYPE = "contactcenter.call.answered";
}
