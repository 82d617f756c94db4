package io.contactcenter.routing.agent;

import static io.contactcenter.routing.agent.Desk.agent;
import static io.contactcenter.routing.agent.Desk.call;
import static io.contactcenter.routing.agent.Desk.contact;
import static io.contactcenter.routing.agent.Desk.ready;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.routing.RoutingKeys;
import io.contactcenter.routing.RoutingSweeper;
import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.routing.engine.SweepResult;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Each impossible state is made directly in Redis (as a lost message or a hand edit would) and repaired. */
@QuarkusTest
class SweeperTest {

    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    @Inject
    RoutingTestCenter center;

    @Inject
    RoutingSweeper sweeper;

    @Inject
    RoutingKeys keys;

    @Inject
    RedisDataSource redis;

    @BeforeEach
    void freshCenter() {
        center.reset();
        center.freezeAt(T0);
    }

    @Test
    void aConsistentCenterNeedsNoRepair() {
        ready("sw-ok-1", Map.of("t-idle", 1));
        ready("sw-ok-2", Map.of("t-idle", 1));
        call("sw-ok-c1", "t-idle");
        RoutingTestSupport.answer("sw-ok-c1", (String) contact("sw-ok-c1").get("agentId")).statusCode(200);
        call("sw-ok-c2", "t-idle");
        call("sw-ok-c3", "t-idle"); // waits
        assertEquals(List.of(), sweepAll());
    }

    @Test
    void anAgentBusyOnAContactThatEndedIsFreed() {
        ready("sw-busy", Map.of("t-idle", 1));
        call("sw-busy-c", "t-idle");
        RoutingTestSupport.answer("sw-busy-c", "sw-busy").statusCode(200);
        redis.hash(String.class).hset(keys.contact("sw-busy-c"), "state", "ENDED"); // its end never reached the agent

        assertTrue(sweepAll().contains("busy-without-contact:sw-busy"));
        Map<String, Object> freed = agent("sw-busy");
        assertEquals("AVAILABLE", freed.get("state"));
        assertEquals(0, ((Map<?, ?>) freed.get("load")).get("VOICE"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("routing_repairs_total{kind=\"busy-without-contact\""));
    }

    @Test
    void anAvailableAgentHoldingAnOfferIsReservedAgain() {
        ready("sw-avail", Map.of("t-idle", 1));
        call("sw-avail-c", "t-idle").body("agentId", equalTo("sw-avail"));
        redis.hash(String.class).hset(keys.agent("sw-avail"), "state", "AVAILABLE");

        assertTrue(sweepAll().contains("contacts-while-AVAILABLE:sw-avail"));
        assertEquals("RESERVED", agent("sw-avail").get("state"));
        assertEquals("sw-avail", contact("sw-avail-c").get("agentId"));
    }

    @Test
    void aContactRoutedToAnAgentWhoDoesNotHoldItIsOfferedAgain() {
        ready("sw-forgot", Map.of("t-idle", 1));
        call("sw-forgot-c", "t-idle").body("agentId", equalTo("sw-forgot"));
        // the agent lost the offer: available, empty-handed, but the contact still rings it
        redis.set(String.class).srem(keys.held("sw-forgot"), "sw-forgot-c");
        redis.hash(String.class).hset(keys.agent("sw-forgot"), Map.of("state", "AVAILABLE", "load:VOICE", "0"));

        List<String> repairs = sweepAll();
        assertTrue(repairs.contains("placement:sw-forgot"), repairs.toString());
        assertTrue(repairs.contains("offer-not-held:sw-forgot-c"), repairs.toString());
        assertEquals("ROUTED", contact("sw-forgot-c").get("state"));
        assertEquals("RESERVED", agent("sw-forgot").get("state"));
        assertTrue(redis.set(String.class).sismember(keys.held("sw-forgot"), "sw-forgot-c"));
        assertEquals(List.of(), sweepAll(), "repaired for good");
    }

    @Test
    void anAvailableAgentMissingFromItsQueueIsPlacedAgain() {
        ready("sw-lost", Map.of("t-idle", 1));
        redis.sortedSet(String.class).zrem("cc:{main}:queue:t-idle:agents:0:v:VOICE", "sw-lost");

        assertTrue(sweepAll().contains("placement:sw-lost"));
        call("sw-lost-c", "t-idle").body("agentId", equalTo("sw-lost"));
    }

    @Test
    void afterCallWorkWithoutAnEndEnds() {
        ready("sw-wrap", Map.of("t-idle", 1));
        call("sw-wrap-c", "t-idle");
        RoutingTestSupport.answer("sw-wrap-c", "sw-wrap").statusCode(200);
        RoutingTestSupport.end("sw-wrap-c", "RESOLVED", 30).statusCode(200);
        redis.sortedSet(String.class).zrem(keys.wrapUps(), "sw-wrap");

        assertTrue(sweepAll().contains("wrap-up-without-end:sw-wrap"));
        center.tick();
        assertEquals("AVAILABLE", agent("sw-wrap").get("state"));
    }

    @Test
    void aWaitingContactMissingFromItsQueueWaitsAgain() {
        call("sw-queued", "t-idle").body("outcome", equalTo("QUEUED"));
        String zkey = redis.hash(String.class).hget(keys.contact("sw-queued"), "zkey");
        redis.sortedSet(String.class).zrem(zkey, "sw-queued");

        assertTrue(sweepAll().contains("queued-not-waiting:sw-queued"));
        ready("sw-queued-agent", Map.of("t-idle", 1));
        assertEquals("sw-queued-agent", contact("sw-queued").get("agentId"));
    }

    @Test
    void aConnectedContactItsAgentForgotMakesTheAgentBusyAgain() {
        ready("sw-talk", Map.of("t-idle", 1));
        call("sw-talk-c", "t-idle");
        RoutingTestSupport.answer("sw-talk-c", "sw-talk").statusCode(200);
        redis.set(String.class).srem(keys.held("sw-talk"), "sw-talk-c");
        redis.hash(String.class).hset(keys.agent("sw-talk"), Map.of("state", "AVAILABLE", "load:VOICE", "0"));

        assertTrue(sweepAll().contains("answer-not-held:sw-talk-c"));
        Map<String, Object> talking = agent("sw-talk");
        assertEquals("BUSY", talking.get("state"));
        assertEquals(1, ((Map<?, ?>) talking.get("load")).get("VOICE"));
        call("sw-talk-next", "t-idle").body("outcome", equalTo("QUEUED")); // no second call on a busy agent
    }

    @Test
    void aLoggedInAgentWithoutALeaseGetsOne() {
        ready("sw-lease", Map.of("t-idle", 1));
        redis.sortedSet(String.class).zrem(keys.leases(), "sw-lease");

        assertTrue(sweepAll().contains("lease-missing:sw-lease"));
        assertNotNull(redis.sortedSet(String.class).zscore(keys.leases(), "sw-lease"));
    }

    /** A full pass over agents, then contacts: "kind:id" of each repair. */
    private List<String> sweepAll() {
        List<String> repairs = new ArrayList<>();
        for (SweepResult.Kind kind : SweepResult.Kind.values()) {
            sweeper.fullPass(kind).await().atMost(Duration.ofSeconds(10))
                    .forEach(r -> repairs.add(r.kind() + ":" + r.id()));
        }
        return repairs;
    }
}
