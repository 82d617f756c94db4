package io.contactcenter.quality.report;

import static io.contactcenter.quality.QualityTestSupport.CALL_ENDED;
import static io.contactcenter.quality.QualityTestSupport.as;
import static io.contactcenter.quality.QualityTestSupport.asAdmin;
import static io.contactcenter.quality.QualityTestSupport.sendCallEvent;
import static io.contactcenter.quality.QualityTestSupport.awaitEvaluations;
import static io.contactcenter.quality.QualityTestSupport.callEnded;
import static io.contactcenter.quality.QualityTestSupport.postSurvey;
import static io.contactcenter.quality.QualityTestSupport.registerEvaluator;
import static io.contactcenter.quality.QualityTestSupport.survey;
import static io.contactcenter.quality.QualityTestSupport.uniqueId;
import static io.contactcenter.quality.scorecard.TestScorecards.perfect;
import static io.contactcenter.quality.scorecard.TestScorecards.with;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.TestEvents;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Reports against a data set worked out by hand. Team T, agents A1 and A2, the default scorecard,
 * March 2026 in Asia/Shanghai (week 1 = Mon 2 Mar, week 2 = Mon 9 Mar):
 * <pre>
 * e1 A1 week 1  proactive-help NO                                  92/100 = 92   pass
 * e2 A1 week 2  correct-procedure NA, listening 4, patience 4,
 *               closing NO                                         81/90  = 90   pass
 * e3 A2 week 1  correct-information NO (critical)                  raw 85 -> 0   fail
 * e4 A2 week 2  proactive NO, follow-up NO, explanation 3,
 *               greeting NO; ends Sunday 15 Mar 23:30 local        76/100 = 76   fail
 * e5 A2         perfect, but ends Monday 16 Mar 00:30 local: outside 2-15 Mar
 * </pre>
 * Team, 2-15 Mar: 4 evaluations, average (92+90+0+76)/4 = 64.5, pass rate 50, 1 critical failure.
 * Dimensions (points earned / applicable over e1-e4): service-skill (25+23+25+21)/100 = 94;
 * empathy (20+18+20+20)/80 = 97.5; service-initiative (7+15+15+0)/60 = 61.67; courtesy
 * (15+10+15+10)/60 = 83.33; business-accuracy (25+15+10+25)/90 = 83.33.
 * Worst items: proactive-help 16/32 = 50, then at 75 (ties: most answered, then section, then item)
 * correct-information 45/60, closing 15/20, greeting 15/20, follow-up 21/28.
 * Surveys answered 2-15 Mar: A1 5 (praise), A1 4, A2 2 (unresolved), A2 3; one A2 survey of February
 * is outside. Average 3.5, CSAT (4-5) 50%, praise 25%, resolved 75%.
 */
@QuarkusTest
class ReportTest {

    static final String TEAM = uniqueId("team");
    static final String A1 = uniqueId("a");
    static final String A2 = uniqueId("a");
    static final String EVALUATOR = uniqueId("qa");

    static boolean loaded;

