package io.contactcenter.ticket.ticket;

import java.time.Duration;
import java.time.Instant;

import io.contactcenter.ticket.sla.EscalationPolicy;
import io.contactcenter.ticket.model.AssignMode;
import io.contactcenter.ticket.model.ContactDirection;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.SlaClock;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.ticket.event.TicketAssigned;
import io.contactcenter.ticket.ticket.event.TicketClosed;
import io.contactcenter.ticket.ticket.event.TicketCreated;
import io.contactcenter.ticket.ticket.event.TicketCustomerContacted;
import io.contactcenter.ticket.ticket.event.TicketEscalated;
import io.contactcenter.ticket.ticket.event.TicketReclassified;
import io.contactcenter.ticket.ticket.event.TicketReopened;
import io.contactcenter.ticket.ticket.event.TicketSlaWarning;
import io.contactcenter.ticket.ticket.event.TicketStatusChanged;

/**
 * How a change the {@link Ticket} made is told: its history line and its event body, from the ticket's
 * state after the change and what it was before. Kept apart from the rules, so {@code Ticket} reads as
 * the lifecycle alone and the event package does not depend on the entity.
 */
final class TicketChanges {

    private TicketChanges() {
    }

    static Change created(Ticket t) {
        return new Change("CREATED", null, t.status.name(),
                "registered " + t.type + " via " + t.channel + ", severity " + t.severity + ", due " + t.dueAt,
                TicketCreated.TYPE, new TicketCreated(t.id.toString(), t.type, t.channel, t.severity, t.status,
                        t.subject, t.category, t.customerId, t.sourceContactId, t.recordedBy, t.owningTeam,
                        t.firstResponseDueAt, t.dueAt, t.createdAt));
    }

    static Change assigned(Ticket t, String previousTeam, String previousAssignee, TicketStatus previousStatus,
            AssignMode mode, String actor, Instant now) {
        return new Change("ASSIGNED", previousTeam + "/" + previousAssignee, t.owningTeam + "/" + t.assignee,
                mode + " assignment to team " + t.owningTeam + (t.assignee == null ? "" : ", " + t.assignee)
                        + (previousStatus == t.status ? "" : "; " + previousStatus + " → " + t.status),
                TicketAssigned.TYPE, new TicketAssigned(t.id.toString(), t.owningTeam, t.assignee, previousTeam,
                        previousAssignee, t.status, previousStatus, mode, actor, now));
    }

    static Change statusChanged(Ticket t, TicketStatus from, String reason, String actor, Instant now) {
        TicketStatus to = t.status;
        String text = from + " → " + to + (reason == null ? "" : ": " + reason)
                + (to == TicketStatus.RESOLVED ? " (resolution: " + t.resolution + ")"
                        + (t.firstContactResolution ? ", first-contact resolution" : "") : "");
        return new Change("STATUS_CHANGED", from.name(), to.name(), text, TicketStatusChanged.TYPE,
                new TicketStatusChanged(t.id.toString(), from, to, reason,
                        to == TicketStatus.RESOLVED ? t.resolution : null, t.firstContactResolution,
                        t.slaPausedAt != null, t.dueAt, actor, now));
    }

    static Change closed(Ticket t, String comment, String actor, Instant now) {
        double resolutionSeconds = Duration.between(t.raisedAt, t.resolvedAt).toMillis() / 1000.0;
        return new Change("CLOSED", TicketStatus.RESOLVED.name(), TicketStatus.CLOSED.name(),
                "customer satisfied (" + t.confirmedVia + ")" + (comment == null ? "" : ": " + comment),
                TicketClosed.TYPE, new TicketClosed(t.id.toString(), t.type, t.category, t.owningTeam, t.assignee,
                        t.confirmedVia, t.resolvedAt, resolutionSeconds, t.slaMet(), t.firstContactResolution,
                        t.reopenCount, actor, now));
    }

    static Change reclassified(Ticket t, TicketType previousType, Severity previousSeverity, String previousCategory,
            Instant previousDue, String actor, Instant now) {
        return new Change("RECLASSIFIED", previousType + "/" + previousSeverity + "/" + previousCategory,
                t.type + "/" + t.severity + "/" + t.category, "reclassified; due " + previousDue + " → " + t.dueAt,
                TicketReclassified.TYPE, new TicketReclassified(t.id.toString(), t.type, t.severity, t.category,
                        previousType, previousSeverity, previousCategory, t.firstResponseDueAt, t.dueAt, actor, now));
    }

    static Change customerContacted(Ticket t, ContactDirection direction, TicketChannel via, String contactId,
            boolean first, String actor, Instant now) {
        return new Change("CUSTOMER_CONTACT", null, direction.name(),
                direction + " " + via + (contactId == null ? "" : " (contact " + contactId + ")")
                        + (first ? ", first response" : ""),
                TicketCustomerContacted.TYPE,
                new TicketCustomerContacted(t.id.toString(), direction, via, contactId, first, actor, now));
    }

    static Change escalated(Ticket t, EscalationPolicy.Recipient to, Instant now) {
        int level = t.escalationLevel;
        double overdue = Duration.between(t.dueAt, now).toMillis() / 1000.0;
        return new Change("ESCALATED", Integer.toString(level - 1), Integer.toString(level),
                "overdue since " + t.dueAt + ": level " + level + " to " + to.role() + " " + to.id()
                        + (level == 1 ? " (rectification notice)" : ""),
                TicketEscalated.TYPE, new TicketEscalated(t.id.toString(), level, to.id(), to.role(), t.owningTeam,
                        t.assignee, t.dueAt, overdue, now));
    }

    static Change reopened(Ticket t, TicketStatus from, String reason, String previousResolution, String actor,
            Instant now) {
        return new Change("REOPENED", from.name(), t.status.name(),
                "reopened" + (reason == null ? "" : ": " + reason)
                        + (previousResolution == null ? "" : " (was resolved: " + previousResolution + ")"),
                TicketReopened.TYPE, new TicketReopened(t.id.toString(), from, reason, t.satisfied, t.confirmedVia,
                        t.reopenCount, t.assignee, t.dueAt, actor, now));
    }

    static Change slaWarning(Ticket t, SlaClock clock, Instant due, double share, Instant now) {
        return new Change("SLA_WARNING", null, clock.name(), clock + " due " + due + ", " + Math.round(share * 100)
                + "% of the time used", TicketSlaWarning.TYPE,
                new TicketSlaWarning(t.id.toString(), clock, due, share, t.owningTeam, t.assignee, now));
    }
}
