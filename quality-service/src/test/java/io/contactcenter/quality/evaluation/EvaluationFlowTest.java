package io.contactcenter.quality.evaluation;

import static io.contactcenter.quality.QualityTestSupport.CALL_ENDED;
import static io.contactcenter.quality.QualityTestSupport.as;
import static io.contactcenter.quality.QualityTestSupport.asAdmin;
import static io.contactcenter.quality.QualityTestSupport.awaitEvaluations;
import static io.contactcenter.quality.QualityTestSupport.callEnded;
import static io.contactcenter.quality.QualityTestSupport.onlyActiveEvaluators;
import static io.contactcenter.quality.QualityTestSupport.registerEvaluator;
import static io.contactcenter.quality.QualityTestSupport.sendCallEvent;
import static io.contactcenter.quality.QualityTestSupport.uniqueId;
import static io.contactcenter.quality.scorecard.TestScorecards.callA;
import static io.contactcenter.quality.scorecard.TestScorecards.perfect;
import static io.contactcenter.quality.scorecard.TestScorecards.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.CatalogSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.quality.QualityTestTopics;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A picked call from task to final score over HTTP, with the quality-events each step publishes read
 * back from the real broker and checked against the catalog: assignment, scoring with a pinned
 * scorecard version, acknowledge, dispute to a second reviewer, review.
 */
@QuarkusTest
class EvaluationFlowTest {

    static final Duration CONSUMED = Duration.ofSeconds(60);
    static final Duration RELAYED = Duration.ofSeconds(15);

    KafkaCompanion kafka;

    @BeforeEach
    void open() {
        kafka = TestEvents.companion();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void tasksAreSpreadOverTheActiveEvaluators() {
        String[] evaluators = { uniqueId("qa"), uniqueId("qa"), uniqueId("qa") };
        onlyActiveEvaluators(evaluators);
        String agent = uniqueId("a");
        List<String> contacts = complaints(agent, 9);

        JsonPath tasks = awaitEvaluations("agentId=" + agent, 9, CONSUMED);
        Map<String, Integer> perEvaluator = new HashMap<>();
        tasks.getList("items.evaluatorId", String.class).forEach(e -> perEvaluator.merge(e, 1, Integer::sum));
        assertEquals(Map.of(), without(perEvaluator, evaluators), "only active evaluators get tasks");
        assertEquals(contacts.size(), tasks.getList("items.contactId").size());
        // Other tests of the run may add tasks, but the least-loaded rule keeps loads level.
        List<Integer> open = openWork(evaluators);
        assertTrue(open.stream().mapToInt(i -> i).max().orElseThrow()
                - open.stream().mapToInt(i -> i).min().orElseThrow() <= 1, "open work per evaluator: " + open);
    }

    @Test
    void tasksPickedWhileNobodyIsActiveWaitForTheNextEvaluator() {
        String nobody = uniqueId("qa");
        onlyActiveEvaluators(nobody);
        registerEvaluator(nobody, false);
        String agent = uniqueId("a");
        complaints(agent, 1);
        String id = awaitEvaluations("agentId=" + agent, 1, CONSUMED).getString("items[0].evaluationId");
        asAdmin().get("/qa/evaluations/{id}", id).then().statusCode(200).body("evaluatorId", nullValue());

        String newcomer = uniqueId("qa");
        registerEvaluator(newcomer, true);
        asAdmin().post("/qa/evaluations/assign").then().statusCode(200);
        asAdmin().get("/qa/evaluations/{id}", id).then().statusCode(200).body("evaluatorId", equalTo(newcomer));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("qa_evaluations_open"))
                .body(containsString("qa_evaluations_unassigned"))
                .body(containsString("qa_disputes_pending"));
    }

