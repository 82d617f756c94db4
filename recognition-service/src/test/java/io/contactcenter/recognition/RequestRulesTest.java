package io.contactcenter.recognition;

import static io.contactcenter.recognition.RecognitionTestSupport.getAs;
import static io.contactcenter.recognition.RecognitionTestSupport.getAsAgent;
import static io.contactcenter.recognition.RecognitionTestSupport.postPraise;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Who may call what, and what a caller hears back about a bad request. */
@QuarkusTest
class RequestRulesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void noTokenIs401() {
        given().get("/leaderboards/monthly/2026-04").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("agentId", "a1", "source", "LETTER"))
                .post("/praise").then().statusCode(401);
    }

    @Test
    void wrongRoleIs403() {
        postPraise("pbx", Map.of("agentId", "a1", "source", "LETTER")).statusCode(403);
        postPraise("agent", Map.of("agentId", "a1", "source", "LETTER")).statusCode(403);
        getAs("pbx", "/leaderboards/monthly/2026-04").statusCode(403);
    }

    @Test
    void newEndpointsNeedTheRightRole() {
        given().post("/periods/2026-04/close").then().statusCode(401);
        given().get("/competitions").then().statusCode(401);
        given().get("/praise-rates/2026-04").then().statusCode(401);
        getAs("pbx", "/praise-rates/2026-04").statusCode(403);
        getAs("pbx", "/agents/a1/awards").statusCode(403);
        getAs("pbx", "/leaderboards/monthly/2026-04/agents/a1").statusCode(403);
        given().header("Authorization", io.contactcenter.testing.Tokens.bearer("agent"))
                .post("/competitions/c1/rounds/1/publish").then().statusCode(403);
        given().header("Authorization", io.contactcenter.testing.Tokens.bearer("agent"))
                .contentType(ContentType.JSON).body(Map.of("scores", java.util.List.of()))
                .post("/competitions/c1/rounds/1/scores").then().statusCode(403);
    }

    /** Every read about one agent: an agent token reads its own, another agent's is a 403 problem. */
    @Test
    void anAgentReadsOnlyItsOwnPraiseStandingAndAwards() {
        for (String path : List.of("/agents/{a}/praise", "/agents/{a}/praise/history", "/agents/{a}/awards",
                "/praise-rates/2026-04/agents/{a}", "/leaderboards/monthly/2026-04/agents/{a}",
                "/leaderboards/quarterly/2026-Q2/agents/{a}")) {
            getAsAgent("a1", path, "a1").statusCode(200);
            getAsAgent("a2", path, "a1").statusCode(403).contentType(PROBLEM).body("status", equalTo(403))
                    .body("detail", containsString("acts only for that agent"));
            getAs("supervisor", path, "a1").statusCode(200);
            getAs("admin", path, "a1").statusCode(200);
        }
    }

    @Test
    void badValuesOfTheNewEndpointsNameTheirField() {
        getAs("agent", "/praise-rates/2026-4").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("month"));
        getAsAgent("a1", "/agents/a1/praise/history?limit=0").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("limit"));
        getAsAgent("a1", "/leaderboards/quarterly/2026-Q2/agents/a1?around=x").statusCode(400)
                .body("violations[0].field", equalTo("around"));
        getAs("agent", "/periods/April/awards").statusCode(400).body("violations[0].field", equalTo("period"));
        getAs("agent", "/competitions/c1/rounds/0/results").statusCode(400)
                .body("violations[0].field", equalTo("round"));
    }

    @Test
    void badMonthNamesMonth() {
        getAs("agent", "/leaderboards/monthly/2026-13").statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400)).body("violations[0].field", equalTo("month"));
        getAsAgent("a1", "/agents/a1/praise?month=2026-4").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("month"));
        getAs("agent", "/praise/summary?month=April").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("month"));
    }

    @Test
    void badQuarterNamesQuarter() {
        getAs("agent", "/leaderboards/quarterly/2026-Q5").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("quarter"));
    }

    @Test
    void topOutOfRangeNamesTop() {
        for (String top : new String[] { "0", "501", "abc", "-1" }) {
            getAs("agent", "/leaderboards/monthly/2026-04?top={t}", top).statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("top")).body("detail", containsString("500"));
        }
        getAs("agent", "/leaderboards/monthly/2026-04?top=500").statusCode(200);
    }

    @Test
    void invalidPraiseBodyNamesTheFields() {
        postPraise("supervisor", Map.of("comment", "great")).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItems("agentId", "source"));
        postPraise("supervisor", Map.of("agentId", "a 1", "source", "LETTER")).statusCode(400)
                .body("violations[0].field", equalTo("agentId"));
        postPraise("supervisor", Map.of("agentId", "a1", "source", "SURVEY")).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("source"));
        postPraise("supervisor", Map.of("agentId", "a1", "source", "PIGEON")).statusCode(400)
                .body("violations[0].field", equalTo("source"));
        postPraise("supervisor", Map.of("agentId", "a1", "source", "LETTER", "occurredAt", "yesterday"))
                .statusCode(400).body("violations[0].field", equalTo("occurredAt"));
        postPraise("supervisor", Map.of("agentId", "a1", "source", "LETTER", "occurredAt", "2999-01-01T00:00:00Z"))
                .statusCode(400).body("violations[0].field", equalTo("occurredAt"));
    }

    @Test
    void malformedJsonIs400NotA500() {
        postPraise("supervisor", "{\"agentId\": ").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("Malformed JSON"));
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
