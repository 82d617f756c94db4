package io.contactcenter.ticket.ticket.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;


/** contactcenter.ticket.created: a ticket was registered (status NEW; dispatch follows as ticket.assigned). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketCreated(String ticketId, TicketType type, TicketChannel channel, Severity severity,
        TicketStatus status, String subject, String category, String customerId, String sourceContactId,
        String recordedBy, String owningTeam, Instant firstResponseDueAt, Instant dueAt,
        Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.created";
}
