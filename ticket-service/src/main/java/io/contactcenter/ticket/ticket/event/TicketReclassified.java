package io.contactcenter.ticket.ticket.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketType;


/** contactcenter.ticket.reclassified: type, severity or category changed, and with them the due times. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketReclassified(String ticketId, TicketType type, Severity severity, String category,
        TicketType previousType, Severity previousSeverity, String previousCategory, Instant firstResponseDueAt,
        Instant dueAt, String changedBy, Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.reclassified";
}
