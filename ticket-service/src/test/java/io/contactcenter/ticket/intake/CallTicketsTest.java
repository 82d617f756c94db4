package io.contactcenter.ticket.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.ticket.Registration;

/** Which ended calls open a ticket, no Quarkus. */
class CallTicketsTest {

    static final Instant ENDED = Instant.parse("2026-11-24T10:21:30.823Z");

    static CallEnded call(String disposition, String tier) {
        return new CallEnded("c-1", "a-1042", "t-07", "cust-1", tier, disposition, ENDED);
    }

    @Test
    void vipComplaintIsAHighSeverityPhoneTicketSignedByTheAgent() {
        Registration r = CallTickets.ticketFor(call("COMPLAINT", "VIP")).orElseThrow();
        assertEquals(TicketType.COMPLAINT, r.type());
        assertEquals(TicketChannel.PHONE, r.channel());
        assertEquals(Severity.HIGH, r.severity());
        assertEquals("Complaint from call c-1", r.subject());
        assertEquals("c-1", r.sourceContactId());
        assertEquals("cust-1", r.customerId());
        assertEquals("a-1042", r.recordedBy());
        assertNull(r.owningTeam(), "the dispatch rules decide");
        assertEquals("t-07", r.recorderTeam(), "the agent's team when no rule matches");
        assertEquals(ENDED, r.raisedAt(), "the commitment runs from the end of the call");
        assertEquals(ENDED, r.firstRespondedAt(), "the caller spoke to a person");
    }

    @Test
    void faultsAndRequestsOfStandardCustomersAreMedium() {
        Registration fault = CallTickets.ticketFor(call("FAULT", "STANDARD")).orElseThrow();
        assertEquals(TicketType.FAULT, fault.type());
        assertEquals(Severity.MEDIUM, fault.severity());
        Registration request = CallTickets.ticketFor(call("REQUEST", "SOMETHING_NEW")).orElseThrow();
        assertEquals(TicketType.REQUEST, request.type());
        assertEquals(Severity.MEDIUM, request.severity());
    }

    @Test
    void callbackRequestIsARequestInCategoryCallbackStillWaitingForItsFirstResponse() {
        Registration r = CallTickets.callbackTicket(new CallbackRequested("c-9", "q-billing", null, "+8613800138000",
                "TRANSACTION", "VIP", 612.4, ENDED));
        assertEquals(TicketType.REQUEST, r.type());
        assertEquals("callback", r.category());
        assertEquals(TicketChannel.PHONE, r.channel());
        assertEquals(Severity.HIGH, r.severity());
        assertEquals("+8613800138000", r.customerPhone());
        assertEquals("c-9", r.sourceContactId());
        assertEquals("routing-service", r.recordedBy());
        assertEquals(ENDED, r.raisedAt());
        assertNull(r.firstRespondedAt(), "calling back will be the first response");
        assertTrue(r.description().contains("612 s in queue q-billing"), r.description());
    }

    @ParameterizedTest
    @ValueSource(strings = { "RESOLVED", "INFORMATION", "CALLBACK", "OTHER", "A_VALUE_ADDED_LATER" })
    void otherDispositionsOpenNothing(String disposition) {
        assertTrue(CallTickets.ticketFor(call(disposition, "VIP")).isEmpty());
    }
}
