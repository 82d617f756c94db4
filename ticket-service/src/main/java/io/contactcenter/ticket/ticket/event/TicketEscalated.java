package io.contactcenter.ticket.ticket.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.contactcenter.ticket.sla.EscalationPolicy;

/**
 * contactcenter.ticket.escalated: the ticket is overdue and went up a level. Level 1 is the
 * rectification notice to the owning team's supervisor; higher levels reach the managers.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketEscalated(String ticketId, int level, String escalatedTo, EscalationPolicy.Role role,
        String owningTeam, String assignee, Instant dueAt, double overdueSeconds, Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.escalated";
}
