package io.contactcenter.routing.event;

import java.time.Instant;

/** contactcenter.call.no-answer: the offered agent did not pick up; the contact went back to the head of its queue. */
public record CallNoAnswer(String contactId, String queueId, String agentId, String teamId, Instant occurredAt) {
    public static final String TYPE = "contactcenter.call.no-answer";
}
