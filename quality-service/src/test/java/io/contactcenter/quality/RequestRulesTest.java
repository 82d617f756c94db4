package io.contactcenter.quality;

import static io.contactcenter.quality.QualityTestSupport.survey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Who may call what, and what a caller hears back about a bad request. */
@QuarkusTest
class RequestRulesTest {

    @Test
    void noTokenIs401() {
        given().contentType(ContentType.JSON).body(survey("s-401", "a-1", 5, true)).post("/surveys").then()
                .statusCode(401);
        given().get("/qa/candidates").then().statusCode(401);
    }

    @Test
    void wrongRoleIs403() {
        // Only the IVR / SMS integration posts surveys; agents must not grade themselves.
        given().header("Authorization", Tokens.bearer("agent")).contentType(ContentType.JSON)
                .body(survey("s-403", "a-1", 5, true)).post("/surveys").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("pbx")).get("/qa/candidates").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("agent")).get("/surveys/summary").then().statusCode(403);
    }

    @Test
    void satisfactionOutOfRangeNamesTheField() {
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(survey("s-400", "a-1", 7, false)).post("/surveys").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", equalTo(java.util.List.of("satisfaction")));
    }

    @Test
    void missingFieldsAreAllNamed() {
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(Map.of("comment", "no ids")).post("/surveys").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("surveyId", "contactId", "satisfaction",
                        "resolved", "praise"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body("{\"surveyId\":\"s-1\",\"contactId\":\"c-1\",\"agentId\":\"a-1\",\"satisfaction\":\"great\","
                        + "\"resolved\":true,\"praise\":false}")
                .post("/surveys").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("satisfaction"));
    }

    @Test
    void malformedJsonIs400NotA500() {
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body("{\"surveyId\": ").post("/surveys").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Malformed JSON"));
    }

    @Test
    void pageSizeOutOfRangeNamesTheParameter() {
        given().header("Authorization", Tokens.bearer("supervisor")).get("/qa/candidates?size=0").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/surveys"))
                .body(containsString("/qa/evaluations/{evaluationId}/submit")).body(containsString("/qa/reports"));
    }
}
