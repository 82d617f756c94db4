package io.contactcenter.ticket;

import io.contactcenter.ticket.sla.EscalationPolicy;
import io.contactcenter.ticket.sla.SlaPolicy;

/** The policies every change to a ticket consults: SLA commitments and the escalation ladder. */
public record TicketRules(SlaPolicy sla, EscalationPolicy escalation) {
}
