package io.contactcenter.routing.event;

import java.time.Instant;

/** contactcenter.call.overflowed: the contact waited past its queue's maximum and moved to the overflow queue. */
public record CallOverflowed(String contactId, String fromQueueId, String toQueueId, double waitSeconds,
        Instant occurredAt) {
    public static final String TYPE = "contactcenter.call.overflowed";
}
