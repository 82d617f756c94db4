package io.contactcenter.quality;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactId", contactId);
        body.put("queueId", "complaints");
        body.put("agentId", agentId);
        body.put("teamId", "team-7");
        body.put("channel", "VOICE");
        body.put("customerId", null);
        body.put("customerTier", "STANDARD");
        body.put("intent", intent);
        body.put("disposition", disposition);
        body.put("talkSeconds", 185.5);
        body.put("holdSeconds", 12);
        body.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
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

    /** Polls GET /qa/candidates/{id} until the consumer has recorded the contact, or fails at the deadline. */
    public static ValidatableResponse awaitCandidate(String contactId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Response r = given().header("Authorization", Tokens.bearer("supervisor"))
                    .get("/qa/candidates/{id}", contactId);
            if (r.statusCode() == 200) {
                return r.then();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("candidate " + contactId + " not recorded within " + timeout
                        + "; last answer " + r.statusCode() + " " + r.asString());
            }
            sleep(Duration.ofMillis(200));
        }
    }

    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
