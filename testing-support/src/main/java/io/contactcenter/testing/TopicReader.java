package io.contactcenter.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Kept for routing-service's tests; the other modules use {@link KafkaTestTopics} with SmallRye's
 * {@code KafkaCompanion} and Awaitility (see {@link TestEvents}).
 * <p>
 * Reads a topic of the real broker from its current end: create it before the action under
 * test, then wait for the records the action should produce. Not thread-safe (one test thread).
 */
public final class TopicReader implements AutoCloseable {

    /** A record as a reporting tool sees it: key, JSON body and headers (ce_* attributes). */
    public record Event(String topic, String key, String body, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }

        public String type() {
            return headers.get("ce_type");
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    public TopicReader(String bootstrapServers, String... topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // position() resolves the lazy seek now, so records produced after this constructor are seen.
        partitions.forEach(consumer::position);
    }

    public static TopicReader open(String... topics) {
        return new TopicReader(System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"), topics);
    }

    /** Waits for the first record matching {@code filter}; fails with what was seen instead. */
    public Event await(Predicate<Event> filter, Duration timeout) {
        List<Event> found = awaitCount(filter, 1, timeout);
        return found.get(0);
    }

    /** Waits until {@code count} records match; returns all matching records seen so far. */
    public List<Event> awaitCount(Predicate<Event> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Event> matching = seen.stream().filter(filter).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " matching record(s), found " + matching.size()
                        + " within " + timeout + "; seen: " + seen);
            }
            pollOnce(Duration.ofMillis(200));
        }
    }

    /** Everything that arrived within {@code quiet}: used to assert that nothing more came. */
    public List<Event> drain(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            pollOnce(Duration.ofMillis(200));
        }
        return List.copyOf(seen);
    }

    private void pollOnce(Duration wait) {
        for (ConsumerRecord<String, String> r : consumer.poll(wait)) {
            Map<String, String> headers = new HashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            seen.add(new Event(r.topic(), r.key(), r.value(), headers));
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
