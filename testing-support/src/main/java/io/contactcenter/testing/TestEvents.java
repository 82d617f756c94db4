package io.contactcenter.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Records as upstream services write them (binary CloudEvents: {@code ce_*} headers, JSON body),
 * for {@link KafkaCompanion#produceStrings()}, and the headers of what tests consume.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** A companion on the test broker; close it after the test. */
    public static KafkaCompanion companion() {
        return new KafkaCompanion(KafkaTestTopics.bootstrapServers());
    }

    /** A CloudEvent with a fresh id. */
    public static ProducerRecord<String, String> event(String topic, String key, String ceType, String body) {
        return event(topic, key, UUID.randomUUID().toString(), ceType, body);
    }

    /** With a given id: sending the same id twice is a redelivery. */
    public static ProducerRecord<String, String> event(String topic, String key, String eventId, String ceType,
            String body) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, body);
        Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/tests", "ce_type", ceType,
                "ce_time", Instant.now().toString(), "ce_subject", key, "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** A record without any CloudEvents header, e.g. a poison record. */
    public static ProducerRecord<String, String> raw(String topic, String key, String value) {
        return new ProducerRecord<>(topic, key, value);
    }

    /** Sends in this order and waits for the broker's acknowledgements. */
    @SafeVarargs
    public static void send(KafkaCompanion kafka, ProducerRecord<String, String>... records) {
        kafka.produceStrings().fromRecords(records).awaitCompletion();
    }

    /**
     * The records of {@code topic} that match, from its beginning (the run's topics are its own), as they
     * arrive: {@code awaitRecords(n, timeout)}, {@code getRecords()}, {@code count()}. Close with the companion.
     */
    public static ConsumerTask<String, String> consume(KafkaCompanion kafka, String topic,
            Predicate<ConsumerRecord<String, String>> filter) {
        return kafka.consumeStrings().fromTopics(Set.of(topic), records -> records.select().where(filter));
    }

    public static String id(ProducerRecord<String, String> record) {
        return header(record.headers(), "ce_id");
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return header(record.headers(), name);
    }

    public static String type(ConsumerRecord<?, ?> record) {
        return header(record.headers(), "ce_type");
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
