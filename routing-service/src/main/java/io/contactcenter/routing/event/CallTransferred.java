package io.contactcenter.routing.event;

import java.time.Instant;

/** contactcenter.call.transferred: a connected contact moved to another queue or agent. */
public record CallTransferred(String contactId, String fromQueueId, String fromAgentId, String fromTeamId,
        String toQueueId, String toAgentId, Instant occurredAt) {
    public static final String TYPE = "contactcenter.call.transferred";
}
