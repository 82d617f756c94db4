package io.contactcenter.ticket.analytics;

import java.time.Instant;
import java.util.Map;

import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;


/**
 * One period's figures, for the management review (tickets open / overdue, first-contact
 * resolution rate). Counts by type, category and status are of tickets created in the period (status
 * as of now; category {@code (none)} when unset). Resolution figures are of tickets resolved in the
 * period (and not reopened since): time from raised to resolved, the share resolved by their due time,
 * the share resolved on the contact that opened them. Rates are 0..1, null when nothing to measure.
 * {@code team} null: the whole center; else everything (overdue now included) is that team's.
 */
public record TicketAnalytics(Instant from, Instant to, String team, long created, Map<TicketType, Long> byType,
        Map<String, Long> byCategory, Map<TicketStatus, Long> byStatus, long overdueNow, long resolved,
        Double medianResolutionSeconds, Double p90ResolutionSeconds, Double slaCompliance,
        Double firstResponseCompliance, Double firstContactResolutionRate) {
}
