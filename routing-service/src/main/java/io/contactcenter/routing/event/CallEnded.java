package io.contactcenter.routing.event;

import java.time.Instant;

import io.contactcenter.routing.contact.Channel;
import io.contactcenter.routing.contact.CustomerTier;
import io.contactcenter.routing.contact.Disposition;
import io.contactcenter.routing.contact.Intent;

/** contactcenter.call.ended: the conversation is over; tickets, QA and praise rates start from here. */
public record CallEnded(String contactId, String queueId, String agentId, String teamId, Channel channel,
        String customerId, CustomerTier customerTier, Intent intent, Disposition disposition, double talkSeconds,
        double holdSeconds, Instant occurredAt) {
    public static final String TYPE = "contactcenter.call.ended";
}
