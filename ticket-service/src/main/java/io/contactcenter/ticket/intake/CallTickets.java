package io.contactcenter.ticket.intake;

import java.util.Optional;

import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.ticket.Registration;

/** Which call events open a ticket, and what the ticket says. Pure: no I/O. */
public final class CallTickets {

    /** The category of tickets opened from callback requests (routing overflow). */
    public static final String CALLBACK_CATEGORY = "callback";
    /** Who signs tickets opened automatically from routing's events. */
    public static final String ROUTING = "routing-service";

    private CallTickets() {
    }

    /** Complaints, faults and requests open a ticket; other dispositions do not. */
    public static boolean opensTicket(CallEnded call) {
        return ticketFor(call).isPresent();
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
        // The handling agent signs; their team owns it unless a dispatch rule says otherwise. The caller
        // spoke to a person: that was the first response.
        return Optional.of(Registration.of(type, TicketChannel.PHONE, subject + call.contactId())
                .severity(severity(call.customerTier())).customerId(call.customerId()).sourceContactId(call.contactId())
                .recordedBy(call.agentId()).recorderTeam(call.teamId()).raisedAt(call.occurredAt())
                .firstRespondedAt(call.occurredAt()).build());
    }

    /**
     * A callback request is a REQUEST in category {@value #CALLBACK_CATEGORY}, due per the REQUEST
     * commitment from when the caller gave up waiting; calling back will be its first response.
     */
    public static Registration callbackTicket(CallbackRequested callback) {
        String intent = callback.intent() == null ? "OTHER" : callback.intent();
        return Registration.of(TicketType.REQUEST, TicketChannel.PHONE, "Callback request from call " + callback.contactId())
                .severity(severity(callback.customerTier()))
                .description("Waited " + Math.round(callback.waitSeconds()) + " s in queue " + callback.queueId()
                        + " (IVR intent " + intent + ") and asked to be called back")
                .category(CALLBACK_CATEGORY).customerId(callback.customerId()).customerPhone(callback.callerNumber())
                .sourceContactId(callback.contactId()).recordedBy(ROUTING).raisedAt(callback.occurredAt()).build();
    }

    /** VIP customers get priority handling. */
    private static Severity severity(String customerTier) {
        return "VIP".equals(customerTier) ? Severity.HIGH : Severity.MEDIUM;
    }
}
