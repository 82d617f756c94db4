package io.contactcenter.routing.agent;

import static io.contactcenter.routing.RoutingTestSupport.uniqueId;
import static io.contactcenter.routing.agent.Desk.agent;
import static io.contactcenter.routing.agent.Desk.call;
import static io.contactcenter.routing.agent.Desk.complaint;
import static io.contactcenter.routing.agent.Desk.contact;
import static io.contactcenter.routing.agent.Desk.ready;
import static io.contactcenter.routing.agent.Desk.register;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Ring no answer: routing itself withdraws an offer nobody answers in the queue's offer timeout. */
@QuarkusTest
class OfferTimeoutTest {

    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    static final String NO_ANSWER = "contactcenter.call.no-answer";
    /** The relay publishes after the commit; the first read also waits for its consumer to join. */
    static final Duration RELAYED = Duration.ofSeconds(20);

    @Inject
    RoutingTestCenter center;

    KafkaCompanion kafka;

    @BeforeEach
    void freshCenter() {
        center.reset();
        center.freezeAt(T0);
        kafka = TestEvents.companion();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void anUnansweredOfferGoesToTheNextAgentAndTheAgentIsNotReady() {
        ConsumerTask<String, String> noAnswers = noAnswers("ot-c1");
        ConsumerTask<String, String> missedOffer = TestEvents.consume(kafka, KafkaTestTopics.topic("agent-events"),
                r -> "ot-first".equals(r.key()) && r.value().contains("\"MISSED_OFFER\""));
        ready("ot-first", Map.of("t-idle", 1));
        center.advance(Duration.ofSeconds(1));
        ready("ot-second", Map.of("t-idle", 1));
        call("ot-c1", "t-idle").body("agentId", equalTo("ot-first"));

        center.advance(Duration.ofSeconds(19));
        center.tick();
        assertEquals("ot-first", contact("ot-c1").get("agentId"), "20 s by default: still ringing at 19 s");

        center.advance(Duration.ofSeconds(2));
        center.tick();
        assertEquals("ot-second", contact("ot-c1").get("agentId"));
        assertEquals("ROUTED", contact("ot-c1").get("state"));
        Map<String, Object> missed = agent("ot-first");
        assertEquals("NOT_READY", missed.get("state"));
        assertEquals("MISSED_OFFER", missed.get("reason"));
        assertNull(missed.get("contactId"));

        ConsumerRecord<String, String> withdrawn = noAnswers.awaitRecords(1, RELAYED).getFirstRecord();
        CatalogSchemas.assertValid(NO_ANSWER, withdrawn.value());
        assertEquals("OFFER_TIMEOUT", field(withdrawn.value(), "cause"));
        assertEquals(21.0, Double.parseDouble(field(withdrawn.value(), "offeredSeconds")));
        ConsumerRecord<String, String> notReady = missedOffer.awaitRecords(1, RELAYED).getFirstRecord();
        CatalogSchemas.assertValid("contactcenter.agent.state-changed", notReady.value());

        // the second agent answers in time: nothing is withdrawn any more
        RoutingTestSupport.answer("ot-c1", "ot-second").statusCode(200);
        center.advance(Duration.ofSeconds(60));
        center.tick();
        assertEquals("ANSWERED", contact("ot-c1").get("state"));
        assertEquals("BUSY", agent("ot-second").get("state"));
    }

    @Test
    void theWithdrawnContactIsNextInItsQueue() {
        // a complaint waits for a veteran; the newer call goes to an agent on probation, who lets it ring out
        register("ot-new-hire", Map.of("t-idle", 1), "2026-10-01");
        RoutingTestSupport.setState("ot-new-hire", "AVAILABLE").statusCode(200);
        complaint("ot-complaint", "t-idle").body("outcome", equalTo("QUEUED"));
        center.advance(Duration.ofSeconds(1));
        call("ot-call", "t-idle").body("agentId", equalTo("ot-new-hire"));

        center.advance(Duration.ofSeconds(21));
        center.tick();
        assertEquals("QUEUED", contact("ot-call").get("state"));
        ready("ot-veteran", Map.of("t-idle", 1));
        assertEquals("ot-veteran", contact("ot-call").get("agentId"), "the caller whose offer timed out goes first");
        assertEquals("QUEUED", contact("ot-complaint").get("state"));
    }

    @Test
    void eachQueueHasItsOwnOfferTimeoutWithinFiveToOneHundredTwentySeconds() {
        Map<String, Object> queue = new HashMap<>(Map.of("expression", "t-ring>=1", "priority", 1,
                "serviceLevelSeconds", 10, "serviceLevelPercent", 90, "wrapUpSeconds", 15, "strategy", "LONGEST_IDLE",
                "offerTimeoutSeconds", 3));
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(queue)
                .put("/queues/{id}", "t-ring").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("offerTimeoutSeconds"));
        queue.put("offerTimeoutSeconds", 8);
        RoutingTestSupport.defineQueue("t-ring", queue);
        given().header("Authorization", Tokens.bearer("supervisor")).get("/queues").then().statusCode(200)
                .body("'t-ring'.offerTimeoutSeconds", equalTo(8));

        ready("ot-ring", Map.of("t-ring", 1));
        call("ot-ring-1", "t-ring").body("agentId", equalTo("ot-ring"));
        center.advance(Duration.ofSeconds(7));
        center.tick();
        assertEquals("ROUTED", contact("ot-ring-1").get("state"));
        center.advance(Duration.ofSeconds(2));
        center.tick();
        assertEquals("QUEUED", contact("ot-ring-1").get("state"));
        assertEquals("NOT_READY", agent("ot-ring").get("state"));
    }

    @Test
    void aPbxReportedNoAnswerSaysSoInTheEvent() {
        String callId = uniqueId("ot-pbx"); // its no-answers are counted from the topic's beginning
        ConsumerTask<String, String> noAnswers = noAnswers(callId);
        ready("ot-pbx", Map.of("t-idle", 1));
        call(callId, "t-idle");
        center.advance(Duration.ofSeconds(4));
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(Map.of("agentId", "ot-pbx")).post("/contacts/{id}/no-answer", callId).then().statusCode(200);
        ConsumerRecord<String, String> e = noAnswers.awaitRecords(1, RELAYED).getFirstRecord();
        CatalogSchemas.assertValid(NO_ANSWER, e.value());
        assertEquals("PBX_REPORTED", field(e.value(), "cause"));
        assertEquals("no-answer", agent("ot-pbx").get("reason"));
        // and the withdrawn offer no longer times out
        center.advance(Duration.ofSeconds(30));
        center.tick();
        assertEquals("QUEUED", contact(callId).get("state"));
        await("one no-answer, none from the offer timeout").during(Duration.ofMillis(500)).atMost(RELAYED)
                .until(() -> noAnswers.count() == 1);
    }

    /**
     * The contact's call.no-answer events, from the beginning of the run's call-events (the contact ids are this
     * class's own). Opened before the action, the consumer takes the events as they come: stamped with the frozen
     * clock's past times, they may be dropped by the broker's retention soon after.
     */
    private ConsumerTask<String, String> noAnswers(String contactId) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic("call-events"),
                r -> contactId.equals(r.key()) && NO_ANSWER.equals(TestEvents.type(r)));
    }

    static String field(String json, String name) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(name).asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }
}
