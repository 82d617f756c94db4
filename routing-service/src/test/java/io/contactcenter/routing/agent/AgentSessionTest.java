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

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;

/** Agent sessions live on a lease the desktop or the PBX renews; supervisors can order an agent's state. */
@QuarkusTest
class AgentSessionTest {

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
    void withoutAHeartbeatTheSessionLapsesAndTheAgentIsLoggedOut() {
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
        TopicReader.Event e = events.await(r -> "ls-desk".equals(r.key()) && r.body().contains("\"LEASE_EXPIRED\""),
                Duration.ofSeconds(10));
        CatalogSchemas.assertValid("contactcenter.agent.state-changed", e.body());

        heartbeat("ls-desk").statusCode(200).body("state", equalTo("LOGGED_OUT")).body("leaseUntil", nullValue());
        heartbeat("ls-nobody").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anOfferHeldByALapsedAgentGoesBackToItsPlaceInTheQueue() {
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
        TopicReader.Event e = events.await(r -> "ls-call".equals(r.key())
                && "contactcenter.call.no-answer".equals(r.type()), Duration.ofSeconds(10));
        CatalogSchemas.assertValid("contactcenter.call.no-answer", e.body());
        assertEquals("LEASE_EXPIRED", field(e.body(), "cause"));

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
        ready("ls-ordered", Map.of("t-idle", 1));
        call("ls-offered", "t-idle").body("agentId", equalTo("ls-ordered"));
        center.advance(Duration.ofSeconds(3));
        order("ls-ordered", "sup-7", "NOT_READY", "coaching").statusCode(200)
                .body("state", equalTo("NOT_READY")).body("reason", equalTo("coaching"));
        assertEquals("QUEUED", contact("ls-offered").get("state"));

        TopicReader.Event state = events.await(r -> "ls-ordered".equals(r.key()) && r.body().contains("\"coaching\""),
                Duration.ofSeconds(10));
        CatalogSchemas.assertValid("contactcenter.agent.state-changed", state.body());
        assertEquals("sup-7", field(state.body(), "changedBy"));
        TopicReader.Event withdrawn = events.await(r -> "ls-offered".equals(r.key())
                && "contactcenter.call.no-answer".equals(r.type()), Duration.ofSeconds(10));
        assertEquals("AGENT_UNAVAILABLE", field(withdrawn.body(), "cause"));
    }

    @Test
    void theAgentsOwnNotReadyDuringAnOfferWaitsForIt() {
        ready("ls-own", Map.of("t-idle", 1));
        call("ls-own-call", "t-idle").body("agentId", equalTo("ls-own"));
        RoutingTestSupport.setState("ls-own", "NOT_READY").statusCode(200)
                .body("state", equalTo("RESERVED")).body("pendingState", equalTo("NOT_READY"));
        assertEquals("ROUTED", contact("ls-own-call").get("state"));
        TopicReader.Event e = events.await(r -> "ls-own".equals(r.key()) && r.body().contains("\"RESERVED\""),
                Duration.ofSeconds(10));
        assertEquals("null", String.valueOf(field(e.body(), "changedBy")));
    }
}
