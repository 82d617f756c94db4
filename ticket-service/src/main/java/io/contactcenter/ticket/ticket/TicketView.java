package io.contactcenter.ticket.ticket;

import java.time.Instant;
import java.util.UUID;

/** A ticket as agents and supervisors read it. */
public record TicketView(UUID id, TicketType type, TicketChannel channel, Severity severity, TicketStatus status,
        String subject, String description, String category, String customerId, String customerName,
        String customerPhone, String customerEmail, String sourceContactId, String recordedBy, String owningTeam,
        String assignee, Instant dueAt, Instant createdAt, Instant updatedAt) {

    static TicketView of(Ticket t) {
        return new TicketView(t.id, t.type, t.channel, t.severity, t.status, t.subject, t.description, t.category,
                t.customerId, t.customerName, t.customerPhone, t.customerEmail, t.sourceContactId, t.recordedBy,
                t.owningTeam, t.assignee, t.dueAt, t.createdAt, t.updatedAt);
    }
}