    /** Once per class, but after Quarkus started (a static @BeforeAll runs before the test port is known). */
    @BeforeEach
    void dataSet() {
        if (loaded) {
            return;
        }
        loaded = true;
        registerEvaluator(EVALUATOR, true);
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        Map<String, String[]> calls = new LinkedHashMap<>();
        calls.put("e1", new String[] { A1, "2026-03-03T02:00:00Z" });
        answers.put("e1", with(perfect(), "proactive-help", "NO"));
        calls.put("e2", new String[] { A1, "2026-03-10T02:00:00Z" });
        answers.put("e2", with(perfect(), "correct-procedure", "NA", "listening", "4", "patience", "4", "closing", "NO"));
        calls.put("e3", new String[] { A2, "2026-03-04T02:00:00Z" });
        answers.put("e3", with(perfect(), "correct-information", "NO"));
        calls.put("e4", new String[] { A2, "2026-03-15T15:30:00Z" });
        answers.put("e4", with(perfect(), "proactive-help", "NO", "follow-up", "NO", "explanation", "3",
                "greeting", "NO"));
        calls.put("e5", new String[] { A2, "2026-03-15T16:30:00Z" });
        answers.put("e5", perfect());

        Map<String, String> contactOf = new LinkedHashMap<>();
        try (KafkaCompanion kafka = TestEvents.companion()) {
            calls.forEach((name, call) -> {
                String contact = uniqueId("c-" + name);
                contactOf.put(name, contact);
                sendCallEvent(kafka, contact, CALL_ENDED,
                        callEnded(contact, call[0], TEAM, "COMPLAINT", "COMPLAINT", Instant.parse(call[1])));
            });
        }
        JsonPath tasks = awaitEvaluations("teamId=" + TEAM, 5, Duration.ofSeconds(60));
        answers.forEach((name, a) -> {
            String id = tasks.getString("items.find { it.contactId == '" + contactOf.get(name) + "' }.evaluationId");
            asAdmin().body(Map.of("evaluatorId", EVALUATOR)).put("/qa/evaluations/{id}/evaluator", id).then()
                    .statusCode(200);
            as("supervisor", EVALUATOR).body(Map.of("answers", a)).post("/qa/evaluations/{id}/submit", id).then()
                    .statusCode(200);
        });

        postSurvey(answered(A1, 5, true, true, "2026-03-03T03:00:00Z")).statusCode(201);
        postSurvey(answered(A1, 4, false, true, "2026-03-10T03:00:00Z")).statusCode(201);
        postSurvey(answered(A2, 2, false, false, "2026-03-04T03:00:00Z")).statusCode(201);
        postSurvey(answered(A2, 3, false, true, "2026-03-11T03:00:00Z")).statusCode(201);
        postSurvey(answered(A2, 1, false, false, "2026-02-20T03:00:00Z")).statusCode(201);
    }

    @Test
    void teamReportByWeekMatchesTheHandComputedFigures() {
        JsonPath r = report("from=2026-03-02&to=2026-03-15&teamId=" + TEAM + "&period=WEEK");
        assertEquals("TEAM", r.getString("scope"));
        assertEquals(Map.of("evaluations", 4, "averageScore", 64.5f, "passRate", 50.0f, "criticalFailures", 1),
                r.getMap("totals"));
        assertEquals(Map.of("business-accuracy", 83.33f, "courtesy", 83.33f, "empathy", 97.5f,
                "service-initiative", 61.67f, "service-skill", 94.0f), rates(r, "dimensions"));
        assertEquals(List.of("proactive-help", "correct-information", "closing", "greeting", "follow-up"),
                r.getList("worstItems.item"));
        assertEquals(List.of(50.0f, 75.0f, 75.0f, 75.0f, 75.0f), r.getList("worstItems.scoreRate"));
        assertEquals(Map.of("surveys", 4, "averageSatisfaction", 3.5f, "csatPercent", 50.0f, "praiseRate", 25.0f,
                "resolvedPercent", 75.0f, "praised", 1), r.getMap("csat"));

        // Week 1: e1 92, e3 0. Week 2: e2 90, e4 76.
        assertEquals(List.of("2026-03-02", "2026-03-09"), r.getList("trend.periodStart"));
        assertEquals(List.of(46.0f, 83.0f), r.getList("trend.figures.averageScore"));
        assertEquals(List.of(50.0f, 50.0f), r.getList("trend.figures.passRate"));
        assertEquals(List.of(1, 0), r.getList("trend.figures.criticalFailures"));
        // business-accuracy: week 1 (25+10)/50 = 70, week 2 (15+25)/40 = 100.
        assertEquals(70.0f, rates(r, "trend[0].dimensions").get("business-accuracy"));
        assertEquals(100.0f, rates(r, "trend[1].dimensions").get("business-accuracy"));
        // service-initiative: week 1 (7+15)/30 = 73.33, week 2 (15+0)/30 = 50.
        assertEquals(73.33f, rates(r, "trend[0].dimensions").get("service-initiative"));
        assertEquals(50.0f, rates(r, "trend[1].dimensions").get("service-initiative"));
        // Surveys: week 1 (5, 2), week 2 (4, 3).
        assertEquals(List.of(3.5f, 3.5f), r.getList("trend.csat.averageSatisfaction"));
        assertEquals(List.of(50.0f, 50.0f), r.getList("trend.csat.csatPercent"));
    }

