package io.contactcenter.ticket.ticket;

import io.contactcenter.ticket.escalation.EscalationPolicy;
import io.contactcenter.ticket.sla.SlaPolicy;

/** The policies every change to a ticket consults: SLA commitments and the escalation ladder. */
public record TicketRules(SlaPolicy sla, EscalationPolicy escalation) {
}
