package io.contactcenter.ticket.ticket.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.contactcenter.ticket.model.ConfirmationChannel;
import io.contactcenter.ticket.model.TicketType;


/** contactcenter.ticket.closed: the customer confirmed they are satisfied; the case is archived. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketClosed(String ticketId, TicketType type, String category, String owningTeam, String assignee,
        ConfirmationChannel confirmedVia, Instant resolvedAt, double resolutionSeconds, boolean slaMet,
        boolean firstContactResolution, int reopenCount, String closedBy, Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.closed";
}
