package io.contactcenter.ticket.intake;

import static io.contactcenter.ticket.TicketTestSupport.CALL_ENDED;
import static io.contactcenter.ticket.TicketTestSupport.awaitTicketFor;
import static io.contactcenter.ticket.TicketTestSupport.callEnded;
import static io.contactcenter.ticket.TicketTestSupport.nowMillis;
import static io.contactcenter.ticket.TicketTestSupport.samePartitionKey;
import static io.contactcenter.ticket.TicketTestSupport.ticketsForContact;
import static io.contactcenter.ticket.TicketTestSupport.uniqueId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.contactcenter.testing.Tokens;
import io.contactcenter.ticket.TicketTestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** call-events in, tickets and ticket-events out, against the real broker and database. */
@QuarkusTest
class CallIntakeTest {

    static final String TICKET_CREATED = "contactcenter.ticket.created";
    static final String CALLBACK_REQUESTED = "contactcenter.call.callback-requested";
    /** First delivery waits for the consumer group to join; later ones are fast. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    KafkaCompanion kafka;
    String callEvents;

    @BeforeEach
    void open() {
        kafka = TestEvents.companion();
        callEvents = KafkaTestTopics.topic(TicketTestTopics.CALL_EVENTS);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void vipComplaintCallOpensOneTicketDue24HoursAfterTheCallAndPublishesIt() {
        String contact = uniqueId("c");
        Instant endedAt = nowMillis().minusSeconds(90);
        send(contact, CALL_ENDED, callEnded(contact, "COMPLAINT", "VIP", endedAt));

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

        ConsumerRecord<String, String> created = ticketEvents(e -> ticketId.equals(e.key())).awaitRecords(1, PATIENCE)
                .getFirstRecord();
        assertEquals(TICKET_CREATED, TestEvents.type(created));
        assertEquals("1.0", TestEvents.header(created, "ce_specversion"));
        assertEquals("/ticket-service", TestEvents.header(created, "ce_source"));
        assertEquals(ticketId, TestEvents.header(created, "ce_subject"));
        assertNotNull(TestEvents.header(created, "ce_id"));
        assertNotNull(TestEvents.header(created, "ce_time"));
        CatalogSchemas.assertValid(TICKET_CREATED, created.value());
        JsonPath event = JsonPath.from(created.value());
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
        String eventId = send(contact, CALL_ENDED, body);
        String ticketId = (String) awaitTicketFor(contact, PATIENCE).get("id");

        send(contact, eventId, CALL_ENDED, body);
        send(contact, CALL_ENDED, callEnded(contact, "COMPLAINT", "STANDARD", nowMillis()));
        // A poison record after them, same key: had a repeat been dead-lettered, it would be ahead in the DLQ.
        TestEvents.send(kafka, TestEvents.raw(callEvents, contact, "fence"));
        String marker = awaitProcessedUpTo(contact);
        assertEquals("fence", deadLetters(contact).awaitRecords(1, PATIENCE).getFirstRecord().value(),
                "repeats are accepted and skipped, not dead-lettered");

        ticketsForContact(contact).body("total", equalTo(1)).body("items[0].id", equalTo(ticketId))
                .body("items[0].type", equalTo("FAULT"));
        // The relay publishes in write order: once the marker's event is out, a second one for the call would be too.
        String forContact = "\"sourceContactId\":\"" + contact + "\"";
        ConsumerTask<String, String> created = ticketEvents(
                e -> marker.equals(e.key()) || e.value().contains(forContact));
        await().atMost(PATIENCE).until(() -> created.stream().anyMatch(e -> marker.equals(e.key())));
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE)
                .until(() -> created.stream().filter(e -> e.value().contains(forContact)).count() == 1);
    }

    @Test
    void callbackRequestOpensOneCallbackTicketPerContact() {
        String contact = uniqueId("c");
        Instant leftAt = nowMillis().minusSeconds(30);
        String body = callbackRequested(contact, leftAt);
        CatalogSchemas.assertValid(CALLBACK_REQUESTED, body);
        String eventId = send(contact, CALLBACK_REQUESTED, body);

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

        ConsumerRecord<String, String> created = ticketEvents(e -> ticketId.equals(e.key())).awaitRecords(1, PATIENCE)
                .getFirstRecord();
        CatalogSchemas.assertValid(TICKET_CREATED, created.value());
        assertEquals("callback", JsonPath.from(created.value()).getString("category"));

        // Redelivered, and then the same contact's call.ended (a complaint): still one ticket.
        send(contact, eventId, CALLBACK_REQUESTED, body);
        send(contact, CALL_ENDED, callEnded(contact, "COMPLAINT", "STANDARD", nowMillis()));
        awaitProcessedUpTo(contact);
        ticketsForContact(contact).body("total", equalTo(1)).body("items[0].id", equalTo(ticketId));
    }

    @Test
    void resolvedCallOpensNoTicket() {
        String contact = uniqueId("c");
        send(contact, CALL_ENDED, callEnded(contact, "RESOLVED", "VIP", nowMillis()));
        awaitProcessedUpTo(contact);
        ticketsForContact(contact).body("total", equalTo(0));
    }

    @Test
    void unusableRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        String poison = uniqueId("poison");
        String garbled = uniqueId("garbled");
        String incomplete = uniqueId("incomplete");
        TestEvents.send(kafka,
                TestEvents.raw(callEvents, poison, "{not json"),
                TestEvents.event(callEvents, garbled, CALL_ENDED, "{\"contactId\": "),
                TestEvents.event(callEvents, incomplete, CALL_ENDED,
                        callEnded(incomplete, "COMPLAINT", "STANDARD", nowMillis()).replace("\"a-1042\"", "\"\"")));

        ConsumerRecord<String, String> dead = deadLetters(poison).awaitRecords(1, PATIENCE).getFirstRecord();
        assertEquals("{not json", dead.value());
        assertEquals("missing-header", TestEvents.header(dead, "dead-letter-kind"));
        assertEquals("unreadable-body",
                TestEvents.header(deadLetters(garbled).awaitRecords(1, PATIENCE).getFirstRecord(), "dead-letter-kind"));
        ConsumerRecord<String, String> invalid = deadLetters(incomplete).awaitRecords(1, PATIENCE).getFirstRecord();
        String reason = TestEvents.header(invalid, "dead-letter-reason");
        assertTrue(reason.contains("agentId"), reason);
        assertEquals(CALL_ENDED, TestEvents.type(invalid), "the original headers travel with the record");

        String contact = uniqueId("c");
        send(contact, CALL_ENDED, callEnded(contact, "REQUEST", "STANDARD", nowMillis()));
        assertEquals("REQUEST", awaitTicketFor(contact, PATIENCE).get("type"));
        ticketsForContact(contact).body("total", equalTo(1));
    }

    @Test
    void otherCallEventTypesAreSkipped() {
        String contact = uniqueId("c");
        // A call.queued whose body would even parse as a call.ended: the type decides, not the body.
        send(contact, "contactcenter.call.queued", callEnded(contact, "COMPLAINT", "STANDARD", nowMillis()));
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
        String marker = samePartitionKey(callEvents, contact, "marker");
        send(marker, CALL_ENDED, callEnded(marker, "COMPLAINT", "STANDARD", nowMillis()));
        return (String) awaitTicketFor(marker, PATIENCE).get("id");
    }

    /** Sends a call event keyed by the contact, with a fresh event id; returns the id. */
    private String send(String contact, String type, String body) {
        return send(contact, java.util.UUID.randomUUID().toString(), type, body);
    }

    private String send(String contact, String eventId, String type, String body) {
        TestEvents.send(kafka, TestEvents.event(callEvents, contact, eventId, type, body));
        return eventId;
    }

    private ConsumerTask<String, String> ticketEvents(java.util.function.Predicate<ConsumerRecord<String, String>> filter) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic(TicketTestTopics.TICKET_EVENTS), filter);
    }

    private ConsumerTask<String, String> deadLetters(String key) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic(TicketTestTopics.DLQ), e -> key.equals(e.key()));
    }
}
