package io.contactcenter.quality;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.Tokens;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Builds catalog-valid events and drives the quality API the way the IVR and the QA group do. */
public final class QualityTestSupport {

    public static final String CALL_ENDED = "contactcenter.call.ended";
    public static final String CALL_QUEUED = "contactcenter.call.queued";
    private static final ObjectMapper JSON = new ObjectMapper();

    private QualityTestSupport() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A contactcenter.call.ended body, checked against the catalog so the tests feed what routing really sends. */
    public static String callEnded(String contactId, String agentId, String intent, String disposition) {
        return callEnded(contactId, agentId, "team-7", intent, disposition, Instant.now());
    }

    public static String callEnded(String contactId, String agentId, String teamId, String intent, String disposition,
            Instant endedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactId", contactId);
        body.put("queueId", "complaints");
        body.put("agentId", agentId);
        body.put("teamId", teamId);
        body.put("channel", "VOICE");
        body.put("customerId", null);
        body.put("customerTier", "STANDARD");
        body.put("intent", intent);
        body.put("disposition", disposition);
        body.put("talkSeconds", 185.5);
        body.put("holdSeconds", 12);
        body.put("occurredAt", endedAt.truncatedTo(ChronoUnit.MILLIS).toString());
        String json = toJson(body);
        CatalogSchemas.assertValid(CALL_ENDED, json);
        return json;
    }

    public static String callQueued(String contactId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactId", contactId);
        body.put("queueId", "complaints");
        body.put("channel", "VOICE");
        body.put("customerId", null);
        body.put("customerTier", "STANDARD");
        body.put("intent", "COMPLAINT");
        body.put("language", "zh");
        body.put("position", 1);
        body.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        String json = toJson(body);
        CatalogSchemas.assertValid(CALL_QUEUED, json);
        return json;
    }

    public static Map<String, Object> survey(String surveyId, String agentId, int satisfaction, boolean praise) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("surveyId", surveyId);
        s.put("contactId", "c-" + surveyId);
        s.put("agentId", agentId);
        s.put("teamId", "team-7");
        s.put("satisfaction", satisfaction);
        s.put("resolved", true);
        s.put("praise", praise);
        s.put("comment", praise ? "她很耐心, very patient" : null);
        return s;
    }

    public static ValidatableResponse postSurvey(Map<String, Object> survey) {
        return given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(survey).post("/surveys").then();
    }

    public static ValidatableResponse asSupervisor(String path, Object... pathParams) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get(path, pathParams).then();
    }

    /** A request as {@code subject} with {@code role}: evaluators are supervisors, agents use their agent id. */
    public static RequestSpecification as(String role, String subject) {
        return given().header("Authorization", "Bearer " + Tokens.forRole(role, subject)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON);
    }

    public static void registerEvaluator(String evaluatorId, boolean active) {
        asAdmin().body(Map.of("name", "QA " + evaluatorId, "active", active))
                .put("/qa/evaluators/{id}", evaluatorId).then().statusCode(200);
    }

    /** Deactivates every evaluator but these (registered active): the tests that count assignments own the pool. */
    public static void onlyActiveEvaluators(String... evaluatorIds) {
        List<String> keep = List.of(evaluatorIds);
        List<Map<String, Object>> all = asAdmin().get("/qa/evaluators").then().statusCode(200).extract().jsonPath()
                .getList("$");
        for (Map<String, Object> e : all) {
            String id = (String) e.get("evaluatorId");
            if (Boolean.TRUE.equals(e.get("active")) && !keep.contains(id)) {
                registerEvaluator(id, false);
            }
        }
        keep.forEach(id -> registerEvaluator(id, true));
    }

    /** Waits until {@code count} evaluations match the query (the consumer works asynchronously). */
    public static JsonPath awaitEvaluations(String query, int count, Duration timeout) {
        // The items, not the total: the page and the count are two statements, a commit may fall between them.
        return await(count + " evaluations for " + query).atMost(timeout).until(
                () -> asAdmin().get("/qa/evaluations?size=200&" + query).then().statusCode(200).extract().jsonPath(),
                page -> page.getList("items").size() >= count);
    }

    /** Waits until GET /qa/candidates/{id} finds the contact (the consumer has recorded it). */
    public static ValidatableResponse awaitCandidate(String contactId, Duration timeout) {
        return await("candidate " + contactId).atMost(timeout).until(
                () -> given().header("Authorization", Tokens.bearer("supervisor")).get("/qa/candidates/{id}", contactId),
                r -> r.statusCode() == 200).then();
    }

    /** Sends a call event keyed by its contact, as routing-service does; returns its event id. */
    public static String sendCallEvent(KafkaCompanion kafka, String contactId, String type, String body) {
        return sendCallEvent(kafka, contactId, UUID.randomUUID().toString(), type, body);
    }

    /** With a given event id: the same id twice is a redelivery. */
    public static String sendCallEvent(KafkaCompanion kafka, String key, String eventId, String type, String body) {
        TestEvents.send(kafka, TestEvents.event(KafkaTestTopics.topic(QualityTestTopics.CALL_EVENTS), key, eventId,
                type, body));
        return eventId;
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
