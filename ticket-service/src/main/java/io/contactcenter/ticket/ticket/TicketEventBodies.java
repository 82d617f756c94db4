package io.contactcenter.ticket.ticket;

import java.time.Duration;
import java.time.Instant;

import io.contactcenter.ticket.model.AssignMode;
import io.contactcenter.ticket.model.ContactDirection;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.SlaClock;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.sla.EscalationPolicy;
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
 * The body of the event each change publishes through the outbox, field for field as the catalog
 * ({@code event-catalog/schemas/contactcenter.ticket.*.json}) says, from the ticket's state after the
 * change and what it was before. Built here, in the entity's package, so the event package knows nothing
 * of the entity.
 */
final class TicketEventBodies {

    /** The catalog gives durations in seconds with a fraction; Java measures them in milliseconds. */
    private static final double MILLIS_PER_SECOND = 1000.0;

    private TicketEventBodies() {
    }

    static TicketCreated created(Ticket t) {
        return new TicketCreated(t.id.toString(), t.type, t.channel, t.severity, t.status, t.subject, t.category,
                t.customerId, t.sourceContactId, t.recordedBy, t.owningTeam, t.firstResponseDueAt, t.dueAt,
                t.createdAt);
    }

    static TicketAssigned assigned(Ticket t, String previousTeam, String previousAssignee, TicketStatus previousStatus,
            AssignMode mode, String actor, Instant now) {
        return new TicketAssigned(t.id.toString(), t.owningTeam, t.assignee, previousTeam, previousAssignee, t.status,
                previousStatus, mode, actor, now);
    }

    static TicketStatusChanged statusChanged(Ticket t, TicketStatus from, String reason, String actor, Instant now) {
        TicketStatus to = t.status;
        return new TicketStatusChanged(t.id.toString(), from, to, reason,
                to == TicketStatus.RESOLVED ? t.resolution : null, t.firstContactResolution, t.slaPausedAt != null,
                t.dueAt, actor, now);
    }

    static TicketClosed closed(Ticket t, String actor, Instant now) {
        return new TicketClosed(t.id.toString(), t.type, t.category, t.owningTeam, t.assignee, t.confirmedVia,
                t.resolvedAt, seconds(Duration.between(t.raisedAt, t.resolvedAt)), t.slaMet(),
                t.firstContactResolution, t.reopenCount, actor, now);
    }

    static TicketReclassified reclassified(Ticket t, TicketType previousType, Severity previousSeverity,
            String previousCategory, String actor, Instant now) {
        return new TicketReclassified(t.id.toString(), t.type, t.severity, t.category, previousType, previousSeverity,
                previousCategory, t.firstResponseDueAt, t.dueAt, actor, now);
    }

    static TicketCustomerContacted customerContacted(Ticket t, ContactDirection direction, TicketChannel via,
            String contactId, boolean first, String actor, Instant now) {
        return new TicketCustomerContacted(t.id.toString(), direction, via, contactId, first, actor, now);
    }

    static TicketEscalated escalated(Ticket t, EscalationPolicy.Recipient to, Instant now) {
        return new TicketEscalated(t.id.toString(), t.escalationLevel, to.id(), to.role(), t.owningTeam, t.assignee,
                t.dueAt, seconds(Duration.between(t.dueAt, now)), now);
    }

    static TicketReopened reopened(Ticket t, TicketStatus from, String reason, String actor, Instant now) {
        return new TicketReopened(t.id.toString(), from, reason, t.satisfied, t.confirmedVia, t.reopenCount,
                t.assignee, t.dueAt, actor, now);
    }

    static TicketSlaWarning slaWarning(Ticket t, SlaClock clock, Instant due, double share, Instant now) {
        return new TicketSlaWarning(t.id.toString(), clock, due, share, t.owningTeam, t.assignee, now);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / MILLIS_PER_SECOND;
    }
}
