package io.contactcenter.ticket.ticket;

import java.time.Instant;

/**
 * What it takes to register a ticket, whatever the intake (call, callback request, email, web, letter).
 * {@code raisedAt}: when the customer raised the issue; both commitments run from there.
 * {@code owningTeam}: a team named by whoever registered it (dispatch rules do not override it);
 * {@code recorderTeam}: the recorder's own team, used when no rule matches.
 * {@code firstRespondedAt}: set when the customer already spoke to a person (a call), else null.
 */
public record Registration(TicketType type, TicketChannel channel, Severity severity, String subject,
        String description, String category, String customerId, String customerName, String customerPhone,
        String customerEmail, String customerCompany, String sourceContactId, String recordedBy, String owningTeam,
        String recorderTeam, Instant raisedAt, Instant firstRespondedAt) {
}
