package io.contactcenter.routing.contact;

import static io.restassured.RestAssured.given;
import static io.contactcenter.routing.RoutingTestSupport.abandon;
import static io.contactcenter.routing.RoutingTestSupport.answer;
import static io.contactcenter.routing.RoutingTestSupport.end;
import static io.contactcenter.routing.RoutingTestSupport.offer;
import static io.contactcenter.routing.RoutingTestSupport.registerAgent;
import static io.contactcenter.routing.RoutingTestSupport.setState;
import static io.contactcenter.routing.RoutingTestSupport.uniqueId;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** The call path over HTTP, against the real Redis and Kafka; every emitted event checked against the catalog. */
@QuarkusTest
class ContactRoutingTest {

    /** The relay publishes after the commit; the first read also waits for its consumer to join. */
    static final Duration RELAYED = Duration.ofSeconds(20);

    @Inject
    RoutingTestCenter center;

    KafkaCompanion kafka;

    @BeforeEach
    void freshCenter() {
        center.reset();
        kafka = TestEvents.companion();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void availableAgentTakesTheCallAndEveryTransitionIsPublished() {
        String agent = uniqueId("a");
        String contact = uniqueId("c");
        registerAgent(agent, "team-1", Map.of("lang:zh", 3, "complaints", 4));
        setState(agent, "AVAILABLE").statusCode(200).body("state", equalTo("AVAILABLE"));

        offer(Map.of("contactId", contact, "channel", "VOICE", "intent", "COMPLAINT", "customerId", "cust-9",
                "language", "zh"))
                .statusCode(200)
                .body("outcome", equalTo("ROUTED"))
                .body("agentId", equalTo(agent))
                .body("queueId", equalTo("complaints"))
                .body("position", nullValue());
        answer(contact, agent).statusCode(200).body("state", equalTo("ANSWERED"));
        end(contact, "COMPLAINT", 185.5).statusCode(200).body("state", equalTo("ENDED"));
        setState(agent, "NOT_READY").statusCode(200).body("state", equalTo("NOT_READY"));

        Map<String, ConsumerRecord<String, String>> published = new HashMap<>();
        for (String type : new String[] { "contactcenter.call.routed", "contactcenter.call.answered",
                "contactcenter.call.ended" }) {
            ConsumerRecord<String, String> e = events("call-events", contact, type).awaitRecords(1, RELAYED)
                    .getFirstRecord();
            assertCloudEvent(e, contact);
            CatalogSchemas.assertValid(type, e.value());
            published.put(type, e);
        }
        String ended = published.get("contactcenter.call.ended").value();
        assertEquals(true, ended.contains("\"disposition\":\"COMPLAINT\""), ended);
        assertEquals(true, ended.contains("\"teamId\":\"team-1\""), ended);

        // Registered (LOGGED_OUT), AVAILABLE, RESERVED, BUSY, WRAP_UP, NOT_READY: in order, keyed by agent.
        ConsumerRecord<String, String> profile = events("agent-events", agent, "contactcenter.agent.profile-changed")
                .awaitRecords(1, RELAYED).getFirstRecord();
        assertCloudEvent(profile, agent);
        CatalogSchemas.assertValid("contactcenter.agent.profile-changed", profile.value());
        List<ConsumerRecord<String, String>> agentEvents = events("agent-events", agent,
                "contactcenter.agent.state-changed").awaitRecords(6, RELAYED).getRecords();
        assertEquals(List.of("LOGGED_OUT", "AVAILABLE", "RESERVED", "BUSY", "WRAP_UP", "NOT_READY"),
                agentEvents.stream().map(e -> state(e.value())).toList());
        agentEvents.forEach(e -> {
            assertCloudEvent(e, agent);
            CatalogSchemas.assertValid("contactcenter.agent.state-changed", e.value());
        });
    }

    @Test
    void withoutAgentTheContactWaitsAndTheNextReadyAgentTakesIt() {
        String first = uniqueId("c");
        String second = uniqueId("c");
        offer(Map.of("contactId", first, "channel", "VOICE", "intent", "TRANSACTION")).statusCode(200)
                .body("outcome", equalTo("QUEUED")).body("queueId", equalTo("billing")).body("position", equalTo(1));
        offer(Map.of("contactId", second, "channel", "VOICE", "intent", "TRANSACTION")).statusCode(200)
                .body("outcome", equalTo("QUEUED")).body("position", equalTo(2));
        ConsumerRecord<String, String> queued = events("call-events", first, "contactcenter.call.queued")
                .awaitRecords(1, RELAYED).getFirstRecord();
        CatalogSchemas.assertValid("contactcenter.call.queued", queued.value());

        String agent = uniqueId("a");
        registerAgent(agent, "team-2", Map.of("billing", 3));
        setState(agent, "AVAILABLE").statusCode(200).body("state", equalTo("RESERVED"))
                .body("contactId", equalTo(first));
    }

    @Test
    void vipGoesAheadOfEarlierStandardCallers() {
        String standard = uniqueId("c");
        String vip = uniqueId("vip");
        offer(Map.of("contactId", standard, "channel", "VOICE", "intent", "FAULT")).statusCode(200)
                .body("outcome", equalTo("QUEUED"));
        offer(Map.of("contactId", vip, "channel", "VOICE", "intent", "FAULT", "customerTier", "VIP"))
                .statusCode(200).body("outcome", equalTo("QUEUED")).body("position", equalTo(1));

        String agent = uniqueId("a");
        registerAgent(agent, "team-3", Map.of("tech", 2));
        setState(agent, "AVAILABLE").statusCode(200).body("contactId", equalTo(vip));
    }

    @Test
    void abandonedWhileQueuedLeavesTheQueueAndCounts() {
        String contact = uniqueId("c");
        offer(Map.of("contactId", contact, "channel", "VOICE")).statusCode(200).body("outcome", equalTo("QUEUED"));
        abandon(contact).statusCode(200).body("state", equalTo("ABANDONED"));
        abandon(contact).statusCode(200).body("state", equalTo("ABANDONED"));
        ConsumerTask<String, String> abandoned = events("call-events", contact, "contactcenter.call.abandoned")
                .awaitRecords(1, RELAYED);
        CatalogSchemas.assertValid("contactcenter.call.abandoned", abandoned.getFirstRecord().value());
        await("a repeated abandon publishes nothing new").during(Duration.ofMillis(500)).atMost(RELAYED)
                .until(() -> abandoned.count() == 1);

        String agent = uniqueId("a");
        registerAgent(agent, "team-1", Map.of("lang:zh", 1));
        setState(agent, "AVAILABLE").statusCode(200).body("state", equalTo("AVAILABLE"));
    }

    @Test
    void repeatedOfferReturnsTheSameDecision() {
        String agent = uniqueId("a");
        String contact = uniqueId("c");
        registerAgent(agent, "team-1", Map.of("lang:zh", 2));
        setState(agent, "AVAILABLE").statusCode(200);
        offer(Map.of("contactId", contact, "channel", "VOICE")).statusCode(200).body("outcome", equalTo("ROUTED"));
        offer(Map.of("contactId", contact, "channel", "VOICE")).statusCode(200)
                .body("outcome", equalTo("DUPLICATE")).body("state", equalTo("ROUTED")).body("agentId", equalTo(agent));
    }

    @Test
    void answeringWithAnotherAgentIsAConflict() {
        String agent = uniqueId("a");
        String contact = uniqueId("c");
        registerAgent(agent, "team-1", Map.of("lang:zh", 2));
        setState(agent, "AVAILABLE").statusCode(200);
        offer(Map.of("contactId", contact, "channel", "VOICE")).statusCode(200);
        answer(contact, "someone-else").statusCode(409).contentType("application/problem+json");
        answer(uniqueId("nobody"), agent).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wallboardFiguresReconcileWithWhatHappened() {
        String a1 = uniqueId("a");
        String a2 = uniqueId("a");
        registerAgent(a1, "team-1", Map.of("lang:zh", 2));
        registerAgent(a2, "team-1", Map.of("lang:zh", 2));
        setState(a1, "AVAILABLE").statusCode(200);
        setState(a2, "AVAILABLE").statusCode(200);
        String c1 = uniqueId("c"), c2 = uniqueId("c"), c3 = uniqueId("c");
        offer(Map.of("contactId", c1, "channel", "VOICE")).statusCode(200).body("outcome", equalTo("ROUTED"));
        offer(Map.of("contactId", c2, "channel", "VOICE")).statusCode(200).body("outcome", equalTo("ROUTED"));
        offer(Map.of("contactId", c3, "channel", "VOICE")).statusCode(200).body("outcome", equalTo("QUEUED"));
        String agentOfC1 = given().header("Authorization", Tokens.bearer("pbx")).get("/contacts/{id}", c1)
                .then().statusCode(200).extract().path("agentId");
        answer(c1, agentOfC1).statusCode(200);
        abandon(c3).statusCode(200);

        given().header("Authorization", Tokens.bearer("supervisor")).get("/queues/stats").then().statusCode(200)
                .body("today.offered", equalTo(3))
                .body("today.answered", equalTo(1))
                .body("today.abandoned", equalTo(1))
                .body("waiting", equalTo(0))
                // abandoned at once: a short abandon (within 5 s), counted apart and out of the abandon rate
                .body("today.shortAbandoned", equalTo(1))
                .body("today.abandonRatePercent", equalTo(0.0f))
                .body("recent.offered", equalTo(3))
                .body("agentsByState.BUSY", equalTo(1))
                .body("agentsByState.RESERVED", equalTo(1))
                .body("agentsByState.AVAILABLE", equalTo(0))
                .body("queues.find { it.queueId == 'general' }.today.offered", equalTo(3))
                .body("queues.find { it.queueId == 'general' }.agentsByState.BUSY", equalTo(1))
                .body("queues.find { it.queueId == 'general' }.today.serviceLevelPercent", equalTo(100.0f));
    }

    /**
     * The events of this type keyed {@code key} (a contact or an agent id), from the beginning of the run's
     * topic; the ids are unique, so they are this test's own.
     */
    private ConsumerTask<String, String> events(String topic, String key, String type) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic(topic),
                r -> key.equals(r.key()) && type.equals(TestEvents.type(r)));
    }

    private static void assertCloudEvent(ConsumerRecord<String, String> e, String key) {
        assertEquals("1.0", TestEvents.header(e, "ce_specversion"));
        assertEquals("/routing-service", TestEvents.header(e, "ce_source"));
        assertEquals(key, TestEvents.header(e, "ce_subject"));
        assertNotNull(TestEvents.header(e, "ce_id"));
        assertNotNull(TestEvents.header(e, "ce_time"));
    }

    private static String state(String body) {
        int i = body.indexOf("\"state\":\"") + 9;
        return body.substring(i, body.indexOf('"', i));
    }
}
