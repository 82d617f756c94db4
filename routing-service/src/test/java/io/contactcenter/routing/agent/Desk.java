package io.contactcenter.routing.agent;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What the tests of agent sessions, offer timeouts and the sweeper do through the API. */
final class Desk {

    private Desk() {
    }

    static void register(String agentId, Map<String, Integer> skills, String hireDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", agentId);
        body.put("teamId", "team-t");
        body.put("hireDate", hireDate);
        body.put("skills", skills);
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(body)
                .put("/agents/{id}", agentId).then().statusCode(200);
    }

    static void ready(String agentId, Map<String, Integer> skills) {
        register(agentId, skills, "2020-01-01");
        RoutingTestSupport.setState(agentId, "AVAILABLE").statusCode(200);
    }

    static ValidatableResponse call(String contactId, String queueId) {
        return RoutingTestSupport.offer(Map.of("contactId", contactId, "channel", "VOICE", "queueId", queueId))
                .statusCode(200);
    }

    static ValidatableResponse complaint(String contactId, String queueId) {
        return RoutingTestSupport.offer(Map.of("contactId", contactId, "channel", "VOICE", "queueId", queueId,
                "intent", "COMPLAINT")).statusCode(200);
    }

    static ValidatableResponse heartbeat(String agentId) {
        return given().header("Authorization", "Bearer " + Tokens.forRole("agent", agentId)).post("/agents/{id}/heartbeat", agentId)
                .then();
    }

    static ValidatableResponse order(String agentId, String supervisor, String state, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("state", state);
        body.put("reason", reason);
        return given().header("Authorization", "Bearer " + Tokens.forRole("supervisor", supervisor))
                .contentType(ContentType.JSON).body(body).post("/agents/{id}/state", agentId).then();
    }

    static Map<String, Object> agent(String agentId) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/agents/{id}", agentId).then()
                .statusCode(200).extract().jsonPath().getMap("");
    }

    static Map<String, Object> contact(String contactId) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/contacts/{id}", contactId).then()
                .statusCode(200).extract().jsonPath().getMap("");
    }
}
