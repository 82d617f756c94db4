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
 * Each change the {@link Ticket} made, told twice: its history line ({@link TicketHistoryLines}) and its
 * event ({@link TicketEventBodies}), paired with the event's type. Kept apart from the rules, so
 * {@code Ticket} reads as the lifecycle alone.
 */
final class TicketChanges {

    private TicketChanges() {
    }

    static Change created(Ticket t) {
        return new Change(TicketHistoryLines.created(t), TicketCreated.TYPE, TicketEventBodies.created(t));
    }

    static Change assigned(Ticket t, String previousTeam, String previousAssignee, TicketStatus previousStatus,
            AssignMode mode, String actor, Instant now) {
        return new Change(TicketHistoryLines.assigned(t, previousTeam, previousAssignee, previousStatus, mode),
                TicketAssigned.TYPE,
                TicketEventBodies.assigned(t, previousTeam, previousAssignee, previousStatus, mode, actor, now));
    }

    static Change statusChanged(Ticket t, TicketStatus from, String reason, String actor, Instant now) {
        return new Change(TicketHistoryLines.statusChanged(t, from, reason), TicketStatusChanged.TYPE,
                TicketEventBodies.statusChanged(t, from, reason, actor, now));
    }

    static Change closed(Ticket t, String comment, String actor, Instant now) {
        return new Change(TicketHistoryLines.closed(t, comment), TicketClosed.TYPE,
                TicketEventBodies.closed(t, actor, now));
    }

    static Change reclassified(Ticket t, TicketType previousType, Severity previousSeverity, String previousCategory,
            Instant previousDue, String actor, Instant now) {
        return new Change(
                TicketHistoryLines.reclassified(t, previousType, previousSeverity, previousCategory, previousDue),
                TicketReclassified.TYPE,
                TicketEventBodies.reclassified(t, previousType, previousSeverity, previousCategory, actor, now));
    }

    static Change customerContacted(Ticket t, ContactDirection direction, TicketChannel via, String contactId,
            boolean first, String actor, Instant now) {
        return new Change(TicketHistoryLines.customerContacted(direction, via, contactId, first),
                TicketCustomerContacted.TYPE,
                TicketEventBodies.customerContacted(t, direction, via, contactId, first, actor, now));
    }

    static Change escalated(Ticket t, EscalationPolicy.Recipient to, Instant now) {
        return new Change(TicketHistoryLines.escalated(t, to), TicketEscalated.TYPE,
                TicketEventBodies.escalated(t, to, now));
    }

    static Change reopened(Ticket t, TicketStatus from, String reason, String previousResolution, String actor,
            Instant now) {
        return new Change(TicketHistoryLines.reopened(t, from, reason, previousResolution), TicketReopened.TYPE,
                TicketEventBodies.reopened(t, from, reason, actor, now));
    }

    static Change slaWarning(Ticket t, SlaClock clock, Instant due, double share, Instant now) {
        return new Change(TicketHistoryLines.slaWarning(clock, due, share), TicketSlaWarning.TYPE,
                TicketEventBodies.slaWarning(t, clock, due, share, now));
    }
}