    @Test
    void agentReportForTheMonth() {
        JsonPath r = report("from=2026-03-01&to=2026-03-31&agentId=" + A1);
        assertEquals("AGENT", r.getString("scope"));
        assertEquals(Map.of("evaluations", 2, "averageScore", 91.0f, "passRate", 100.0f, "criticalFailures", 0),
                r.getMap("totals"));
        // e1 + e2: skill (25+23)/50, empathy (20+18)/40, initiative (7+15)/30, courtesy (15+10)/30, accuracy (25+15)/40.
        assertEquals(Map.of("business-accuracy", 100.0f, "courtesy", 83.33f, "empathy", 95.0f,
                "service-initiative", 73.33f, "service-skill", 96.0f), rates(r, "dimensions"));
        assertEquals(List.of("2026-03-01"), r.getList("trend.periodStart"));
        assertEquals(Map.of("surveys", 2, "averageSatisfaction", 4.5f, "csatPercent", 100.0f, "praiseRate", 50.0f,
                "resolvedPercent", 100.0f, "praised", 1), r.getMap("csat"));

        // A2 over the whole month includes e5 (16 Mar): (0 + 76 + 100) / 3 = 58.67.
        JsonPath a2 = report("from=2026-03-01&to=2026-03-31&agentId=" + A2);
        assertEquals(3, a2.getInt("totals.evaluations"));
        assertEquals(58.67f, a2.getFloat("totals.averageScore"));
        assertEquals(33.33f, a2.getFloat("totals.passRate"));
    }

    @Test
    void badRangesNameTheParameter() {
        asAdmin().get("/qa/reports?from=2026-03-10&to=2026-03-01").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("to"));
        asAdmin().get("/qa/reports?from=2026-13-01&to=2026-03-01").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        asAdmin().get("/qa/reports?to=2026-03-01").then().statusCode(400).body("violations[0].field", equalTo("from"));
        asAdmin().get("/qa/reports?from=2020-01-01&to=2026-03-01").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
        asAdmin().get("/qa/reports?from=2026-03-01&to=2026-03-02&period=DAY").then().statusCode(400)
                .body("violations[0].field", equalTo("period"));
        asAdmin().get("/qa/reports?from=2026-03-01&to=2026-03-02&agentId=a&teamId=t").then().statusCode(400)
                .body("violations[0].field", equalTo("teamId"));
        as("agent", A1).get("/qa/reports?from=2026-03-01&to=2026-03-02").then().statusCode(403);
    }

    private static JsonPath report(String query) {
        return asAdmin().get("/qa/reports?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Float> rates(JsonPath r, String path) {
        Map<String, Float> rates = new LinkedHashMap<>();
        List<Map<String, Object>> dims = r.getList(path);
        dims.forEach(d -> rates.put((String) d.get("section"), ((Number) d.get("scoreRate")).floatValue()));
        return rates;
    }

    private static Map<String, Object> answered(String agent, int satisfaction, boolean praise, boolean resolved,
            String at) {
        Map<String, Object> s = survey(uniqueId("s"), agent, satisfaction, praise);
        s.put("teamId", TEAM);
        s.put("resolved", resolved);
        s.put("answeredAt", at);
        return s;
    }
}
