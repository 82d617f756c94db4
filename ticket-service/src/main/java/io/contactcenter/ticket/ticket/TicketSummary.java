package io.contactcenter.ticket.ticket;

import java.util.Map;

import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;

/** Counts for the daily board: every type and status is listed, zero included. */
public record TicketSummary(long total, Map<TicketType, Long> byType, Map<TicketStatus, Long> byStatus,
        long openedFromCalls) {
}
