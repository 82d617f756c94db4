package io.contactcenter.routing.event;

import java.time.Instant;

import io.contactcenter.routing.contact.Channel;
import io.contactcenter.routing.contact.CustomerTier;
import io.contactcenter.routing.contact.Intent;

/** contactcenter.call.queued: no agent was free; the contact waits at {@code position}. */
public record CallQueued(String contactId, String queueId, Channel channel, String customerId,
        CustomerTier customerTier, Intent intent, String language, int position, Instant occurredAt) {
    public static final String TYPE = "contactcenter.call.queued";
}
