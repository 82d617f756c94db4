package io.contactcenter.routing.agent;

import static io.contactcenter.routing.RoutingTestSupport.uniqueId;
import static io.contactcenter.routing.agent.Desk.agent;
import static io.contactcenter.routing.agent.Desk.call;
import static io.contactcenter.routing.agent.Desk.contact;
import static io.contactcenter.routing.agent.Desk.ready;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.engine.TickResult;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The PBX goes silent after 100 offers (no answer, no no-answer): each offer is withdrawn exactly once
 * even with two instances ticking at the same moment, no agent stays reserved, no contact is lost. Agents
 * here are ready again after a missed offer (the policy below NOT_READY's default).
 */
@QuarkusTest
@TestProfile(SilentPbxTest.ReadyAgainAfterMisses.class)
class SilentPbxTest {

    public static class ReadyAgainAfterMisses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("routing.missed-offers-before-not-ready", "3");
        }
    }

    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    static final int OFFERS = 100;

    @Inject
    RoutingTestCenter center;

    @Inject
    RoutingEngine engine;

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
    void everyOfferIsWithdrawnOnceAndNoContactIsLost() {
        List<String> agents = IntStream.range(0, OFFERS).mapToObj(i -> "sp-a" + i).toList();
        // call-events is read from its beginning: contact ids of this run's own
        String prefix = uniqueId("sp") + "-c";
        List<String> contacts = IntStream.range(0, OFFERS).mapToObj(i -> prefix + i).toList();
        ConsumerTask<String, String> withdrawn = TestEvents.consume(kafka, KafkaTestTopics.topic("call-events"),
                r -> r.key().startsWith(prefix) && "contactcenter.call.no-answer".equals(TestEvents.type(r)));
        agents.forEach(a -> ready(a, Map.of("t-idle", 1)));
        contacts.forEach(c -> call(c, "t-idle"));
        Set<String> offeredTo = new HashSet<>();
        contacts.forEach(c -> offeredTo.add((String) contact(c).get("agentId")));
        assertEquals(OFFERS, offeredTo.size(), "every agent rings");

        // silence: 21 s later two instances run the timeout step at the same moment
        center.advance(Duration.ofSeconds(21));
        List<TickResult> ticks = Uni.join().all(engine.expireOffers(1000), engine.expireOffers(1000)).andFailFast()
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(OFFERS, ticks.get(0).count() + ticks.get(1).count(), "one withdrawal per offer");
        withdrawn.awaitRecords(OFFERS, Duration.ofSeconds(60)); // the relay publishes them at its pace: slow on a busy machine
        assertEquals(OFFERS, withdrawn.stream().map(ConsumerRecord::key).distinct().count());

        int routed = 0;
        for (String c : contacts) {
            String state = (String) contact(c).get("state");
            assertTrue(state.equals("ROUTED") || state.equals("QUEUED"), c + " is " + state);
            routed += state.equals("ROUTED") ? 1 : 0;
        }
        int reserved = 0;
        for (String a : agents) {
            String state = (String) agent(a).get("state");
            assertTrue(state.equals("AVAILABLE") || state.equals("RESERVED"), a + " is " + state);
            reserved += state.equals("RESERVED") ? 1 : 0;
        }
        assertEquals(routed, reserved, "each offer rings exactly one agent");

        // the PBX is back: its callers hung up meanwhile
        contacts.forEach(c -> RoutingTestSupport.abandon(c).statusCode(200));
        for (String a : agents) {
            assertEquals("AVAILABLE", agent(a).get("state"), a);
        }
        await("no offer withdrawn twice").during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(() -> withdrawn.count() == OFFERS);
    }
}
