package io.contactcenter.routing.staffing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** POST /staffing/erlang-a over HTTP: the figures, who may ask, and a problem naming a bad field. */
@QuarkusTest
class ErlangAResourceTest {

    @Test
    void aPlannerGetsFewerAgentsThanErlangCWhenCallersHangUp() {
        // 100 calls per half hour, 3-minute calls, 80% in 20 s: Erlang C needs 14
        ValidatableResponse r = post("supervisor", Map.of("callsPerInterval", 100, "averageHandleSeconds", 180,
                "averagePatienceSeconds", 60, "serviceLevelPercent", 80, "serviceLevelSeconds", 20,
                "shrinkagePercent", 30)).statusCode(200);
        r.body("trafficErlangs", equalTo(10.0f)).body("agentsNeeded", lessThan(15))
                .body("serviceLevelPercent", greaterThan(80.0f)).body("abandonedPercent", greaterThan(0.0f))
                .body("abandonsInServiceLevel", equalTo(false));
        int needed = r.extract().path("agentsNeeded");
        r.body("agentsToSchedule", equalTo(StaffingResource.agentsToSchedule(needed, 0.30)));
        ErlangA.Figures f = ErlangA.figures(needed, 10, 180, 60, 20);
        r.body("serviceLevelAnsweredOnlyPercent", equalTo((float) StaffingResource.round(100 * f.serviceLevelAnsweredOnly())));
    }

    @Test
    void atFullLoadErlangAStillAnswers() {
        post("admin", Map.of("callsPerInterval", 360, "averageHandleSeconds", 180, "averagePatienceSeconds", 60,
                "agents", 36, "abandonsInServiceLevel", true)).statusCode(200)
                .body("trafficErlangs", equalTo(36.0f)).body("abandonedPercent", greaterThan(5.0f))
                .body("abandonsInServiceLevel", equalTo(true));
    }

    @Test
    void patienceIsRequiredAndOnlyPlannersMayAsk() {
        post("supervisor", Map.of("callsPerInterval", 100, "averageHandleSeconds", 180)).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(containsString("averagePatienceSeconds")));
        post("pbx", Map.of("callsPerInterval", 100, "averageHandleSeconds", 180, "averagePatienceSeconds", 60))
                .statusCode(403);
    }

    private static ValidatableResponse post(String role, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON).body(body)
                .post("/staffing/erlang-a").then();
    }
}
