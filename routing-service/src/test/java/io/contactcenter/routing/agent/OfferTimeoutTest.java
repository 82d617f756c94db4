package io.contactcenter.routing.agent;

import static io.contactcenter.routing.agent.Desk.agent;
import static io.contactcenter.routing.agent.Desk.call;
import static io.contactcenter.routing.agent.Desk.complaint;
import static io.contactcenter.routing.agent.Desk.contact;
import static io.contactcenter.routing.agent.Desk.ready;
import static io.contactcenter.routing.agent.Desk.register;
import static io.restassured.RestAssured.given;
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

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.Tokens;
import io.contactcenter.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Ring no answer: routing itself withdraws an offer nobody answers in the queue's offer timeout. */
@QuarkusTest
class OfferTimeoutTest {

    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    @Inject
    RoutingTestCenter center;

    TopicReader events;

    @BeforeEach
    void freshCenter() {
        center.reset();
        center.freezeAt(T0);
        events = TopicReader.open(KafkaTestTopics.topic("call-events"), KafkaTestTopics.topic("agent-events"));
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void anUnansweredOfferGoesToTheNextAgentAndTheAgentIsNotReady() {
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

        TopicReader.Event withdrawn = events.await(r -> "ot-c1".equals(r.key())
                && "contactcenter.call.no-answer".equals(r.type()), Duration.ofSeconds(10));
        CatalogSchemas.assertValid("contactcenter.call.no-answer", withdrawn.body());
        assertEquals("OFFER_TIMEOUT", field(withdrawn.body(), "cause"));
        assertEquals(21.0, Double.parseDouble(field(withdrawn.body(), "offeredSeconds")));
        TopicReader.Event notReady = events.await(r -> "ot-first".equals(r.key())
                && r.body().contains("\"MISSED_OFFER\""), Duration.ofSeconds(10));
        CatalogSchemas.assertValid("contactcenter.agent.state-changed", notReady.body());

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
        ready("ot-pbx", Map.of("t-idle", 1));
        call("ot-pbx-1", "t-idle");
        center.advance(Duration.ofSeconds(4));
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(Map.of("agentId", "ot-pbx")).post("/contacts/{id}/no-answer", "ot-pbx-1").then().statusCode(200);
        TopicReader.Event e = events.await(r -> "ot-pbx-1".equals(r.key())
                && "contactcenter.call.no-answer".equals(r.type()), Duration.ofSeconds(10));
        CatalogSchemas.assertValid("contactcenter.call.no-answer", e.body());
        assertEquals("PBX_REPORTED", field(e.body(), "cause"));
        assertEquals("no-answer", agent("ot-pbx").get("reason"));
        // and the withdrawn offer no longer times out
        center.advance(Duration.ofSeconds(30));
        center.tick();
        assertEquals("QUEUED", contact("ot-pbx-1").get("state"));
        assertEquals(1, events.drain(Duration.ofMillis(500)).stream()
                .filter(r -> "ot-pbx-1".equals(r.key()) && "contactcenter.call.no-answer".equals(r.type())).count());
    }

    static String field(String json, String name) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(name).asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }
}
