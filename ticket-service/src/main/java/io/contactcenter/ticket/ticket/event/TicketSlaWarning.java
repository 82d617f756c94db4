package io.contactcenter.ticket.ticket.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.contactcenter.ticket.model.SlaClock;


/** contactcenter.ticket.sla-warning: a share of a commitment's time is used up and it is not met yet. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketSlaWarning(String ticketId, SlaClock target, Instant dueAt, double warningShare,
        String owningTeam, String assignee, Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.sla-warning";
}
