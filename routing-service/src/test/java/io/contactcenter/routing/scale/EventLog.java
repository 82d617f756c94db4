package io.contactcenter.routing.scale;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The call and agent events of a test's instances as a reporting tool reads them, from the moment the log is opened,
 * kept only for keys with the test's prefix, in topic order per key. Repeats (same ce_id) are
 * counted and dropped, as consumers do.
 */
final class EventLog implements AutoCloseable {

    record Event(String topic, String key, String id, String type, Instant time, JsonNode body) {
        String text(String field) {
            JsonNode v = body.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final String keyPrefix;
    private final String callTopic;
    private final String agentTopic;
    private final Map<String, List<Event>> byKey = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private int repeats;
    private int count;

    /** The log of the topics of {@code routing} (its own call and agent topics). */
    EventLog(RoutingInstances routing, String keyPrefix) {
        this(keyPrefix, routing.callTopic, routing.agentTopic);
    }

    private EventLog(String keyPrefix, String callTopic, String agentTopic) {
        this.callTopic = callTopic;
        this.agentTopic = agentTopic;
        this.keyPrefix = keyPrefix;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-event-log-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(callTopic, agentTopic)) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Reads until {@code done} holds for the events so far, or fails after {@code timeout}. */
    void readUntil(Predicate<EventLog> done, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(this)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("events on the topics: " + what + " not reached within " + timeout
                        + " (" + count + " events read)");
            }
            poll();
        }
    }

    /** Reads whatever else arrives within {@code quiet} (late repeats included). */
    void readFor(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            poll();
        }
    }

    private void poll() {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
            if (r.key() == null || !r.key().startsWith(keyPrefix)) {
                continue;
            }
            String id = header(r, "ce_id");
            if (!ids.add(id)) {
                repeats++;
                continue;
            }
            try {
                Event e = new Event(r.topic(), r.key(), id, header(r, "ce_type"), Instant.parse(header(r, "ce_time")),
                        JSON.readTree(r.value()));
                byKey.computeIfAbsent((r.topic().equals(callTopic) ? "call" : "agent") + "/" + r.key(),
                        k -> new ArrayList<>()).add(e);
                count++;
            } catch (Exception e) {
                throw new AssertionError("unreadable event " + r, e);
            }
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    List<Event> contact(String contactId) {
        return byKey.getOrDefault("call/" + contactId, List.of());
    }

    List<Event> agent(String agentId) {
        return byKey.getOrDefault("agent/" + agentId, List.of());
    }


    long count(String type) {
        return byKey.values().stream().flatMap(List::stream).filter(e -> e.type().equals(type)).count();
    }

    int events() {
        return count;
    }

    int repeats() {
        return repeats;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
