package io.contactcenter.ticket.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.platform.events.EventJson;
import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.ticket.TestRules;
import io.contactcenter.ticket.TicketRules;
import io.contactcenter.ticket.model.AssignMode;
import io.contactcenter.ticket.model.ConfirmationChannel;
import io.contactcenter.ticket.model.ContactDirection;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;

/**
 * How each kind of change is told, pinned: the history line a supervisor reads (TicketHistoryLines) and the
 * event body the platform reads (TicketEventBodies), written as the outbox writes it (EventJson) and checked
 * against the catalog's schema.
 * Plain JUnit: the wording and the bodies are built from the entity alone.
 */
class TicketChangesTest {

    static final TicketRules RULES = TestRules.rules();
    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    static final ObjectMapper EVENT_JSON = EventJson.configure(new ObjectMapper());
    static final String SUPERVISOR = "sup-care";

    static Instant at(Duration after) {
        return T0.plus(after);
    }

    static Ticket registered(String subject, String sourceContactId) {
        Registration r = Registration.of(TicketType.COMPLAINT, TicketChannel.PHONE, subject).category("billing")
                .customerId("cust-1").sourceContactId(sourceContactId).recordedBy("a-1").raisedAt(T0).build();
        return Ticket.register(UUID.randomUUID(), r, "customer-care", T0, RULES);
    }

    /** Every kind of change once, in the order the lifecycle allows them. */
    static List<Change> everyKindOfChange() {
        List<Change> changes = new ArrayList<>();
        Ticket t = registered("Billed twice", "c-1");
        changes.add(t.created());
        changes.add(t.assign("customer-care", "a-2", AssignMode.AUTO, "ticket-service", at(Duration.ofMinutes(1))));
        changes.add(t.changeStatus(TicketStatus.IN_PROGRESS, null, null, null, "a-2", at(Duration.ofHours(1)), RULES));
        changes.add(t.reclassify(null, Severity.HIGH, null, "sup", at(Duration.ofHours(2)), RULES));
        changes.add(t.customerContact(ContactDirection.OUTBOUND, TicketChannel.EMAIL, "c-7", "a-2",
                at(Duration.ofHours(3)), RULES));
        changes.add(t.changeStatus(TicketStatus.RESOLVED, " fixed ", "Refunded", "c-1", "a-2", at(Duration.ofHours(4)),
                RULES));
        changes.add(t.confirm(false, ConfirmationChannel.SURVEY, "still wrong", "pbx", at(Duration.ofHours(5)), RULES));
        changes.add(t.changeStatus(TicketStatus.RESOLVED, null, "Refunded twice", null, "a-2", at(Duration.ofHours(6)),
                RULES));
        changes.add(t.confirm(true, ConfirmationChannel.FOLLOW_UP_CALL, "thanks", "pbx", at(Duration.ofHours(7)),
                RULES));

        Ticket late = registered("No reply", null);
        changes.addAll(late.checkSla(at(Duration.ofHours(20)), RULES, SUPERVISOR));
        changes.addAll(late.checkSla(at(Duration.ofHours(40)), RULES, SUPERVISOR));
        changes.addAll(late.checkSla(at(Duration.ofHours(49)), RULES, SUPERVISOR));
        return changes;
    }

    @Test
    void historyLinesSayWhatChanged() {
        List<String> lines = everyKindOfChange().stream()
                .map(c -> c.action() + " | " + c.from() + " | " + c.to() + " | " + c.text()).toList();
        assertEquals(List.of(
                "CREATED | null | NEW | registered COMPLAINT via PHONE, severity MEDIUM, due 2026-11-26T02:00:00Z",
                "ASSIGNED | customer-care/null | customer-care/a-2 | AUTO assignment to team customer-care, a-2; NEW → ASSIGNED",
                "STATUS_CHANGED | ASSIGNED | IN_PROGRESS | ASSIGNED → IN_PROGRESS",
                "RECLASSIFIED | COMPLAINT/MEDIUM/billing | COMPLAINT/HIGH/billing | reclassified; due 2026-11-26T02:00:00Z → 2026-11-25T02:00:00Z",
                "CUSTOMER_CONTACT | null | OUTBOUND | OUTBOUND EMAIL (contact c-7), first response",
                "STATUS_CHANGED | IN_PROGRESS | RESOLVED | IN_PROGRESS → RESOLVED: fixed (resolution: Refunded), first-contact resolution",
                "REOPENED | RESOLVED | REOPENED | reopened: customer not satisfied: still wrong (was resolved: Refunded)",
                "STATUS_CHANGED | REOPENED | RESOLVED | REOPENED → RESOLVED (resolution: Refunded twice)",
                "CLOSED | RESOLVED | CLOSED | customer satisfied (FOLLOW_UP_CALL): thanks",
                "SLA_WARNING | null | FIRST_RESPONSE | FIRST_RESPONSE due 2026-11-25T02:00:00Z, 80% of the time used",
                "SLA_WARNING | null | RESOLUTION | RESOLUTION due 2026-11-26T02:00:00Z, 80% of the time used",
                "ESCALATED | 0 | 1 | overdue since 2026-11-26T02:00:00Z: level 1 to SUPERVISOR sup-care (rectification notice)"),
                lines);
    }

    @Test
    void everyEventBodyIsWhatTheCatalogSays() throws Exception {
        List<String> types = new ArrayList<>();
        for (Change change : everyKindOfChange()) {
            types.add(change.eventType());
            CatalogSchemas.assertValid(change.eventType(), EVENT_JSON.writeValueAsString(change.event()));
        }
        assertEquals(List.of("contactcenter.ticket.created", "contactcenter.ticket.assigned",
                "contactcenter.ticket.status-changed", "contactcenter.ticket.reclassified",
                "contactcenter.ticket.customer-contacted", "contactcenter.ticket.status-changed",
                "contactcenter.ticket.reopened", "contactcenter.ticket.status-changed", "contactcenter.ticket.closed",
                "contactcenter.ticket.sla-warning", "contactcenter.ticket.sla-warning",
                "contactcenter.ticket.escalated"), types);
    }
}
