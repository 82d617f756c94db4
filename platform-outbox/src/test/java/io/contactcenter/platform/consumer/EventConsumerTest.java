package io.contactcenter.platform.consumer;

import static io.contactcenter.testing.TestEvents.event;
import static io.contactcenter.testing.TestEvents.header;
import static io.contactcenter.testing.TestEvents.raw;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.contactcenter.platform.events.consumer.DeadLetter;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Every path of the shared consumer once, against the real broker and PostgreSQL inbox. All records
 * of a test share one key, so they are consumed in the order sent: once the last one is applied,
 * everything before it has been handled.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestTopics.class, initArgs = @ResourceArg(name = "topics",
        value = "probe-events,probe-events.consumer-test.dlq"))
class EventConsumerTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ProbeConsumer probes;
    @Inject
    AgroalDataSource db;

    KafkaCompanion kafka;
    String topic;
    String key;

    @BeforeEach
    void open() {
        kafka = TestEvents.companion();
        topic = KafkaTestTopics.topic("probe-events");
        key = "k-" + UUID.randomUUID();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void unusableRecordsAreDeadLetteredWithTheirCauseAndUnknownTypesSkipped() {
        ProducerRecord<String, String> noType = event(topic, key, Probe.TYPE, probe("no-type", 0));
        noType.headers().remove("ce_type");
        ProducerRecord<String, String> invalid = event(topic, key, Probe.TYPE,
                "{\"probeId\":\"\",\"failures\":0,\"occurredAt\":\"2026-11-24T10:15:30.123Z\"}");
        TestEvents.send(kafka,
                raw(topic, key, "{}"),
                noType,
                event(topic, key, Probe.TYPE, "{not json"),
                invalid,
                event(topic, key, "contactcenter.test.unknown", "{\"whatever\":1}"),
                event(topic, key, Probe.TYPE, probe(id("after"), 0)));

        List<ConsumerRecord<String, String>> dead = deadLetters(4);
        assertEquals(List.of("missing-header", "missing-header", "unreadable-body", "unreadable-body"),
                dead.stream().map(r -> header(r, DeadLetter.HEADER)).toList());
        assertEquals("record has no ce_id header", header(dead.get(0), "dead-letter-reason"));
        assertEquals("record has no ce_type header", header(dead.get(1), "dead-letter-reason"));
        assertEquals("{not json", dead.get(2).value());
        assertTrue(header(dead.get(3), "dead-letter-reason").contains("probeId"), header(dead.get(3), "dead-letter-reason"));
        assertEquals(TestEvents.id(invalid), header(dead.get(3), "ce_id"), "the original headers travel with it");
        assertEquals(topic, header(dead.get(3), "dead-letter-topic"));
        // The unknown type was skipped, not dead-lettered, and consumption went on.
        awaitApplied(id("after"));
        assertEquals(4, deadLetterTask().awaitRecords(4, PATIENCE).count());
    }

    @Test
    void aFailingHandlerIsRetriedThenDeadLetteredAndItsEventIdForgotten() throws SQLException {
        ProducerRecord<String, String> hopeless = event(topic, key, Probe.TYPE, probe(id("hopeless"), 99));
        TestEvents.send(kafka,
                event(topic, key, Probe.TYPE, probe(id("flaky"), 2)),
                hopeless,
                event(topic, key, Probe.TYPE, probe(id("after"), 0)));

        awaitApplied(id("after"));
        assertEquals(List.of(id("flaky"), id("after")), appliedHere());
        assertEquals(3, probes.attempts(id("flaky")), "two failures, applied on the second retry");
        assertEquals(3, probes.attempts(id("hopeless")), "first attempt and max-retries=2");
        ConsumerRecord<String, String> dead = deadLetters(1).get(0);
        assertEquals("handler-failed", header(dead, DeadLetter.HEADER));
        assertTrue(header(dead, "dead-letter-reason").startsWith("failed after 3 attempts: attempt 3 of"),
                header(dead, "dead-letter-reason"));
        assertEquals(0, inboxRows(TestEvents.id(hopeless)), "the rolled-back attempts left no inbox row");
    }

    @Test
    void aRedeliveredEventIdIsAppliedOnce() throws SQLException {
        ProducerRecord<String, String> first = event(topic, key, Probe.TYPE, probe(id("once"), 0));
        String eventId = TestEvents.id(first);
        TestEvents.send(kafka,
                first,
                event(topic, key, eventId, Probe.TYPE, probe(id("once"), 0)),
                event(topic, key, eventId, Probe.TYPE, probe(id("once"), 0)),
                event(topic, key, Probe.TYPE, probe(id("after"), 0)));

        awaitApplied(id("after"));
        assertEquals(List.of(id("once"), id("after")), appliedHere());
        assertEquals(1, probes.attempts(id("once")), "the handler never saw the copies");
        assertEquals(1, inboxRows(eventId));
        deadLetterTask().awaitNoRecords(Duration.ofMillis(500));
    }

    private String id(String name) {
        return key + "-" + name;
    }

    private static String probe(String probeId, int failures) {
        return "{\"probeId\":\"%s\",\"failures\":%d,\"occurredAt\":\"%s\"}".formatted(probeId, failures,
                Instant.now());
    }

    private void awaitApplied(String probeId) {
        await().atMost(PATIENCE).until(() -> probes.applied().contains(probeId));
    }

    private List<String> appliedHere() {
        return probes.applied().stream().filter(p -> p.startsWith(key)).toList();
    }

    private ConsumerTask<String, String> deadLetterTask() {
        return kafka.consumeStrings().fromTopics(java.util.Set.of(KafkaTestTopics.topic("probe-events.consumer-test.dlq")),
                records -> records.select().where(r -> key.equals(r.key())));
    }

    private List<ConsumerRecord<String, String>> deadLetters(int count) {
        return deadLetterTask().awaitRecords(count, PATIENCE).getRecords();
    }

    private long inboxRows(String eventId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from processed_event where consumer = 'consumer-test.probes' and event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
