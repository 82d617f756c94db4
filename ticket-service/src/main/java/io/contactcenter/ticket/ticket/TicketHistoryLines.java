package io.contactcenter.ticket.ticket;

import java.time.Instant;

import io.contactcenter.ticket.model.AssignMode;
import io.contactcenter.ticket.model.ContactDirection;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.SlaClock;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.sla.EscalationPolicy;

/**
 * How a change reads in the ticket's trail, from the ticket's state after the change and what it was
 * before. Words for people (supervisors, the customer's follow-up): they may change without touching the
 * events, which {@link TicketEventBodies} builds for the catalog.
 */
final class TicketHistoryLines {

    /** A share of 0.8 reads as 80%. */
    private static final int PERCENT = 100;

    private TicketHistoryLines() {
    }

    static HistoryLine created(Ticket t) {
        return new HistoryLine("CREATED", null, t.status.name(),
                "registered " + t.type + " via " + t.channel + ", severity " + t.severity + ", due " + t.dueAt);
    }

    static HistoryLine assigned(Ticket t, String previousTeam, String previousAssignee, TicketStatus previousStatus,
            AssignMode mode) {
        return new HistoryLine("ASSIGNED", previousTeam + "/" + previousAssignee, t.owningTeam + "/" + t.assignee,
                mode + " assignment to team " + t.owningTeam + (t.assignee == null ? "" : ", " + t.assignee)
                        + (previousStatus == t.status ? "" : "; " + previousStatus + " → " + t.status));
    }

    static HistoryLine statusChanged(Ticket t, TicketStatus from, String reason) {
        TicketStatus to = t.status;
        String text = from + " → " + to + (reason == null ? "" : ": " + reason)
                + (to == TicketStatus.RESOLVED ? " (resolution: " + t.resolution + ")"
                        + (t.firstContactResolution ? ", first-contact resolution" : "") : "");
        return new HistoryLine("STATUS_CHANGED", from.name(), to.name(), text);
    }

    static HistoryLine closed(Ticket t, String comment) {
        return new HistoryLine("CLOSED", TicketStatus.RESOLVED.name(), TicketStatus.CLOSED.name(),
                "customer satisfied (" + t.confirmedVia + ")" + (comment == null ? "" : ": " + comment));
    }

    static HistoryLine reclassified(Ticket t, TicketType previousType, Severity previousSeverity,
            String previousCategory, Instant previousDue) {
        return new HistoryLine("RECLASSIFIED", previousType + "/" + previousSeverity + "/" + previousCategory,
                t.type + "/" + t.severity + "/" + t.category, "reclassified; due " + previousDue + " → " + t.dueAt);
    }

    static HistoryLine customerContacted(ContactDirection direction, TicketChannel via, String contactId,
            boolean first) {
        return new HistoryLine("CUSTOMER_CONTACT", null, direction.name(),
                direction + " " + via + (contactId == null ? "" : " (contact " + contactId + ")")
                        + (first ? ", first response" : ""));
    }

    static HistoryLine escalated(Ticket t, EscalationPolicy.Recipient to) {
        int level = t.escalationLevel;
        return new HistoryLine("ESCALATED", Integer.toString(level - 1), Integer.toString(level),
                "overdue since " + t.dueAt + ": level " + level + " to " + to.role() + " " + to.id()
                        + (level == 1 ? " (rectification notice)" : ""));
    }

    static HistoryLine reopened(Ticket t, TicketStatus from, String reason, String previousResolution) {
        return new HistoryLine("REOPENED", from.name(), t.status.name(),
                "reopened" + (reason == null ? "" : ": " + reason)
                        + (previousResolution == null ? "" : " (was resolved: " + previousResolution + ")"));
    }

    static HistoryLine slaWarning(SlaClock clock, Instant due, double share) {
        return new HistoryLine("SLA_WARNING", null, clock.name(),
                clock + " due " + due + ", " + Math.round(share * PERCENT) + "% of the time used");
    }
}
