package io.contactcenter.routing.queue;

import static io.contactcenter.routing.RoutingTestSupport.offer;
import static io.contactcenter.routing.RoutingTestSupport.registerAgent;
import static io.contactcenter.routing.RoutingTestSupport.setState;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Queues defined at run time through the admin API apply at once, to agents already logged in too. */
@QuarkusTest
class QueueAdminTest {

    @Inject
    RoutingTestCenter center;

    @BeforeEach
    void freshCenter() {
        center.reset();
    }

    @Test
    void aNewQueuePlacesExistingAgentsAndRoutesAtOnce() {
        registerAgent("mandarin-1", "team-1", Map.of("lang:zh", 3, "insurance", 4));
        setState("mandarin-1", "AVAILABLE").statusCode(200).body("queues", not(hasItem("insurance")));

        Map<String, Object> change = RoutingTestSupport.defineQueue("insurance", Map.of("expression", "insurance>=3",
                "priority", 5, "serviceLevelSeconds", 20, "serviceLevelPercent", 80, "wrapUpSeconds", 30,
                "strategy", "MOST_SKILLED", "relaxation", List.of(Map.of("afterSeconds", 60, "expression", "insurance>=1"))));
        assertEquals("DONE", change.get("status"));
        assertEquals(1, change.get("agentsDone"), "the one agent with the skill, not the whole centre");

        given().header("Authorization", Tokens.bearer("supervisor")).get("/agents/{id}", "mandarin-1").then()
                .body("queues", hasItem("insurance"));
        offer(Map.of("contactId", "ins-1", "channel", "VOICE", "queueId", "insurance")).statusCode(200)
                .body("outcome", equalTo("ROUTED")).body("agentId", equalTo("mandarin-1"));
        given().header("Authorization", Tokens.bearer("supervisor")).get("/queues").then().statusCode(200)
                .body("insurance.serviceLevelPercent", equalTo(80)).body("insurance.strategy", equalTo("MOST_SKILLED"))
                .body("insurance.relaxation[0].afterSeconds", equalTo(60));
    }

    @Test
    void badDefinitionsNameTheField() {
        define("broken", Map.of("expression", "insurance>=9", "priority", 1, "serviceLevelSeconds", 10,
                "serviceLevelPercent", 90, "wrapUpSeconds", 10, "strategy", "LONGEST_IDLE"))
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("expression"));
        define("broken", Map.of("expression", "", "priority", 1, "serviceLevelSeconds", 10, "serviceLevelPercent", 90,
                "wrapUpSeconds", 10, "strategy", "LONGEST_IDLE", "maxWaitSeconds", 60, "overflowAction", "QUEUE",
                "overflowQueue", "nowhere"))
                .statusCode(400).body("violations[0].field", equalTo("overflowQueue"));
        define("Bad Id", Map.of("expression", "", "priority", 1, "serviceLevelSeconds", 10, "serviceLevelPercent", 90,
                "wrapUpSeconds", 10, "strategy", "LONGEST_IDLE"))
                .statusCode(400).body("violations[0].field", equalTo("queueId"));
        given().header("Authorization", Tokens.bearer("supervisor")).contentType(ContentType.JSON).body(Map.of())
                .put("/queues/{id}", "x").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse define(String id, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(body)
                .put("/queues/{id}", id).then();
    }
}
