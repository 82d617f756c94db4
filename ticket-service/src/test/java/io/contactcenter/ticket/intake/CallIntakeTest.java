package io.contactcenter.ticket.intake;

import static io.contactcenter.ticket.TicketTestSupport.CALL_ENDED;
import static io.contactcenter.ticket.TicketTestSupport.awaitTicketFor;
import static io.contactcenter.ticket.TicketTestSupport.callEnded;
import static io.contactcenter.ticket.TicketTestSupport.nowMillis;
import static io.contactcenter.ticket.TicketTestSupport.samePartitionKey;
import static io.contactcenter.ticket.TicketTestSupport.ticketsForContact;
import static io.contactcenter.ticket.TicketTestSupport.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.Tokens;
import io.contactcenter.testing.TopicReader;
import io.contactcenter.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** call-events in, tickets and ticket-events out, against the real broker and database. */
@QuarkusTest
class CallIntakeTest {

    static final String CALL_EVENTS = "call-events";
    static final String DLQ = "call-events.ticket-service.dlq";
    static final String TICKET_CREATED = "contactcenter.ticket.created";
    static final String CALLBACK_REQUESTED = "contactcenter.call.callback-requested";
    /** First delivery waits for the consumer group to join; later ones are fast. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    TopicWriter writer;
    TopicReader ticketEvents;

    @BeforeEach
    void open() {
        writer = TopicWriter.open();
        ticketEvents = TopicReader.open("ticket-events");
    }

    @AfterEach
    void close() {
        ticketEvents.close();
        writer.close();
    }

    @Test
    void vipComplaintCallOpensOneTicketDue24HoursAfterTheCallAndPublishesIt() {
        String contact = uniqueId("c");
        Instant endedAt = nowMillis().minusSeconds(90);
        writer.send(CALL_EVENTS, contact, CALL_ENDED, callEnded(contact, "COMPLAINT", "VIP", endedAt));

        Map<String, Object> ticket = awaitTicketFor(contact, PATIENCE);
        String ticketId = (String) ticket.get("id");
        assertEquals("COMPLAINT", ticket.get("type"));
        assertEquals("PHONE", ticket.get("channel"));
        assertEquals("HIGH", ticket.get("severity"), "VIP caller");
        assertEquals("NEW", ticket.get("status"));
        assertEquals("Complaint from call " + contact, ticket.get("subject"));
        assertEquals("cust-88412", ticket.get("customerId"));
        assertEquals("a-1042", ticket.get("recordedBy"));
        assertEquals("customer-care", ticket.get("owningTeam"), "complaints go to the customer-care group");
        // 48 h for complaints, halved for a HIGH (VIP) one; the call itself was the first response.
        assertEquals(endedAt.plus(Duration.ofHours(24)), Instant.parse((String) ticket.get("dueAt")));
        assertEquals(endedAt, Instant.parse((String) ticket.get("firstRespondedAt")));

        TopicReader.Event created = ticketEvents.await(e -> ticketId.equals(e.key()), PATIENCE);
        assertEquals(TICKET_CREATED, created.type());
        assertEquals("1.0", created.header("ce_specversion"));
        assertEquals("/ticket-service", created.header("ce_source"));
        assertEquals(ticketId, created.header("ce_subject"));
        assertNotNull(created.header("ce_id"));
        assertNotNull(created.header("ce_time"));
        CatalogSchemas.assertValid(TICKET_CREATED, created.body());
        JsonPath event = JsonPath.from(created.body());
        assertEquals(contact, event.getString("sourceContactId"));
        assertEquals(endedAt.plus(Duration.ofHours(24)), Instant.parse(event.getString("dueAt")));
        assertEquals("customer-care", event.getString("owningTeam"));

        given().header("Authorization", Tokens.bearer("supervisor")).get("/tickets/summary").then()
                .statusCode(200).body("openedFromCalls", greaterThanOrEqualTo(1))
                .body("byType.COMPLAINT", greaterThanOrEqualTo(1));
    }

    @Test
    void redeliveryAndASecondEventForTheSameCallOpenNothingMore() {
        String contact = uniqueId("c");
        String body = callEnded(contact, "FAULT", "STANDARD", nowMillis());
        String eventId = writer.send(CALL_EVENTS, contact, CALL_ENDED, body);
        String ticketId = (String) awaitTicketFor(contact, PATIENCE).get("id");

        String marker;
        try (TopicReader dlq = TopicReader.open(DLQ)) {
            writer.send(CALL_EVENTS, contact, eventId, CALL_ENDED, body);
            writer.send(CALL_EVENTS, contact, CALL_ENDED, callEnded(contact, "COMPLAINT", "STANDARD", nowMillis()));
            marker = awaitProcessedUpTo(contact);
            assertEquals(0, dlq.drain(Duration.ofMillis(500)).stream().filter(e -> contact.equals(e.key())).count(),
                    "repeats are accepted and skipped, not dead-lettered");
        }

        ticketsForContact(contact).body("total", equalTo(1)).body("items[0].id", equalTo(ticketId))
                .body("items[0].type", equalTo("FAULT"));
        // The relay publishes in write order: once the marker's event is out, a second one for the call would be too.
        ticketEvents.await(e -> marker.equals(e.header("ce_subject")), PATIENCE);
        long createdForCall = ticketEvents.drain(Duration.ZERO).stream()
                .filter(e -> e.body().contains("\"sourceContactId\":\"" + contact + "\"")).count();
        assertEquals(1, createdForCall);
    }

    @Test
    void callbackRequestOpensOneCallbackTicketPerContact() {
        String contact = uniqueId("c");
        Instant leftAt = nowMillis().minusSeconds(30);
        String body = callbackRequested(contact, leftAt);
        CatalogSchemas.assertValid(CALLBACK_REQUESTED, body);
        String eventId = writer.send(CALL_EVENTS, contact, CALLBACK_REQUESTED, body);

        Map<String, Object> ticket = awaitTicketFor(contact, PATIENCE);
        String ticketId = (String) ticket.get("id");
        assertEquals("REQUEST", ticket.get("type"));
        assertEquals("callback", ticket.get("category"));
        assertEquals("PHONE", ticket.get("channel"));
        assertEquals("+8613800138000", ticket.get("customerPhone"));
        assertEquals("routing-service", ticket.get("recordedBy"));
        assertEquals(null, ticket.get("firstRespondedAt"), "calling back is still to do");
        assertEquals(leftAt.plus(Duration.ofHours(24)), Instant.parse((String) ticket.get("firstResponseDueAt")));
        assertEquals(leftAt.plus(Duration.ofHours(72)), Instant.parse((String) ticket.get("dueAt")),
                "the REQUEST commitment, from when the caller gave up waiting");

        TopicReader.Event created = ticketEvents.await(e -> ticketId.equals(e.key()), PATIENCE);
        CatalogSchemas.assertValid(TICKET_CREATED, created.body());
        assertEquals("callback", JsonPath.from(created.body()).getString("category"));

        // Redelivered, and then the same contact's call.ended (a complaint): still one ticket.
        writer.send(CALL_EVENTS, contact, eventId, CALLBACK_REQUESTED, body);
        writer.send(CALL_EVENTS, contact, CALL_ENDED, callEnded(contact, "COMPLAINT", "STANDARD", nowMillis()));
        awaitProcessedUpTo(contact);
        ticketsForContact(contact).body("total", equalTo(1)).body("items[0].id", equalTo(ticketId));
    }

    @Test
    void resolvedCallOpensNoTicket() {
        String contact = uniqueId("c");
        writer.send(CALL_EVENTS, contact, CALL_ENDED, callEnded(contact, "RESOLVED", "VIP", nowMillis()));
        awaitProcessedUpTo(contact);
        ticketsForContact(contact).body("total", equalTo(0));
    }

    @Test
    void unusableRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        try (TopicReader dlq = TopicReader.open(DLQ)) {
            String poison = uniqueId("poison");
            writer.sendRaw(CALL_EVENTS, poison, "{not json");
            String garbled = uniqueId("garbled");
            writer.send(CALL_EVENTS, garbled, CALL_ENDED, "{\"contactId\": ");
            String incomplete = uniqueId("incomplete");
            writer.send(CALL_EVENTS, incomplete, CALL_ENDED,
                    callEnded(incomplete, "COMPLAINT", "STANDARD", nowMillis()).replace("\"a-1042\"", "\"\""));

            TopicReader.Event dead = dlq.await(e -> poison.equals(e.key()), PATIENCE);
            assertEquals("{not json", dead.body());
            assertNotNull(dead.header("dead-letter-reason"));
            dlq.await(e -> garbled.equals(e.key()), PATIENCE);
            TopicReader.Event invalid = dlq.await(e -> incomplete.equals(e.key()), PATIENCE);
            assertTrue(invalid.header("dead-letter-reason").contains("agentId"), invalid.header("dead-letter-reason"));
            assertEquals(CALL_ENDED, invalid.type(), "the original headers travel with the record");
        }
        String contact = uniqueId("c");
        writer.send(CALL_EVENTS, contact, CALL_ENDED, callEnded(contact, "REQUEST", "STANDARD", nowMillis()));
        assertEquals("REQUEST", awaitTicketFor(contact, PATIENCE).get("type"));
        ticketsForContact(contact).body("total", equalTo(1));
    }

    @Test
    void otherCallEventTypesAreSkipped() {
        String contact = uniqueId("c");
        // A call.queued whose body would even parse as a call.ended: the type decides, not the body.
        writer.send(CALL_EVENTS, contact, "contactcenter.call.queued",
                callEnded(contact, "COMPLAINT", "STANDARD", nowMillis()));
        awaitProcessedUpTo(contact);
        ticketsForContact(contact).body("total", equalTo(0));
    }

    /** A call.callback-requested body as routing-service writes it (all catalog fields). */
    static String callbackRequested(String contactId, Instant occurredAt) {
        return """
                {"contactId":"%s","queueId":"q-billing","customerId":null,"callerNumber":"+8613800138000",\
                "intent":"TRANSACTION","customerTier":"STANDARD","waitSeconds":612.4,"occurredAt":"%s"}"""
                .formatted(contactId, occurredAt);
    }

    /**
     * Sends a complaint for a marker call in the same partition as {@code contact} and waits for its
     * ticket: every record sent before for {@code contact} has been processed. Returns the marker's ticket id.
     */
    private String awaitProcessedUpTo(String contact) {
        String marker = samePartitionKey(CALL_EVENTS, contact, "marker");
        writer.send(CALL_EVENTS, marker, CALL_ENDED, callEnded(marker, "COMPLAINT", "STANDARD", nowMillis()));
        return (String) awaitTicketFor(marker, PATIENCE).get("id");
    }
}
