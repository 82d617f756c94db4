package io.contactcenter.quality.survey;

import static io.contactcenter.quality.QualityTestSupport.CALL_ENDED;
import static io.contactcenter.quality.QualityTestSupport.asSupervisor;
import static io.contactcenter.quality.QualityTestSupport.awaitCandidate;
import static io.contactcenter.quality.QualityTestSupport.postSurvey;
import static io.contactcenter.quality.QualityTestSupport.sendCallEvent;
import static io.contactcenter.quality.QualityTestSupport.survey;
import static io.contactcenter.quality.QualityTestSupport.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.CatalogSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.quality.QualityTestSupport;
import io.contactcenter.quality.QualityTestTopics;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Surveys over HTTP into the real database, about the agent and team of their call (call.ended on the real
 * call-events topic); praise through the outbox onto the real praise-events topic.
 */
@QuarkusTest
class SurveyPraiseTest {

    static final String PRAISE = "contactcenter.praise.received";
    /** The outbox relay polls every second (after a 2 s start delay); a few polls are plenty. */
    static final Duration RELAYED = Duration.ofSeconds(15);
    static final Duration QUIET = Duration.ofSeconds(2);

    KafkaCompanion kafka;

    @BeforeEach
    void open() {
        kafka = TestEvents.companion();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    /** The call the survey {@code surveyId} is about ({@code QualityTestSupport.survey}'s contact), ended and consumed. */
    private void callEnded(String surveyId, String agent, String team) {
        String contact = "c-" + surveyId;
        sendCallEvent(kafka, contact, CALL_ENDED, QualityTestSupport.callEnded(contact, agent, team, "INQUIRY",
                "RESOLVED", Instant.now()));
        awaitCandidate(contact, RELAYED);
    }

    /** The agent's praise events as the broker delivers them (keyed by agent). */
    private ConsumerTask<String, String> praiseFor(String agent) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic(QualityTestTopics.PRAISE_EVENTS),
                e -> agent.equals(e.key()));
    }

    @Test
    void praisingSurveyPublishesOnePraiseEvenWhenSentTwice() {
        String agent = uniqueId("a");
        String surveyId = uniqueId("s");
        Map<String, Object> survey = survey(surveyId, agent, 5, true);
        callEnded(surveyId, agent, "team-7");

        String receivedAt = postSurvey(survey).statusCode(201)
                .header("Location", containsString("/surveys/" + surveyId))
                .body("surveyId", equalTo(surveyId))
                .body("praise", equalTo(true))
                .body("callKnown", equalTo(true))
                .body("receivedAt", notNullValue())
                .extract().path("receivedAt");
        // The resend (IVR retry) gets the stored survey back, unchanged.
        postSurvey(survey).statusCode(200)
                .body("surveyId", equalTo(surveyId))
                .body("receivedAt", equalTo(receivedAt));

        ConsumerTask<String, String> published = praiseFor(agent).awaitRecords(1, RELAYED);
        ConsumerRecord<String, String> praise = published.getFirstRecord();
        assertEquals(PRAISE, TestEvents.type(praise));
        assertEquals("/quality-service", TestEvents.header(praise, "ce_source"));
        assertEquals(agent, TestEvents.header(praise, "ce_subject"));
        assertEquals("1.0", TestEvents.header(praise, "ce_specversion"));
        assertNotNull(TestEvents.header(praise, "ce_id"));
        CatalogSchemas.assertValid(PRAISE, praise.value());
        JsonPath body = new JsonPath(praise.value());
        assertEquals("survey-" + surveyId, body.getString("praiseId"));
        assertEquals(agent, body.getString("agentId"));
        assertEquals("team-7", body.getString("teamId"));
        assertEquals("c-" + surveyId, body.getString("contactId"));
        assertEquals("SURVEY", body.getString("source"));
        assertEquals("她很耐心, very patient", body.getString("comment"));

        await("one praise for one survey, however often it is sent").during(QUIET).atMost(RELAYED)
                .until(() -> published.count() == 1);
    }

    @Test
    void surveyWithoutPraisePublishesNothing() {
        String agent = uniqueId("a");
        String plain = uniqueId("s");
        callEnded(plain, agent, "team-7");
        postSurvey(survey(plain, agent, 3, false)).statusCode(201).body("praise", equalTo(false));
        // The outbox relays in write order: once this later praise is out, the earlier survey had its chance.
        String praising = uniqueId("s");
        callEnded(praising, agent, "team-7");
        postSurvey(survey(praising, agent, 4, true)).statusCode(201);

        ConsumerTask<String, String> forAgent = praiseFor(agent).awaitRecords(1, RELAYED);
        await().during(QUIET).atMost(RELAYED).until(() -> forAgent.count() == 1);
        String only = forAgent.getFirstRecord().value();
        assertTrue(only.contains("\"praiseId\":\"survey-" + praising + "\""), only);
    }

    @Test
    void aSurveyIsAboutTheCallsAgentAndTeamNotOthers() {
        String agent = uniqueId("a");
        String surveyId = uniqueId("s");
        callEnded(surveyId, agent, "team-7");
        ConsumerTask<String, String> forAgent = praiseFor(agent);

        Map<String, Object> otherAgent = survey(surveyId, uniqueId("other"), 5, true);
        postSurvey(otherAgent).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("handled by agent '" + agent + "'"));
        Map<String, Object> otherTeam = survey(surveyId, agent, 5, true);
        otherTeam.put("teamId", "team-9");
        postSurvey(otherTeam).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("team 'team-7'"));
        asSupervisor("/surveys/{id}", surveyId).statusCode(404);

        // Agent and team left out: the call's.
        Map<String, Object> anonymous = survey(surveyId, null, 5, true);
        anonymous.remove("agentId");
        anonymous.remove("teamId");
        postSurvey(anonymous).statusCode(201).body("agentId", equalTo(agent)).body("teamId", equalTo("team-7"))
                .body("callKnown", equalTo(true));
        forAgent.awaitRecords(1, RELAYED);
        assertEquals("team-7", new JsonPath(forAgent.getFirstRecord().value()).getString("teamId"));
    }

    @Test
    void aSurveyBeforeItsCallWaitsForItAndItsPraiseGoesToTheCallsAgent() {
        String agent = uniqueId("a");
        String named = uniqueId("wrong");
        String surveyId = uniqueId("s");
        ConsumerTask<String, String> forAgent = praiseFor(agent);
        ConsumerTask<String, String> forNamed = praiseFor(named);

        // The IVR is quicker than call.ended through Kafka: accepted, kept with what it says for now.
        postSurvey(survey(surveyId, named, 5, true)).statusCode(201).body("callKnown", equalTo(false))
                .body("agentId", equalTo(named));
        await("no praise before the call is known").during(QUIET).atMost(RELAYED)
                .until(() -> forAgent.count() == 0 && forNamed.count() == 0);

        callEnded(surveyId, agent, "team-3");
        await("the survey takes the call's agent and team").atMost(RELAYED).until(
                () -> asSupervisor("/surveys/{id}", surveyId).statusCode(200).extract().jsonPath(),
                view -> view.getBoolean("callKnown"));
        asSupervisor("/surveys/{id}", surveyId).body("agentId", equalTo(agent)).body("teamId", equalTo("team-3"));
        forAgent.awaitRecords(1, RELAYED);
        JsonPath praise = new JsonPath(forAgent.getFirstRecord().value());
        assertEquals("survey-" + surveyId, praise.getString("praiseId"));
        assertEquals("team-3", praise.getString("teamId"));
        await().during(QUIET).atMost(RELAYED).until(() -> forAgent.count() == 1 && forNamed.count() == 0);
    }

    @Test
    void summaryCountsSatisfactionCsatAndPraise() {
        JsonPath before = asSupervisor("/surveys/summary").statusCode(200).extract().jsonPath();
        String agent = uniqueId("a");
        postSurvey(survey(uniqueId("s"), agent, 5, true)).statusCode(201);
        postSurvey(survey(uniqueId("s"), agent, 4, false)).statusCode(201);
        postSurvey(survey(uniqueId("s"), agent, 1, false)).statusCode(201);
        String repeated = uniqueId("s");
        postSurvey(survey(repeated, agent, 2, false)).statusCode(201);
        postSurvey(survey(repeated, agent, 2, false)).statusCode(200);

        JsonPath after = asSupervisor("/surveys/summary").statusCode(200).extract().jsonPath();
        long n0 = before.getLong("surveys");
        long n1 = after.getLong("surveys");
        assertEquals(n0 + 4, n1, "the repeated survey counts once");
        assertEquals(before.getLong("praised") + 1, after.getLong("praised"));
        // Recompute the totals from before + the four new surveys (5, 4, 1, 2; two of them 4-5).
        double sumBefore = n0 == 0 ? 0 : before.getDouble("averageSatisfaction") * n0;
        double satisfiedBefore = n0 == 0 ? 0 : before.getDouble("csatPercent") * n0 / 100;
        assertEquals((sumBefore + 12) / n1, after.getDouble("averageSatisfaction"), 0.01);
        assertEquals(100 * (satisfiedBefore + 2) / n1, after.getDouble("csatPercent"), 0.1);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("surveys_received_total{praise=\"true\"}"))
                .body(containsString("surveys_received_total{praise=\"false\"}"));
    }

    @Test
    void storedSurveyCanBeReadBack() {
        String surveyId = uniqueId("s");
        postSurvey(survey(surveyId, uniqueId("a"), 2, false)).statusCode(201);
        asSupervisor("/surveys/{id}", surveyId).statusCode(200)
                .body("satisfaction", equalTo(2))
                .body("resolved", equalTo(true))
                .body("comment", equalTo(null));
        asSupervisor("/surveys/{id}", uniqueId("missing")).statusCode(404)
                .contentType("application/problem+json");
    }
}
