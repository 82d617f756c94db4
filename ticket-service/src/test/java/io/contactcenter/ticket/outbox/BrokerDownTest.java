package io.contactcenter.ticket.outbox;

import static io.contactcenter.ticket.TicketTestSupport.act;
import static io.contactcenter.ticket.TicketTestSupport.body;
import static io.contactcenter.ticket.TicketTestSupport.postTicket;
import static io.contactcenter.ticket.TicketTestSupport.version;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.contactcenter.ticket.TicketTestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * "With the broker stopped, ticket changes still succeed and their events arrive once it is back."
 * The shared broker cannot be stopped (other services' tests use it), so this instance's outbox relay
 * is pointed at a {@link BrokerGate}: a local port that refuses connections like a stopped broker,
 * until the test opens it and it forwards to the real one.
 */
@QuarkusTest
@TestProfile(BrokerDownTest.BrokerUnreachable.class)
class BrokerDownTest {

    /**
     * This instance publishes through the gate, gives up on a send after a second, and reads no call-events;
     * its HTTP port is chosen apart from the gate's.
     */
    public static class BrokerUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.messaging.outgoing.outbox.bootstrap.servers", "127.0.0.1:" + BrokerGate.port(),
                    "quarkus.http.test-port", Integer.toString(BrokerGate.httpPort()),
                    "mp.messaging.outgoing.outbox.max.block.ms", "1000",
                    "mp.messaging.outgoing.outbox.request.timeout.ms", "1000",
                    "mp.messaging.outgoing.outbox.delivery.timeout.ms", "2000",
                    "mp.messaging.incoming.call-events.enabled", "false");
        }
    }

    static final String BROKER_HOST = "127.0.0.1";
    static final int BROKER_PORT = 9092;

    @Inject
    AgroalDataSource db;

    @Test
    void changesCommitWhileTheBrokerIsDownAndTheirEventsArriveOnceItIsBack() throws Exception {
        try (KafkaCompanion kafka = TestEvents.companion()) {
            // Broker down: every change still commits, its events waiting in the outbox.
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(postTicket("agent", Map.of("type", "COMPLAINT", "channel", "EMAIL", "subject",
                        "Written while the broker is down " + i)).statusCode(201).extract().path("id"));
            }
            act("agent", ids.get(0), "status", body("version", version(ids.get(0)), "status", "RESOLVED",
                    "resolution", "Answered by email")).statusCode(200);
            // A change that is refused rolls back with nothing to publish.
            act("agent", ids.get(1), "status", body("version", 99, "status", "RESOLVED", "resolution", "x"))
                    .statusCode(409);

            ConsumerTask<String, String> events = TestEvents.consume(kafka,
                    KafkaTestTopics.topic(TicketTestTopics.TICKET_EVENTS), e -> ids.contains(e.key()));
            // Several relay polls fail meanwhile (each send gives up after max.block.ms); nothing goes out.
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                    .until(() -> pendingEvents(ids).size() == 4 && events.count() == 0);
            Map<String, String> pending = pendingEvents(ids);
            assertEquals(4, pending.size(), "3 created + 1 status-changed, all unpublished: " + pending);

            // The broker is back: the relay publishes every pending event, once.
            try (BrokerGate gate = BrokerGate.open(BROKER_HOST, BROKER_PORT)) {
                events.awaitRecords(4, Duration.ofSeconds(40));
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> events.count() == 4);
                List<ConsumerRecord<String, String>> published = events.getRecords();
                Map<String, Long> perId = published.stream()
                        .collect(Collectors.groupingBy(e -> TestEvents.header(e, "ce_id"), Collectors.counting()));
                assertEquals(pending.keySet(), perId.keySet(), "the outbox rows' own event ids");
                assertEquals(Set.of(1L), Set.copyOf(perId.values()), "each exactly once: " + perId);
                published.forEach(e -> {
                    assertEquals(pending.get(TestEvents.header(e, "ce_id")), TestEvents.type(e));
                    CatalogSchemas.assertValid(TestEvents.type(e), e.value());
                });
                assertEquals(0, pendingEvents(ids).size(), "all marked published");
            }
        }
    }

    /** Unpublished outbox rows of these tickets: event id to type. */
    private Map<String, String> pendingEvents(List<String> ticketIds) throws SQLException {
        Map<String, String> pending = new HashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select event_id::text, type from outbox_event where published_at is null and entity_id = any(?)")) {
            s.setArray(1, c.createArrayOf("text", ticketIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pending.put(r.getString(1), r.getString(2));
                }
            }
        }
        return pending;
    }
}
