package io.contactcenter.ticket;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;

import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.contactcenter.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Drives ticket-service the way routing-service (call events) and an agent desktop (REST) do. */
public final class TicketTestSupport {

    public static final String CALL_ENDED = "contactcenter.call.ended";

    private TicketTestSupport() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Now at millisecond precision, as producers write times. */
    public static Instant nowMillis() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A call.ended body as routing-service writes it (all catalog fields). */
    public static String callEnded(String contactId, String disposition, String customerTier, Instant occurredAt) {
        return """
                {"contactId":"%s","queueId":"complaints","agentId":"a-1042","teamId":"t-07","channel":"VOICE",\
                "customerId":"cust-88412","customerTier":"%s","intent":"COMPLAINT","disposition":"%s",\
                "talkSeconds":312.5,"holdSeconds":40,"occurredAt":"%s"}"""
                .formatted(contactId, customerTier, disposition, occurredAt);
    }

    public static ValidatableResponse ticketsForContact(String contactId) {
        return given().header("Authorization", Tokens.bearer("supervisor"))
                .queryParam("sourceContactId", contactId).get("/tickets").then().statusCode(200);
    }

    /** Waits until the call's ticket is listed (the consumer works asynchronously); returns it. */
    public static Map<String, Object> awaitTicketFor(String contactId, Duration timeout) {
        return await("ticket for contact " + contactId).atMost(timeout).until(
                () -> ticketsForContact(contactId).extract().jsonPath().<Map<String, Object>> getList("items"),
                items -> !items.isEmpty()).get(0);
    }

    /** The ticket's events as the broker delivers them, in order (one key, one partition). */
    public static ConsumerTask<String, String> ticketEvents(KafkaCompanion kafka, String ticketId) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic(TicketTestTopics.TICKET_EVENTS),
                e -> ticketId.equals(e.key()));
    }

    public static ValidatableResponse postTicket(String role, Object body) {
        return given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON)
                .body(body).post("/tickets").then();
    }

    /** POST /tickets/{id}/{action} as {@code role}, e.g. {@code status}, {@code assignment}, {@code confirmation}. */
    public static ValidatableResponse act(String role, String ticketId, String action, Object body) {
        return given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON)
                .body(body).post("/tickets/{id}/{action}", ticketId, action).then();
    }

    public static ValidatableResponse getTicket(String ticketId) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/tickets/{id}", ticketId).then()
                .statusCode(200);
    }

    public static long version(String ticketId) {
        return getTicket(ticketId).extract().jsonPath().getLong("version");
    }

    /** PUT /teams/{id}: the dispatch rules of the test profile send category "lab" tickets to team "lab". */
    public static ValidatableResponse defineTeam(String teamId, String supervisor, List<String> members) {
        return given().header("Authorization", Tokens.bearer("supervisor")).contentType(ContentType.JSON)
                .body(Map.of("supervisor", supervisor, "members", members)).put("/teams/{id}", teamId).then();
    }

    /** A body: alternating keys and values; nulls allowed (Map.of refuses them). */
    public static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    /**
     * A fresh key whose records land in the same partition as {@code key}'s (default partitioner:
     * murmur2 of the key). A record sent after {@code key}'s is processed after it, so once the
     * marker's effect shows, everything sent earlier for {@code key} has been handled.
     */
    public static String samePartitionKey(String topic, String key, String prefix) {
        int partitions = partitionCount(topic);
        int target = partitionOf(key, partitions);
        while (true) {
            String candidate = uniqueId(prefix);
            if (partitionOf(candidate, partitions) == target) {
                return candidate;
            }
        }
    }

    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static int partitionCount(String topic) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestTopics.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        } catch (Exception e) {
            throw new AssertionError("cannot describe topic " + topic, e);
        }
    }

}
