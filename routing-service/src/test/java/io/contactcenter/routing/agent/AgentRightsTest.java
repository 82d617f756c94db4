package io.contactcenter.routing.agent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An agent's token acts for its own agent only; the PBX and supervisors act for anyone. */
@QuarkusTest
class AgentRightsTest {

    @Inject
    RoutingTestCenter center;

    @BeforeEach
    void freshCenter() {
        center.reset();
        RoutingTestSupport.registerAgent("ar-me", "team-1", Map.of("t-idle", 1));
        RoutingTestSupport.registerAgent("ar-other", "team-1", Map.of("t-idle", 1));
    }

    @Test
    void anAgentChangesOnlyItsOwnState() {
        state("ar-me", "ar-other", 403).contentType("application/problem+json").body("detail", containsString("ar-me"));
        state("ar-me", "ar-me", 200).body("state", equalTo("AVAILABLE"));
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON).body(Map.of("state", "AVAILABLE"))
                .post("/agents/{id}/state", "ar-other").then().statusCode(200);
    }

    @Test
    void anAgentRenewsAndReadsOnlyItsOwnSession() {
        as("ar-me").post("/agents/{id}/heartbeat", "ar-other").then().statusCode(403).contentType("application/problem+json");
        as("ar-me").get("/agents/{id}", "ar-other").then().statusCode(403).contentType("application/problem+json");
        as("ar-me").get("/agents/{id}", "ar-me").then().statusCode(200).body("agentId", equalTo("ar-me"));
        given().header("Authorization", "Bearer " + Tokens.forRole("supervisor", "sup-1")).get("/agents/{id}", "ar-other")
                .then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification as(String agentId) {
        return given().header("Authorization", "Bearer " + Tokens.forRole("agent", agentId));
    }

    private static io.restassured.response.ValidatableResponse state(String caller, String agentId, int status) {
        return as(caller).contentType(ContentType.JSON).body(Map.of("state", "AVAILABLE"))
                .post("/agents/{id}/state", agentId).then().statusCode(status);
    }
}
