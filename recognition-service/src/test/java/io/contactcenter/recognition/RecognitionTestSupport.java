package io.contactcenter.recognition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.contactcenter.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Produces praise the way quality-service does and reads the results the way a wallboard does. */
public final class RecognitionTestSupport {

    public static final String TOPIC = "praise-events";
    public static final String DLQ = "praise-events.recognition-service.dlq";
    public static final String TYPE = "contactcenter.praise.received";
    public static final String CALLS = "call-events";
    public static final String CALL_ENDED = "contactcenter.call.ended";
    public static final String EVENTS = "recognition-events";
    public static final String AWARD_GRANTED = "contactcenter.award.granted";
    public static final String ROUND_PUBLISHED = "contactcenter.competition.round-published";
    /** The outbox relay polls every second (after a 2 s start delay); a few polls are plenty. */
    public static final Duration RELAYED = Duration.ofSeconds(15);
    /** How long to listen to be sure nothing more is published. */
    public static final Duration QUIET = Duration.ofSeconds(3);
    /** Consumer start-up (group join) takes a few seconds on the first record. */
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecognitionTestSupport() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A year of the test's own. Redis is flushed before each test, but records an earlier test of
     * the run sent may still be consumed after the flush; in another year they can never share a
     * center-wide board with this test's praise.
     */
    public static int freshYear() {
        return ThreadLocalRandom.current().nextInt(2100, 9000);
    }

    /** A praise.received body as the catalog defines it (every field present, nullable ones null). */
    public static String praiseBody(String praiseId, String agentId, String teamId, String source, String occurredAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("praiseId", praiseId);
        body.put("agentId", agentId);
        body.put("teamId", teamId);
        body.put("contactId", null);
        body.put("source", source);
        body.put("comment", "耐心细致 / patient and thorough");
        body.put("occurredAt", occurredAt);
        String json = write(body);
        CatalogSchemas.assertValid(TYPE, json);
        return json;
    }

    /** A call.ended body as routing-service writes it (checked against the catalog). */
    public static String callEnded(String contactId, String agentId, String teamId, String occurredAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactId", contactId);
        body.put("queueId", "general");
        body.put("agentId", agentId);
        body.put("teamId", teamId);
        body.put("channel", "VOICE");
        body.put("customerId", null);
        body.put("customerTier", "STANDARD");
        body.put("intent", "INQUIRY");
        body.put("disposition", "RESOLVED");
        body.put("talkSeconds", 120.5);
        body.put("holdSeconds", 0);
        body.put("occurredAt", occurredAt);
        String json = write(body);
        CatalogSchemas.assertValid(CALL_ENDED, json);
        return json;
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    public static ValidatableResponse getAs(String role, String path, Object... params) {
        return given().header("Authorization", Tokens.bearer(role)).get(path, params).then();
    }

    /** A GET with the agent's own token (subject = agent id): agents read only what is about them. */
    public static ValidatableResponse getAsAgent(String agentId, String path, Object... params) {
        return given().header("Authorization", "Bearer " + Tokens.forRole("agent", agentId)).get(path, params).then();
    }

    public static ValidatableResponse postAs(String role, Object body, String path, Object... params) {
        return given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON)
                .body(body).post(path, params).then();
    }

    /** A POST without a body (a command such as close or publish). */
    public static ValidatableResponse postNoBody(String role, String path, Object... params) {
        return given().header("Authorization", Tokens.bearer(role)).post(path, params).then();
    }

    public static ValidatableResponse postPraise(String role, Object body) {
        return given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON)
                .body(body).post("/praise").then();
    }

    public static JsonPath agentPraise(String agentId, String month) {
        return getAsAgent(agentId, "/agents/{id}/praise?month={m}", agentId, month).statusCode(200).extract().jsonPath();
    }

    /** Polls the API until the agent has {@code points} in {@code month}; fails with the last answer. */
    public static JsonPath awaitPoints(String agentId, String month, long points) {
        return eventually(() -> agentPraise(agentId, month), p -> p.getLong("points") == points,
                agentId + " to have " + points + " point(s) in " + month);
    }

    public static JsonPath awaitPraiseCount(String month, long praiseCount) {
        return eventually(() -> getAs("supervisor", "/praise/summary?month={m}", month).statusCode(200)
                .extract().jsonPath(), s -> s.getLong("praiseCount") == praiseCount,
                praiseCount + " praise(s) counted in " + month);
    }

    /** Waits until {@code done} holds for what {@code read} returns; fails with {@code what}. */
    public static <T> T eventually(Supplier<T> read, Predicate<T> done, String what) {
        return await(what).atMost(DEADLINE).until(read::get, done::test);
    }

    /** Sends a CloudEvent to the run's {@code topic} (a catalog name); returns its event id. */
    public static String send(KafkaCompanion kafka, String topic, String key, String type, String body) {
        return send(kafka, topic, key, UUID.randomUUID().toString(), type, body);
    }

    /** With a given event id: the same id twice is a redelivery. */
    public static String send(KafkaCompanion kafka, String topic, String key, String eventId, String type,
            String body) {
        TestEvents.send(kafka, TestEvents.event(KafkaTestTopics.topic(topic), key, eventId, type, body));
        return eventId;
    }

    /** A record without CloudEvents headers. */
    public static void sendRaw(KafkaCompanion kafka, String topic, String key, String value) {
        TestEvents.send(kafka, TestEvents.raw(KafkaTestTopics.topic(topic), key, value));
    }

    /** The matching records of the run's {@code topic} as they arrive. */
    public static ConsumerTask<String, String> records(KafkaCompanion kafka, String topic,
            java.util.function.Predicate<ConsumerRecord<String, String>> filter) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic(topic), filter);
    }
}
