package io.contactcenter.routing.event;

import java.time.Instant;

import io.contactcenter.routing.contact.Channel;

/** contactcenter.call.routed: an agent was reserved and the contact offered to it. */
public record CallRouted(String contactId, String queueId, String agentId, String teamId, Channel channel,
        double waitSeconds, Instant occurredAt) {
    public static final String TYPE = "contactcenter.call.routed";
}
