package io.contactcenter.ticket.ticket;

import java.time.Instant;

/**
 * What it takes to register a ticket, whatever the intake (call, email, web, letter).
 * {@code raisedAt}: when the customer raised the issue; the resolution commitment runs from there.
 */
public record Registration(TicketType type, TicketChannel channel, Severity severity, String subject,
        String description, String category, String customerId, String customerName, String customerPhone,
        String customerEmail, String sourceContactId, String recordedBy, String owningTeam, Instant raisedAt) {
}
