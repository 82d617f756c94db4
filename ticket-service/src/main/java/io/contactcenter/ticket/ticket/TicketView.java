package io.contactcenter.ticket.ticket;

import java.time.Instant;
import java.util.UUID;

import io.contactcenter.ticket.model.ConfirmationChannel;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;

/**
 * A ticket as agents and supervisors read it. {@code version} goes back with every change request.
 * {@code overdue}: open, clock running and past due at the time of reading.
 */
public record TicketView(UUID id, long version, TicketType type, TicketChannel channel, Severity severity,
        TicketStatus status, String subject, String description, String category, String customerId,
        String customerName, String customerPhone, String customerEmail, String customerCompany,
        String sourceContactId, String recordedBy, String owningTeam, String assignee, Instant raisedAt,
        Instant firstResponseDueAt, Instant firstRespondedAt, Instant dueAt, boolean slaPaused, boolean overdue,
        int escalationLevel, String resolution, Instant resolvedAt, boolean firstContactResolution,
        Boolean satisfied, ConfirmationChannel confirmedVia, Instant closedAt, int reopenCount, Instant createdAt,
        Instant updatedAt) {

    static TicketView of(Ticket t, Instant now) {
        return new TicketView(t.id, t.version == null ? 0 : t.version, t.type, t.channel, t.severity, t.status,
                t.subject, t.description, t.category, t.customerId, t.customerName, t.customerPhone, t.customerEmail,
                t.customerCompany, t.sourceContactId, t.recordedBy, t.owningTeam, t.assignee, t.raisedAt,
                t.firstResponseDueAt, t.firstRespondedAt, t.dueAt, t.slaPausedAt != null, t.overdue(now),
                t.escalationLevel, t.resolution, t.resolvedAt, t.firstContactResolution, t.satisfied,
                t.confirmedVia, t.closedAt, t.reopenCount, t.createdAt, t.updatedAt);
    }
}
