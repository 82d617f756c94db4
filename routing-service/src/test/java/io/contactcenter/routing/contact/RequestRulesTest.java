package io.contactcenter.routing.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

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
        given().contentType(ContentType.JSON).body(Map.of("contactId", "c1", "channel", "VOICE"))
                .post("/contacts").then().statusCode(401);
    }

    @Test
    void wrongRoleIs403() {
        given().header("Authorization", Tokens.bearer("agent")).contentType(ContentType.JSON)
                .body(Map.of("contactId", "c1", "channel", "VOICE")).post("/contacts").then().statusCode(403);
    }

    @Test
    void invalidBodyNamesTheFields() {
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(Map.of("customerId", "x")).post("/contacts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItems("contactId", "channel"));
    }

    @Test
    void unknownEnumValueNamesTheField() {
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body("{\"contactId\":\"c1\",\"channel\":\"PIGEON\"}").post("/contacts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("channel"));
    }

    @Test
    void malformedJsonIs400NotA500() {
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body("{\"contactId\": ").post("/contacts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Malformed JSON"));
    }

    @Test
    void unknownQueueNamesQueueId() {
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(Map.of("contactId", "c-unknown-queue", "channel", "VOICE", "queueId", "nope"))
                .post("/contacts").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("queueId"));
    }

    @Test
    void unknownAgentIs404() {
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(Map.of("state", "AVAILABLE")).post("/agents/{id}/state", "ghost-agent").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
