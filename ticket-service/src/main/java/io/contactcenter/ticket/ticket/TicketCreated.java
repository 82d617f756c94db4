package io.contactcenter.ticket.ticket;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * contactcenter.ticket.created on ticket-events, exactly the catalog's fields. Nulls are written
 * (the catalog: nullable fields are always present) and times carry milliseconds in UTC.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketCreated(String ticketId, TicketType type, TicketChannel channel, Severity severity,
        TicketStatus status, String subject, String customerId, String sourceContactId, String recordedBy,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = UTC_MILLIS, timezone = "UTC") Instant dueAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = UTC_MILLIS, timezone = "UTC") Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.created";
    public static final String TOPIC = "ticket-events";
    public static final String SOURCE = "/ticket-service";
    static final String UTC_MILLIS = "yyyy-MM-dd'T'HH:mm:ss.SSSX";

    static TicketCreated of(Ticket t) {
        return new TicketCreated(t.id.toString(), t.type, t.channel, t.severity, t.status, t.subject, t.customerId,
                t.sourceContactId, t.recordedBy, t.dueAt, t.createdAt);
    }
}
