package io.contactcenter.ticket.ticket.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.contactcenter.ticket.model.ConfirmationChannel;
import io.contactcenter.ticket.model.TicketStatus;


/** contactcenter.ticket.reopened: the customer was not satisfied, or came back before confirming. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketReopened(String ticketId, TicketStatus previousStatus, String reason, Boolean satisfied,
        ConfirmationChannel confirmedVia, int reopenCount, String assignee, Instant dueAt, String reopenedBy,
        Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.reopened";
}
