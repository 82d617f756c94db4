package io.contactcenter.routing;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;

import io.contactcenter.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Drives the routing API the way a PBX, an agent desktop and an admin do. */
public final class RoutingTestSupport {

    private RoutingTestSupport() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ValidatableResponse registerAgent(String agentId, String teamId, Map<String, Integer> skills) {
        return given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("name", "Agent " + agentId, "teamId", teamId, "hireDate", "2024-01-15", "skills", skills))
                .put("/agents/{id}", agentId).then().statusCode(200);
    }

    /** As the agent's own desktop: its token's subject is its agent id. */
    public static ValidatableResponse setState(String agentId, String state) {
        return given().header("Authorization", "Bearer " + Tokens.forRole("agent", agentId)).contentType(ContentType.JSON)
                .body(Map.of("state", state)).post("/agents/{id}/state", agentId).then();
    }

    public static ValidatableResponse offer(Map<String, Object> contact) {
        return given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(contact).post("/contacts").then();
    }

    public static ValidatableResponse answer(String contactId, String agentId) {
        return given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(Map.of("agentId", agentId)).post("/contacts/{id}/answer", contactId).then();
    }

    public static ValidatableResponse end(String contactId, String disposition, double talkSeconds) {
        return given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(Map.of("disposition", disposition, "talkSeconds", talkSeconds, "holdSeconds", 0))
                .post("/contacts/{id}/end", contactId).then();
    }

    /**
     * PUT /queues/{id} as an admin (202 Accepted), then waits until the agents it concerns are re-placed;
     * answers the change as it ended.
     */
    public static Map<String, Object> defineQueue(String queueId, Map<String, Object> definition) {
        String location = given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(definition).put("/queues/{id}", queueId).then().statusCode(202).extract().header("Location");
        Awaitility.await("queue change " + location).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> !"RUNNING".equals(queueChange(location).get("status")));
        return queueChange(location);
    }

    public static Map<String, Object> queueChange(String location) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get(URI.create(location).getPath()).then()
                .statusCode(200).extract().jsonPath().getMap("");
    }

    public static ValidatableResponse abandon(String contactId) {
        return given().header("Authorization", Tokens.bearer("pbx")).post("/contacts/{id}/abandon", contactId).then();
    }
}