    @Test
    void scoredDisputedAndReviewedWithThePinnedScorecardVersion() {
        String first = uniqueId("qa");
        String second = uniqueId("qa");
        onlyActiveEvaluators(first, second);
        String scorecard = publishTwoItemScorecard(uniqueId("sc"), 70);
        String agent = uniqueId("a");
        String contact = complaints(agent, 1).get(0);
        String id = task(agent, first);

        // Wrong evaluator, bad answers: refused, and nothing changes.
        as("supervisor", second).body(Map.of("scorecardId", scorecard, "answers", Map.of("accuracy", "YES", "tone", "4")))
                .post("/qa/evaluations/{id}/submit", id).then().statusCode(403).contentType("application/problem+json");
        as("supervisor", first).body(Map.of("scorecardId", scorecard, "answers", Map.of("accuracy", "YES", "tone", "9")))
                .post("/qa/evaluations/{id}/submit", id).then().statusCode(400)
                .body("violations[0].field", equalTo("answers.tone"));
        asAdmin().get("/qa/evaluations/{id}", id).then().body("status", equalTo("OPEN")).body("score", nullValue());

        // accuracy YES (60 of 60) + tone 2 of 4 (20 of 40): 80, pass mark 70 of version 1.
        as("supervisor", first).body(Map.of("scorecardId", scorecard, "answers", Map.of("accuracy", "YES", "tone", "2"),
                "comment", "good facts, flat tone"))
                .post("/qa/evaluations/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("scorecardVersion", equalTo(1))
                .body("score", equalTo(80.0f))
                .body("passed", equalTo(true))
                .body("sections.scoreRate", equalTo(List.of(100.0f, 50.0f)));
        as("supervisor", first).body(Map.of("scorecardId", scorecard, "answers", Map.of("accuracy", "YES", "tone", "4")))
                .post("/qa/evaluations/{id}/submit", id).then().statusCode(409);
        JsonPath completed = assertEvent(EvaluationCompleted.TYPE, contact);
        assertEquals(first, completed.getString("evaluatorId"));
        assertEquals(1, completed.getInt("scorecardVersion"));

        // Version 2 changes the weights and the pass mark; the evaluation keeps version 1.
        publishTwoItemScorecard(scorecard, 90);
        asAdmin().get("/qa/scorecards/{id}", scorecard).then().body("version", equalTo(2));

        as("agent", uniqueId("a")).post("/qa/evaluations/{id}/dispute", id).then().statusCode(400);
        // An agent acts only on the evaluations about itself: another's are 403 problems.
        as("agent", uniqueId("a")).body(Map.of("reason", "not mine")).post("/qa/evaluations/{id}/dispute", id).then()
                .statusCode(403).contentType("application/problem+json");
        as("agent", uniqueId("a")).post("/qa/evaluations/{id}/acknowledge", id).then()
                .statusCode(403).contentType("application/problem+json");
        as("agent", agent).get("/qa/evaluations/{id}", id).then().statusCode(200);
        as("agent", uniqueId("a")).get("/qa/evaluations/{id}", id).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("acts only for that agent"));
        as("agent", agent).body(Map.of("reason", "The customer had the facts already; my tone was fine"))
                .post("/qa/evaluations/{id}/dispute", id).then().statusCode(200)
                .body("status", equalTo("DISPUTED"))
                .body("reviewerId", equalTo(second));
        JsonPath disputed = assertEvent(EvaluationDisputed.TYPE, contact);
        assertEquals(second, disputed.getString("reviewerId"));
        as("agent", agent).post("/qa/evaluations/{id}/acknowledge", id).then().statusCode(409);

        // The first evaluator cannot review their own work; the second amends: tone 3 of 4 (30 of 40) = 90.
        as("supervisor", first).body(Map.of("outcome", "UPHELD")).post("/qa/evaluations/{id}/review", id).then()
                .statusCode(403);
        as("supervisor", second).body(Map.of("outcome", "AMENDED")).post("/qa/evaluations/{id}/review", id).then()
                .statusCode(400).body("violations[0].field", equalTo("answers"));
        as("supervisor", second).body(Map.of("outcome", "AMENDED", "answers", Map.of("accuracy", "YES", "tone", "3"),
                "comment", "tone was acceptable"))
                .post("/qa/evaluations/{id}/review", id).then().statusCode(200)
                .body("status", equalTo("REVIEWED"))
                .body("reviewOutcome", equalTo("AMENDED"))
                .body("scorecardVersion", equalTo(1))
                .body("originalScore", equalTo(80.0f))
                .body("score", equalTo(90.0f))
                .body("passMark", equalTo(70.0f));
        JsonPath reviewed = assertEvent(EvaluationReviewed.TYPE, contact);
        assertEquals(80.0, reviewed.getDouble("previousScore"));
        assertEquals(90.0, reviewed.getDouble("score"));
        assertEquals("AMENDED", reviewed.getString("outcome"));
        as("supervisor", second).body(Map.of("outcome", "UPHELD")).post("/qa/evaluations/{id}/review", id).then()
                .statusCode(409);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("qa_evaluations_completed_total{critical_failed=\"false\",passed=\"true\"}"))
                .body(containsString("qa_evaluation_score_count"))
                .body(containsString("qa_evaluation_responses_total{response=\"DISPUTED\"}"))
                .body(containsString("qa_reviews_total{outcome=\"AMENDED\"}"));
    }

    @Test
    void acknowledgedWithTheDefaultScorecardAndACriticalFailure() {
        String evaluator = uniqueId("qa");
        onlyActiveEvaluators(evaluator);
        String agent = uniqueId("a");
        List<String> contacts = complaints(agent, 2);
        JsonPath tasks = awaitEvaluations("agentId=" + agent, 2, CONSUMED);
        String a = tasks.getString("items.find { it.contactId == '" + contacts.get(0) + "' }.evaluationId");
        String b = tasks.getString("items.find { it.contactId == '" + contacts.get(1) + "' }.evaluationId");

        as("supervisor", evaluator).body(Map.of("answers", callA())).post("/qa/evaluations/{id}/submit", a).then()
                .statusCode(200)
                .body("scorecardId", equalTo("default"))
                .body("score", equalTo(76.14f))
                .body("passed", equalTo(false))
                .body("sections.section", equalTo(List.of("service-skill", "empathy", "service-initiative",
                        "courtesy", "business-accuracy")))
                .body("items.find { it.item == 'hold-transfer' }.applicable", equalTo(false));
        JsonPath completed = assertEvent(EvaluationCompleted.TYPE, contacts.get(0));
        assertEquals("COMPLAINT", completed.getString("selectionReason"));
        assertEquals(76.14, completed.getDouble("score"));
        assertEquals(66.67, completed.getDouble("sections.find { it.section == 'courtesy' }.scoreRate"));

        as("supervisor", evaluator).body(Map.of("answers", with(perfect(), "no-forbidden-phrases", "NO")))
                .post("/qa/evaluations/{id}/submit", b).then().statusCode(200)
                .body("rawScore", equalTo(95.0f))
                .body("score", equalTo(0.0f))
                .body("criticalFailed", equalTo(true))
                .body("passed", equalTo(false));

        as("agent", agent).post("/qa/evaluations/{id}/acknowledge", a).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("respondedAt", notNullValue());
        JsonPath acknowledged = assertEvent(EvaluationAcknowledged.TYPE, contacts.get(0));
        assertEquals(76.14, acknowledged.getDouble("score"));
        as("agent", agent).body(Map.of("reason", "too late")).post("/qa/evaluations/{id}/dispute", a).then()
                .statusCode(409);

        asAdmin().get("/qa/evaluations?status=ACKNOWLEDGED&agentId={a}", agent).then().statusCode(200)
                .body("total", equalTo(1));
        asAdmin().get("/qa/evaluations?status=LOST").then().statusCode(400)
                .body("violations.field", hasItems("status"));
        asAdmin().get("/qa/evaluations/{id}", "not-a-uuid").then().statusCode(400);
        asAdmin().get("/qa/evaluations/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Two sections: accuracy (YES/NO, critical) and tone (scale 0..4); weights change with the pass mark. */
    private static String publishTwoItemScorecard(String id, int passMark) {
        int accuracy = passMark == 70 ? 60 : 50;
        Map<String, Object> definition = Map.of("name", "Two items", "passMark", passMark, "sections", List.of(
                Map.of("key", "accuracy", "name", "Accuracy", "items", List.of(Map.of("key", "accuracy", "text",
                        "Correct answer", "answerType", "YES_NO", "maxPoints", accuracy, "critical", true))),
                Map.of("key", "tone", "name", "Tone", "items", List.of(Map.of("key", "tone", "text", "Friendly tone",
                        "answerType", "SCALE", "maxPoints", 100 - accuracy, "scaleMax", 4)))));
        asAdmin().body(definition).put("/qa/scorecards/{id}", id).then().statusCode(201);
        return id;
    }

    private List<String> complaints(String agent, int n) {
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String contact = uniqueId("c");
            sendCallEvent(kafka, contact, CALL_ENDED, callEnded(contact, agent, "COMPLAINT", "COMPLAINT"));
            contacts.add(contact);
        }
        return contacts;
    }

    /** The agent's single task, moved to {@code evaluator}. */
    private static String task(String agent, String evaluator) {
        String id = awaitEvaluations("agentId=" + agent, 1, CONSUMED).getString("items[0].evaluationId");
        asAdmin().body(Map.of("evaluatorId", evaluator)).put("/qa/evaluations/{id}/evaluator", id).then()
                .statusCode(200).body("evaluatorId", equalTo(evaluator));
        return id;
    }

    /** The event of this type about this contact, from the broker, checked against the catalog; returns its body. */
    private JsonPath assertEvent(String type, String contact) {
        ConsumerRecord<String, String> e = TestEvents.consume(kafka, KafkaTestTopics.topic(QualityTestTopics.QUALITY_EVENTS),
                r -> contact.equals(r.key()) && type.equals(TestEvents.type(r))).awaitRecords(1, RELAYED).getFirstRecord();
        assertEquals("/quality-service", TestEvents.header(e, "ce_source"));
        assertEquals(contact, TestEvents.header(e, "ce_subject"));
        assertEquals("1.0", TestEvents.header(e, "ce_specversion"));
        CatalogSchemas.assertValid(type, e.value());
        JsonPath body = new JsonPath(e.value());
        assertEquals(contact, body.getString("contactId"));
        return body;
    }

    private static List<Integer> openWork(String... evaluators) {
        JsonPath all = asAdmin().get("/qa/evaluators").then().statusCode(200).extract().jsonPath();
        return List.of(evaluators).stream()
                .map(id -> all.getInt("find { it.evaluatorId == '" + id + "' }.openWork")).toList();
    }

    private static Map<String, Integer> without(Map<String, Integer> counts, String... keys) {
        Map<String, Integer> rest = new HashMap<>(counts);
        List.of(keys).forEach(rest::remove);
        return rest;
    }
}
