package io.contactcenter.routing.event;

import java.time.Instant;

/** contactcenter.call.callback-requested: the contact waited past its queue's maximum and left it as a callback request. */
public record CallbackRequested(String contactId, String queueId, String customerId, String callerNumber,
        String intent, String customerTier, double waitSeconds, Instant occurredAt) {
    public static final String TYPE = "contactcenter.call.callback-requested";
}
