package io.contactcenter.routing.queue;

import static io.contactcenter.routing.RoutingTestSupport.defineQueue;
import static io.contactcenter.routing.RoutingTestSupport.offer;
import static io.contactcenter.routing.RoutingTestSupport.registerAgent;
import static io.contactcenter.routing.RoutingTestSupport.setState;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.agent.AgentPlacements;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Queue changes touch only the agents they concern, in the background, and the newest change wins. */
@QuarkusTest
class QueueChangeTest {

    @Inject
    RoutingTestCenter center;

    @Inject
    QueueStore store;

    @Inject
    QueueDirectory queues;

    @Inject
    AgentPlacements placements;

    @Inject
    RoutingEngine engine;

    @BeforeEach
    void freshCenter() {
        center.reset();
    }

    static Map<String, Object> queue(String expression) {
        return Map.of("expression", expression, "priority", 1, "serviceLevelSeconds", 10, "serviceLevelPercent", 90,
                "wrapUpSeconds", 0, "strategy", "LONGEST_IDLE");
    }

    @Test
    void aChangeReplacesOnlyTheAgentsTheOldOrTheNewDefinitionConcerns() {
        for (int i = 0; i < 40; i++) {
            registerAgent("qc-other-" + i, "team-o", Map.of("lang:zh", 2)); // never concerned
        }
        for (int i = 0; i < 3; i++) {
            registerAgent("qc-a-" + i, "team-a", Map.of("qc-a", 2));
            setState("qc-a-" + i, "AVAILABLE").statusCode(200);
        }
        registerAgent("qc-b-0", "team-b", Map.of("qc-b", 3));
        setState("qc-b-0", "AVAILABLE").statusCode(200);

        Map<String, Object> first = defineQueue("qc", queue("qc-a>=1"));
        assertEquals("DONE", first.get("status"));
        assertEquals(3, first.get("agentsToCheck"));
        offer(Map.of("contactId", "qc-c1", "channel", "VOICE", "queueId", "qc")).statusCode(200)
                .body("outcome", equalTo("ROUTED"));

        Map<String, Object> second = defineQueue("qc", queue("qc-b>=2"));
        assertEquals(4, second.get("agentsToCheck"), "the 3 in the queue now, and the one with qc-b");
        agent("qc-a-1").body("queues", not(hasItem("qc")));
        agent("qc-b-0").body("queues", hasItem("qc"));
        offer(Map.of("contactId", "qc-c2", "channel", "VOICE", "queueId", "qc")).statusCode(200)
                .body("agentId", equalTo("qc-b-0"));
    }

    @Test
    void aNewerChangeSupersedesOneStillRunningAndItsDefinitionHolds() {
        registerAgent("qs-a", "team-a", Map.of("qs-a", 2));
        registerAgent("qs-b", "team-b", Map.of("qs-b", 2));
        String first = UUID.randomUUID().toString();
        // a change recorded but not applied yet: its instance is still on it
        store.save("qs", new QueueDefinition("qs-a>=1", 1, 10, 90, 0, AgentSelection.LONGEST_IDLE, List.of(), null,
                null, null, null)).await().atMost(Duration.ofSeconds(5));
        engine.startQueueChange(first, "qs", List.of("qs-a")).await().atMost(Duration.ofSeconds(5));

        Map<String, Object> second = defineQueue("qs", queue("qs-b>=1"));
        assertEquals("DONE", second.get("status"));
        Map<String, Object> superseded = change(first);
        assertEquals("SUPERSEDED", superseded.get("status"));
        assertEquals(second.get("changeId"), superseded.get("supersededBy"));
        agent("qs-b").body("queues", hasItem("qs"));
        agent("qs-a").body("queues", not(hasItem("qs")));
    }

    @Test
    void aChangeWhoseInstanceStoppedIsResumedByTheTick() {
        registerAgent("qo-a", "team-a", Map.of("qo-a", 2));
        store.save("qo", new QueueDefinition("qo-a>=1", 1, 10, 90, 0, AgentSelection.LONGEST_IDLE, List.of(), null,
                null, null, null)).await().atMost(Duration.ofSeconds(5));
        String orphan = UUID.randomUUID().toString();
        engine.startQueueChange(orphan, "qo", List.of("qo-a")).await().atMost(Duration.ofSeconds(5)); // nobody applies it
        assertEquals("RUNNING", change(orphan).get("status"));

        center.tick();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(change(orphan).get("status")));
        agent("qo-a").body("queues", hasItem("qo"));
    }

    @Test
    void anUnknownChangeIsAProblem() {
        given().header("Authorization", Tokens.bearer("supervisor")).get("/queues/changes/{id}", "nope").then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json").body(queue(""))
                .put("/queues/{id}", "changes").then().statusCode(400).body("violations[0].field", equalTo("queueId"));
    }

    private static io.restassured.response.ValidatableResponse agent(String agentId) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/agents/{id}", agentId).then()
                .statusCode(200);
    }

    private static Map<String, Object> change(String changeId) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/queues/changes/{id}", changeId).then()
                .statusCode(200).extract().jsonPath().getMap("");
    }
}
