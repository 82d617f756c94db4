package io.contactcenter.ticket.intake;

import java.util.Optional;

import io.contactcenter.ticket.ticket.Registration;
import io.contactcenter.ticket.ticket.Severity;
import io.contactcenter.ticket.ticket.TicketChannel;
import io.contactcenter.ticket.ticket.TicketType;

/** Which ended calls open a ticket, and what the ticket says. Pure: no I/O. */
public final class CallTickets {

    private CallTickets() {
    }

    /** A ticket for complaints, faults and requests; nothing for any other disposition. */
    public static Optional<Registration> ticketFor(CallEnded call) {
        TicketType type;
        String subject;
        switch (call.disposition()) {
            case "COMPLAINT" -> {
                type = TicketType.COMPLAINT;
                subject = "Complaint from call ";
            }
            case "FAULT" -> {
                type = TicketType.FAULT;
                subject = "Fault report from call ";
            }
            case "REQUEST" -> {
                type = TicketType.REQUEST;
                subject = "Service request from call ";
            }
            default -> {
                return Optional.empty();
            }
        }
        // VIP customers get priority handling (DOMAIN.md); the handling agent signs, their team owns it.
        Severity severity = "VIP".equals(call.customerTier()) ? Severity.HIGH : Severity.MEDIUM;
        return Optional.of(new Registration(type, TicketChannel.PHONE, severity, subject + call.contactId(), null,
                null, call.customerId(), null, null, null, call.contactId(), call.agentId(), call.teamId(),
                call.occurredAt()));
    }
}
