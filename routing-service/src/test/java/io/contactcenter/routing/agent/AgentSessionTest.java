package io.contactcenter.routing.agent;

import static io.contactcenter.routing.agent.Desk.agent;
import static io.contactcenter.routing.agent.Desk.call;
import static io.contactcenter.routing.agent.Desk.complaint;
import static io.contactcenter.routing.agent.Desk.contact;
import static io.contactcenter.routing.agent.Desk.heartbeat;
import static io.contactcenter.routing.agent.Desk.order;
import static io.contactcenter.routing.agent.Desk.ready;
import static io.contactcenter.routing.agent.Desk.register;
import static io.contactcenter.routing.agent.OfferTimeoutTest.field;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
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
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Agent sessions live on a lease the desktop or the PBX renews; supervisors can order an agent's state. */
@QuarkusTest
class AgentSessionTest {

    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
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
    void withoutAHeartbeatTheSessionLapsesAndTheAgentIsLoggedOut() {
        ConsumerTask<String, String> lapsed = agentEvents("ls-desk", "\"LEASE_EXPIRED\"");
        ready("ls-desk", Map.of("t-idle", 1));
        assertEquals(T0.plusSeconds(120).toEpochMilli(), ((Number) agent("ls-desk").get("leaseUntil")).longValue());
        center.advance(Duration.ofSeconds(100));
        heartbeat("ls-desk").statusCode(200).body("leaseUntil", equalTo(T0.plusSeconds(220).toEpochMilli()));

        center.advance(Duration.ofSeconds(119));
        center.tick();
        assertEquals("AVAILABLE", agent("ls-desk").get("state"), "the heartbeat renewed the lease");
        center.advance(Duration.ofSeconds(2));
        center.tick();
        Map<String, Object> gone = agent("ls-desk");
        assertEquals("LOGGED_OUT", gone.get("state"));
        assertEquals("LEASE_EXPIRED", gone.get("reason"));
        assertNull(gone.get("leaseUntil"));
        ConsumerRecord<String, String> e = first(lapsed);
        CatalogSchemas.assertValid("contactcenter.agent.state-changed", e.value());

        heartbeat("ls-desk").statusCode(200).body("state", equalTo("LOGGED_OUT")).body("leaseUntil", nullValue());
        heartbeat("ls-nobody").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anOfferHeldByALapsedAgentGoesBackToItsPlaceInTheQueue() {
        ConsumerTask<String, String> withdrawn = noAnswers("ls-call");
        register("ls-new-hire", Map.of("t-idle", 1), "2026-10-01"); // on probation: no complaints
        RoutingTestSupport.setState("ls-new-hire", "AVAILABLE").statusCode(200);
        center.advance(Duration.ofSeconds(105));
        complaint("ls-complaint", "t-idle").body("outcome", equalTo("QUEUED"));
        center.advance(Duration.ofSeconds(5));
        call("ls-call", "t-idle").body("agentId", equalTo("ls-new-hire"));

        center.advance(Duration.ofSeconds(11)); // T0 + 121 s: the lease (120 s) lapses before the offer (20 s) times out
        center.tick();
        assertEquals("LOGGED_OUT", agent("ls-new-hire").get("state"));
        assertEquals("QUEUED", contact("ls-call").get("state"));
        ConsumerRecord<String, String> e = first(withdrawn);
        CatalogSchemas.assertValid("contactcenter.call.no-answer", e.value());
        assertEquals("LEASE_EXPIRED", field(e.value(), "cause"));

        ready("ls-veteran", Map.of("t-idle", 1));
        assertEquals("ls-veteran", contact("ls-complaint").get("agentId"), "the complaint arrived first and is first again");
        assertEquals("QUEUED", contact("ls-call").get("state"));
    }

    @Test
    void aConversationInProgressGoesOnAndTheLogoutWaitsForItsEnd() {
        ready("ls-talker", Map.of("t-idle", 1));
        center.advance(Duration.ofSeconds(10));
        call("ls-talk", "t-idle");
        RoutingTestSupport.answer("ls-talk", "ls-talker").statusCode(200); // renews the lease: until T0 + 130 s
        center.advance(Duration.ofSeconds(121));
        center.tick();
        assertEquals("BUSY", agent("ls-talker").get("state"));
        center.advance(Duration.ofSeconds(10));
        center.tick();
        Map<String, Object> talking = agent("ls-talker");
        assertEquals("BUSY", talking.get("state"), "the call is not cut");
        assertEquals("LOGGED_OUT", talking.get("pendingState"));
        assertEquals("ANSWERED", contact("ls-talk").get("state"));

        RoutingTestSupport.end("ls-talk", "RESOLVED", 140).statusCode(200);
        center.advance(Duration.ofSeconds(16)); // the queue's after-call work
        center.tick();
        assertEquals("LOGGED_OUT", agent("ls-talker").get("state"));
        assertEquals("LEASE_EXPIRED", agent("ls-talker").get("reason"));
    }

    @Test
    void aSupervisorsOrderWithdrawsTheOfferAppliesAtOnceAndNamesTheSupervisor() {
        ConsumerTask<String, String> ordered = agentEvents("ls-ordered", "\"coaching\"");
        ConsumerTask<String, String> withdrawn = noAnswers("ls-offered");
        ready("ls-ordered", Map.of("t-idle", 1));
        call("ls-offered", "t-idle").body("agentId", equalTo("ls-ordered"));
        center.advance(Duration.ofSeconds(3));
        order("ls-ordered", "sup-7", "NOT_READY", "coaching").statusCode(200)
                .body("state", equalTo("NOT_READY")).body("reason", equalTo("coaching"));
        assertEquals("QUEUED", contact("ls-offered").get("state"));

        ConsumerRecord<String, String> state = first(ordered);
        CatalogSchemas.assertValid("contactcenter.agent.state-changed", state.value());
        assertEquals("sup-7", field(state.value(), "changedBy"));
        assertEquals("AGENT_UNAVAILABLE", field(first(withdrawn).value(), "cause"));
    }

    @Test
    void theAgentsOwnNotReadyDuringAnOfferWaitsForIt() {
        ConsumerTask<String, String> reserved = agentEvents("ls-own", "\"RESERVED\"");
        ready("ls-own", Map.of("t-idle", 1));
        call("ls-own-call", "t-idle").body("agentId", equalTo("ls-own"));
        RoutingTestSupport.setState("ls-own", "NOT_READY").statusCode(200)
                .body("state", equalTo("RESERVED")).body("pendingState", equalTo("NOT_READY"));
        assertEquals("ROUTED", contact("ls-own-call").get("state"));
        assertEquals("null", String.valueOf(field(first(reserved).value(), "changedBy")));
    }

    /**
     * The agent's events whose body contains {@code text}. The topics are read from the run's beginning: the
     * agent and contact ids here are this class's own, so no other test's event matches. Opened before the
     * action, the consumers take the events as they come (stamped with the frozen clock's past times, they
     * may be dropped by the broker's retention soon after).
     */
    private ConsumerTask<String, String> agentEvents(String agentId, String text) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic("agent-events"),
                r -> agentId.equals(r.key()) && r.value().contains(text));
    }

    /** The contact's call.no-answer events. */
    private ConsumerTask<String, String> noAnswers(String contactId) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic("call-events"),
                r -> contactId.equals(r.key()) && "contactcenter.call.no-answer".equals(TestEvents.type(r)));
    }

    private static ConsumerRecord<String, String> first(ConsumerTask<String, String> events) {
        return events.awaitRecords(1, RELAYED).getFirstRecord();
    }
}
