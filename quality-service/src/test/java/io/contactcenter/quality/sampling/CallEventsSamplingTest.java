package io.contactcenter.quality.sampling;

import static io.contactcenter.quality.QualityTestSupport.CALL_ENDED;
import static io.contactcenter.quality.QualityTestSupport.CALL_QUEUED;
import static io.contactcenter.quality.QualityTestSupport.asAdmin;
import static io.contactcenter.quality.QualityTestSupport.asSupervisor;
import static io.contactcenter.quality.QualityTestSupport.awaitEvaluations;
import static io.contactcenter.quality.QualityTestSupport.postSurvey;
import static io.contactcenter.quality.QualityTestSupport.survey;
import static io.contactcenter.quality.QualityTestSupport.awaitCandidate;
import static io.contactcenter.quality.QualityTestSupport.callEnded;
import static io.contactcenter.quality.QualityTestSupport.callQueued;
import static io.contactcenter.quality.QualityTestSupport.sendCallEvent;
import static io.contactcenter.quality.QualityTestSupport.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.quality.QualityTestTopics;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** call-events from the real broker into QA candidates and evaluation tasks in the real database: the sampling rules. */
@QuarkusTest
class CallEventsSamplingTest {

    /** The consumer may first have to join its group and read older records. */
    static final Duration CONSUMED = Duration.ofSeconds(60);
    /** A Tuesday and the Tuesday after, 10:00 in Shanghai: weeks of their own, apart from today's traffic. */
    static final Instant WEEK_1 = Instant.parse("2026-03-03T02:00:00Z");
    static final Instant WEEK_2 = Instant.parse("2026-03-10T02:00:00Z");

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
    void complaintIsSelectedForReview() {
        String contact = uniqueId("c");
        String agent = uniqueId("a");
        sendCallEvent(kafka, contact, CALL_ENDED, callEnded(contact, agent, "INQUIRY", "COMPLAINT"));

        awaitCandidate(contact, CONSUMED)
                .body("contactId", equalTo(contact))
                .body("agentId", equalTo(agent))
                .body("teamId", equalTo("team-7"))
                .body("queueId", equalTo("complaints"))
                .body("disposition", equalTo("COMPLAINT"))
                .body("talkSeconds", equalTo(185.5f))
                .body("endedAt", notNullValue())
                .body("selected", equalTo(true))
                .body("selectionReason", equalTo("COMPLAINT"));

        asSupervisor("/qa/candidates?selected=true&agentId={a}", agent).statusCode(200)
                .body("total", equalTo(1))
                .body("items.contactId", equalTo(List.of(contact)));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("qa_candidates_total{reason=\"COMPLAINT\",selected=\"true\"}"));
        awaitEvaluations("agentId=" + agent, 1, CONSUMED);
        asSupervisor("/qa/evaluations?agentId={a}", agent).statusCode(200)
                .body("items[0].contactId", equalTo(contact))
                .body("items[0].selectionReason", equalTo("COMPLAINT"))
                .body("items[0].status", equalTo("OPEN"));
    }

    @Test
    void weeklyQuotaPicksTheAgentsFirstRoutineCallsOfEachWeekAndComplaintsComeOnTop() {
        String agent = uniqueId("a");
        List<String> week1 = sendCalls(agent, 7, WEEK_1, "INQUIRY", "RESOLVED");
        List<String> week2 = sendCalls(agent, 2, WEEK_2, "TRANSACTION", "INFORMATION");
        List<String> complaint = sendCalls(agent, 1, WEEK_1, "COMPLAINT", "COMPLAINT");

        Map<String, List<String>> w1 = reasons(week1);
        assertEquals(5, w1.getOrDefault("QUOTA", List.of()).size(), "weekly quota 5: " + w1);
        assertEquals(2, w1.getOrDefault("NONE", List.of()).size(), w1.toString());
        assertEquals(Map.of("QUOTA", week2), reasons(week2), "a new week, a new quota");
        assertEquals(Map.of("COMPLAINT", complaint), reasons(complaint), "complaints use no quota");
        // Every picked call is one open task, none for the others.
        JsonPath tasks = awaitEvaluations("agentId=" + agent, 8, CONSUMED);
        assertEquals(8, tasks.getInt("total"));
        assertTrue(tasks.getList("items.status").stream().allMatch("OPEN"::equals));
    }

    @Test
    void newAgentsGetTheLargerQuotaForTheirFirstThreeMonths() {
        String fresh = uniqueId("a");
        String veteran = uniqueId("a");
        LocalDate week = LocalDate.ofInstant(WEEK_1, ZoneOffset.UTC);
        asAdmin().body(Map.of("hireDate", week.minusMonths(1).toString(), "teamId", "team-7"))
                .put("/qa/agents/{id}", fresh).then().statusCode(200)
                .body("newAgentUntil", equalTo(week.minusMonths(1).plusMonths(3).toString()));
        asAdmin().body(Map.of("hireDate", week.minusMonths(4).toString()))
                .put("/qa/agents/{id}", veteran).then().statusCode(200);

        Map<String, List<String>> freshReasons = reasons(sendCalls(fresh, 12, WEEK_1, "INQUIRY", "RESOLVED"));
        Map<String, List<String>> veteranReasons = reasons(sendCalls(veteran, 7, WEEK_1, "INQUIRY", "RESOLVED"));

        assertEquals(5, freshReasons.get("QUOTA").size(), freshReasons.toString());
        assertEquals(5, freshReasons.get("NEW_AGENT").size(), "the new-agent quota of 10: " + freshReasons);
        assertEquals(2, freshReasons.get("NONE").size(), freshReasons.toString());
        assertEquals(5, veteranReasons.get("QUOTA").size(), "hired 4 months ago: an ordinary agent");
        assertEquals(2, veteranReasons.get("NONE").size());
        asSupervisor("/qa/agents/{id}", uniqueId("nobody")).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void lowSurveyPicksTheCallWhicheverArrivesFirst() {
        String agent = uniqueId("a");
        // Use up the quota, so only the survey can pick the next call.
        reasons(sendCalls(agent, 5, WEEK_1, "INQUIRY", "RESOLVED"));
        String later = sendCalls(agent, 1, WEEK_1, "INQUIRY", "RESOLVED").get(0);
        awaitCandidate(later, CONSUMED).body("selected", equalTo(false));

        // 1. The call is known, then a low survey arrives: picked now.
        postSurvey(surveyFor(later, agent, 2)).statusCode(201);
        asSupervisor("/qa/candidates/{id}", later).statusCode(200)
                .body("selected", equalTo(true)).body("selectionReason", equalTo("LOW_SURVEY"));
        // 2. The survey arrives before its call: the call is picked when it ends, quota full or not.
        String surveyedFirst = uniqueId("c");
        postSurvey(surveyFor(surveyedFirst, agent, 1)).statusCode(201);
        sendCallEvent(kafka, surveyedFirst, CALL_ENDED, callEnded(surveyedFirst, agent, "team-7", "INQUIRY", "RESOLVED", WEEK_1));
        awaitCandidate(surveyedFirst, CONSUMED).body("selectionReason", equalTo("LOW_SURVEY"));
        // 3. A middling survey picks nothing.
        String middling = sendCalls(agent, 1, WEEK_1, "INQUIRY", "RESOLVED").get(0);
        awaitCandidate(middling, CONSUMED).body("selected", equalTo(false));
        postSurvey(surveyFor(middling, agent, 3)).statusCode(201);
        asSupervisor("/qa/candidates/{id}", middling).statusCode(200).body("selected", equalTo(false));

        JsonPath tasks = awaitEvaluations("agentId=" + agent, 7, CONSUMED);
        assertEquals(2, tasks.getList("items.selectionReason").stream().filter("LOW_SURVEY"::equals).count());
    }

    @Test
    void noCallIsPickedTwice() {
        String contact = uniqueId("c");
        String agent = uniqueId("a");
        sendCallEvent(kafka, contact, CALL_ENDED, callEnded(contact, agent, "COMPLAINT", "COMPLAINT"));
        awaitCandidate(contact, CONSUMED).body("selectionReason", equalTo("COMPLAINT"));
        // The same call re-published (a new event id), a low survey and a supervisor's pick on top.
        sendCallEvent(kafka, contact, CALL_ENDED, callEnded(contact, agent, "COMPLAINT", "COMPLAINT"));
        postSurvey(surveyFor(contact, agent, 1)).statusCode(201);
        asAdmin().body(Map.of("contactId", contact)).post("/qa/evaluations").then().statusCode(409)
                .contentType("application/problem+json");
        String fence = uniqueId("c");
        sendCallEvent(kafka, contact, CALL_ENDED, callEnded(fence, agent, "INQUIRY", "RESOLVED"));
        awaitCandidate(fence, CONSUMED);

        JsonPath tasks = awaitEvaluations("agentId=" + agent, 2, CONSUMED);
        assertEquals(1, tasks.getList("items.contactId").stream().filter(contact::equals).count(), tasks.prettify());
        asSupervisor("/qa/candidates/{id}", contact).statusCode(200).body("selectionReason", equalTo("COMPLAINT"));
    }

    @Test
    void supervisorPicksACallSamplingLeftOut() {
        String agent = uniqueId("a");
        reasons(sendCalls(agent, 5, WEEK_2, "INQUIRY", "RESOLVED"));
        String leftOut = sendCalls(agent, 1, WEEK_2, "INQUIRY", "RESOLVED").get(0);
        awaitCandidate(leftOut, CONSUMED).body("selected", equalTo(false));

        asAdmin().body(Map.of("contactId", leftOut)).post("/qa/evaluations").then().statusCode(201)
                .header("Location", containsString("/qa/evaluations/"))
                .body("contactId", equalTo(leftOut))
                .body("selectionReason", equalTo("MANUAL"))
                .body("status", equalTo("OPEN"));
        asSupervisor("/qa/candidates/{id}", leftOut).statusCode(200).body("selectionReason", equalTo("MANUAL"));
        asAdmin().body(Map.of("contactId", uniqueId("unknown"))).post("/qa/evaluations").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Sends {@code n} call.ended events a minute apart from {@code start}; returns their contact ids. */
    private List<String> sendCalls(String agent, int n, Instant start, String intent, String disposition) {
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String contact = uniqueId("c");
            sendCallEvent(kafka, contact, CALL_ENDED,
                    callEnded(contact, agent, "team-7", intent, disposition, start.plusSeconds(60L * i)));
            contacts.add(contact);
        }
        return contacts;
    }

    /** Waits for every contact and groups them by selection reason (NONE: not picked). */
    private static Map<String, List<String>> reasons(List<String> contacts) {
        Map<String, List<String>> byReason = new TreeMap<>();
        for (String contact : contacts) {
            String reason = awaitCandidate(contact, CONSUMED).extract().path("selectionReason");
            byReason.computeIfAbsent(reason == null ? "NONE" : reason, k -> new ArrayList<>()).add(contact);
        }
        return byReason;
    }

    private static Map<String, Object> surveyFor(String contact, String agent, int satisfaction) {
        Map<String, Object> survey = survey(uniqueId("s"), agent, satisfaction, false);
        survey.put("contactId", contact);
        return survey;
    }

    @Test
    void redeliveredEventChangesNothing() {
        String key = uniqueId("c");
        String agent = uniqueId("a");
        String eventId = sendCallEvent(kafka, key, CALL_ENDED, callEnded(key, agent, "COMPLAINT", "RESOLVED"));
        awaitCandidate(key, CONSUMED);

        // The redelivery carries another contact id, so only the event-id check (not the contact's
        // primary key) can keep it out. The fresh event after it on the same key (one partition, in
        // order) proves the redelivery has been consumed by the time the fresh one is visible.
        String notRecorded = key + "-redelivered";
        sendCallEvent(kafka, key, eventId, CALL_ENDED, callEnded(notRecorded, agent, "COMPLAINT", "RESOLVED"));
        String fence = key + "-fence";
        sendCallEvent(kafka, key, CALL_ENDED, callEnded(fence, agent, "INQUIRY", "RESOLVED"));
        awaitCandidate(fence, CONSUMED);

        asSupervisor("/qa/candidates/{id}", notRecorded).statusCode(404)
                .contentType("application/problem+json");
        asSupervisor("/qa/candidates?agentId={a}", agent).statusCode(200)
                .body("total", equalTo(2))
                .body("items.contactId", containsInAnyOrder(key, fence));
    }

    @Test
    void otherCallEventTypesAreSkippedAndConsumptionGoesOn() {
        String contact = uniqueId("c");
        // A call.queued body is no call.ended: were it parsed as one, it would be dead-lettered.
        sendCallEvent(kafka, contact, CALL_QUEUED, callQueued(contact));
        sendCallEvent(kafka, contact, CALL_ENDED, callEnded(contact, uniqueId("a"), "COMPLAINT", "COMPLAINT"));
        // A poison record behind them on the same key: the only dead letter for the contact must be this one.
        TestEvents.send(kafka, TestEvents.raw(KafkaTestTopics.topic(QualityTestTopics.CALL_EVENTS), contact, "fence"));

        awaitCandidate(contact, CONSUMED).body("intent", equalTo("COMPLAINT"));
        assertEquals("fence", deadLetters(contact).awaitRecords(1, CONSUMED).getFirstRecord().value(),
                "the call.queued was skipped, not dead-lettered");
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextEventIsStillRecorded() {
        String contact = uniqueId("c");
        TestEvents.send(kafka, TestEvents.raw(KafkaTestTopics.topic(QualityTestTopics.CALL_EVENTS), contact, "not json"));
        // Valid envelope, invalid body (a negative talk time): rejected too, on its own.
        String invalid = callEnded(contact, uniqueId("a"), "INQUIRY", "RESOLVED").replace("185.5", "-1");
        sendCallEvent(kafka, contact, CALL_ENDED, invalid);
        sendCallEvent(kafka, contact, CALL_ENDED, callEnded(contact, uniqueId("a"), "INQUIRY", "COMPLAINT"));

        List<ConsumerRecord<String, String>> dead = deadLetters(contact).awaitRecords(2, CONSUMED).getRecords();
        assertEquals("not json", dead.get(0).value());
        assertNotNull(TestEvents.header(dead.get(0), "dead-letter-reason"));
        assertEquals(invalid, dead.get(1).value());
        assertEquals(CALL_ENDED, TestEvents.type(dead.get(1)), "the original headers travel with the record");
        String reason = TestEvents.header(dead.get(1), "dead-letter-reason");
        assertTrue(reason.contains("talkSeconds"), reason);

        awaitCandidate(contact, CONSUMED).body("selectionReason", equalTo("COMPLAINT"));
    }

    private ConsumerTask<String, String> deadLetters(String key) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic(QualityTestTopics.DLQ), e -> key.equals(e.key()));
    }

    @Test
    void unknownCandidateIsA404Problem() {
        asSupervisor("/qa/candidates/{id}", "nobody-" + uniqueId("c")).statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("not found"));
    }

    @Test
    void summaryListsEveryReason() {
        asSupervisor("/qa/summary").statusCode(200)
                .body("candidates", notNullValue())
                .body("selected", notNullValue())
                .body("byReason.keySet()", hasItem("COMPLAINT"))
                .body("byReason.keySet()", hasItem("RANDOM"))
                .body("byReason.keySet()", not(hasItem("null")));
    }
}
