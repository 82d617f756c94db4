package io.contactcenter.ticket.ticket.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.contactcenter.ticket.ticket.Severity;
import io.contactcenter.ticket.ticket.Ticket;
import io.contactcenter.ticket.ticket.TicketChannel;
import io.contactcenter.ticket.ticket.TicketStatus;
import io.contactcenter.ticket.ticket.TicketType;

/** contactcenter.ticket.created: a ticket was registered (status NEW; dispatch follows as ticket.assigned). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketCreated(String ticketId, TicketType type, TicketChannel channel, Severity severity,
        TicketStatus status, String subject, String category, String customerId, String sourceContactId,
        String recordedBy, String owningTeam, Instant firstResponseDueAt, Instant dueAt,
        Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.created";

    public static TicketCreated of(Ticket t) {
        return new TicketCreated(t.id.toString(), t.type, t.channel, t.severity, t.status, t.subject, t.category,
                t.customerId, t.sourceContactId, t.recordedBy, t.owningTeam, t.firstResponseDueAt, t.dueAt,
                t.createdAt);
    }
}
