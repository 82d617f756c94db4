package io.contactcenter.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces records to the real broker the way an upstream service does (binary CloudEvents headers).
 * Kept for routing-service's tests; the other modules send {@link TestEvents} records with SmallRye's
 * {@code KafkaCompanion}.
 */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props);
    }

    public static TopicWriter open() {
        return new TopicWriter(System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"));
    }

    /** Sends a CloudEvent with a fresh id; returns the id. */
    public String send(String topic, String key, String ceType, String body) {
        return send(topic, key, UUID.randomUUID().toString(), ceType, body);
    }

    /** Sends with a given id: sending the same id twice simulates a redelivery. */
    public String send(String topic, String key, String eventId, String ceType, String body) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, body);
        Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/tests", "ce_type", ceType,
                "ce_time", Instant.now().toString(), "ce_subject", key, "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        sendAndWait(record);
        return eventId;
    }

    /** A raw record without CloudEvents headers, e.g. a poison record. */
    public void sendRaw(String topic, String key, String value) {
        sendAndWait(new ProducerRecord<>(topic, key, value));
    }

    private void sendAndWait(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("could not produce to " + record.topic(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
