package io.contactcenter.routing.scale;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.testing.TestEvents;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The call and agent events of a test's instances as a reporting tool reads them (SmallRye's KafkaCompanion),
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
    /** How often the records so far are looked at while waiting. */
    private static final Duration READ_INTERVAL = Duration.ofMillis(200);
    private final KafkaCompanion kafka;
    private final ConsumerTask<String, String> records;
    private final String callTopic;
    private final Map<String, List<Event>> byKey = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    /** Records of {@link #records} already taken into the log. */
    private int taken;
    private int repeats;
    private int count;

    /**
     * The log of the topics of {@code routing} (its own call and agent topics, created with it: read from
     * their beginning, they hold only this test's events).
     */
    EventLog(RoutingInstances routing, String keyPrefix) {
        this.callTopic = routing.callTopic;
        this.kafka = TestEvents.companion();
        this.records = kafka.consumeStrings().fromTopics(Set.of(routing.callTopic, routing.agentTopic),
                r -> r.select().where(record -> record.key() != null && record.key().startsWith(keyPrefix)));
    }

    /** Reads until {@code done} holds for the events so far, or fails after {@code timeout}. */
    void readUntil(Predicate<EventLog> done, Duration timeout, String what) {
        try {
            await().atMost(timeout).pollInterval(READ_INTERVAL).until(() -> {
                take();
                return done.test(this);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("events on the topics: " + what + " not reached within " + timeout
                    + " (" + count + " events read)", e);
        }
    }

    /** Reads whatever else arrives within {@code quiet} (late repeats included). */
    void readFor(Duration quiet) {
        await().during(quiet).atMost(quiet.plus(quiet)).pollInterval(READ_INTERVAL).until(() -> {
            take();
            return true;
        });
    }

    /** Takes the records that arrived since the last look into the log, in arrival (per-partition) order. */
    private void take() {
        // a snapshot: the task's own list grows while the consumer thread receives (a view of it would not hold)
        List<ConsumerRecord<String, String>> all = List.copyOf(records.getRecords());
        for (ConsumerRecord<String, String> r : all.subList(taken, all.size())) {
            String id = TestEvents.header(r, "ce_id");
            if (!ids.add(id)) {
                repeats++;
                continue;
            }
            try {
                Event e = new Event(r.topic(), r.key(), id, TestEvents.type(r),
                        Instant.parse(TestEvents.header(r, "ce_time")), JSON.readTree(r.value()));
                byKey.computeIfAbsent((r.topic().equals(callTopic) ? "call" : "agent") + "/" + r.key(),
                        k -> new ArrayList<>()).add(e);
                count++;
            } catch (Exception e) {
                throw new AssertionError("unreadable event " + r, e);
            }
        }
        taken = all.size();
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
        records.stop();
        kafka.close();
    }
}
