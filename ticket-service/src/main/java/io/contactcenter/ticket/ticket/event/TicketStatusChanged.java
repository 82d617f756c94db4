package io.contactcenter.ticket.ticket.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.contactcenter.ticket.model.TicketStatus;


/**
 * contactcenter.ticket.status-changed: work started, waits on the customer, resumed, or was resolved.
 * Assignment, closing and reopening have events of their own.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketStatusChanged(String ticketId, TicketStatus previousStatus, TicketStatus status, String reason,
        String resolution, boolean firstContactResolution, boolean slaPaused, Instant dueAt, String changedBy,
        Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.status-changed";
}
