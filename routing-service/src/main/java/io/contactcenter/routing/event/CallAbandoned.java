package io.contactcenter.routing.event;

import java.time.Instant;

/** contactcenter.call.abandoned: the caller hung up before an agent answered. */
public record CallAbandoned(String contactId, String queueId, double waitSeconds, Instant occurredAt) {
    public static final String TYPE = "contactcenter.call.abandoned";
}
