package io.contactcenter.routing.contact;

import static io.contactcenter.routing.RoutingTestSupport.offer;
import static io.contactcenter.routing.RoutingTestSupport.setState;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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

/** Defects a review of the first routing core found; each of these failed on it. */
@QuarkusTest
class RoutingRegressionTest {

    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    @Inject
    RoutingTestCenter center;

    @BeforeEach
    void freshCenter() {
        center.reset();
        center.freezeAt(T0);
    }

    @Test
    void aRoutedAnswerReportsTheContactAsRouted() {
        ready("r-1", Map.of("t-idle", 1));
        call("c1", "t-idle").body("outcome", equalTo("ROUTED")).body("state", equalTo("ROUTED"));
        call("c2", "t-idle").body("outcome", equalTo("QUEUED")).body("state", equalTo("QUEUED"));
    }

    @Test
    void equalsInAnExpressionIsAnExactLevel() {
        ready("ex-3", Map.of("t-exact", 3));
        call("c1", "t-exact").body("outcome", equalTo("QUEUED"));
        ready("ex-2", Map.of("t-exact", 2));
        assertEquals("c1", agent("ex-2").get("contactId"));
        assertEquals(List.of(), agent("ex-3").get("queues"));
    }

    @Test
    void queueChangesAndProfileUpdatesKeepTheLongestIdleOrder() {
        // names sort against idle order: a tie broken by name would pick the wrong agent
        ready("z-idle-first", Map.of("t-idle", 1));
        center.advance(Duration.ofSeconds(5));
        ready("a-idle-second", Map.of("t-idle", 1));
        center.advance(Duration.ofSeconds(5));
        assertEquals("DONE", RoutingTestSupport.defineQueue("t-idle", Map.of("expression", "t-idle>=1", "priority", 1,
                "serviceLevelSeconds", 10, "serviceLevelPercent", 90, "wrapUpSeconds", 15, "strategy", "LONGEST_IDLE"))
                .get("status"));
        center.advance(Duration.ofSeconds(5));
        register("z-idle-first", Map.of("t-idle", 1, "lang:en", 2)); // a profile update
        center.advance(Duration.ofSeconds(5));
        assertEquals("z-idle-first", call("c1", "t-idle").extract().path("agentId"));
        assertEquals("a-idle-second", call("c2", "t-idle").extract().path("agentId"));
    }

    @Test
    void tieBreaksDoNotWrapAroundWithTime() {
        // the first core broke ties on (now mod 1e10 ms): agents idle either side of a multiple of 1e10 swapped
        Instant wrap = Instant.ofEpochMilli(178L * 10_000_000_000L);
        center.freezeAt(wrap.minusSeconds(2));
        ready("tie-b", Map.of("t-skill", 3));
        center.freezeAt(wrap.plusSeconds(2));
        ready("tie-a", Map.of("t-skill", 3));
        assertEquals("tie-b", call("c1", "t-skill").extract().path("agentId"));
    }

    @Test
    void relaxationReachesEveryWaitingContactNotOnlyTheFirstBatch() {
        int waiting = 12; // more than two tick batches (5 in tests)
        for (int i = 0; i < waiting; i++) {
            call("rx-" + i, "t-relax").body("outcome", equalTo("QUEUED"));
            center.advance(Duration.ofMillis(100));
        }
        center.advance(Duration.ofSeconds(31));
        center.tick();
        center.tick();
        center.tick();
        // agents that only meet the relaxed expression take what has been relaxed
        int routed = 0;
        for (int i = 0; i < waiting; i++) {
            ready("rx-agent-" + i, Map.of("t-relax", 2));
            if (agent("rx-agent-" + i).get("contactId") != null) {
                routed++;
            }
        }
        assertEquals(waiting, routed);
    }

    @Test
    void aContactOverflowedIntoAQueueWithItsOwnMaximumWaitOverflowsAgain() {
        call("hop-1", "t-hop-a").body("outcome", equalTo("QUEUED"));
        center.advance(Duration.ofSeconds(61));
        center.tick();
        assertEquals("t-hop-b", contact("hop-1").get("queueId"));
        assertEquals("QUEUED", contact("hop-1").get("state"));
        center.advance(Duration.ofSeconds(31)); // t-hop-b allows 30 s in it
        center.tick();
        assertEquals("CALLBACK", contact("hop-1").get("state"));
    }

    @Test
    void overflowNeverLoopsBetweenTwoQueues() {
        call("loop-1", "t-loop-a");
        center.advance(Duration.ofSeconds(11));
        center.tick();
        assertEquals("t-loop-b", contact("loop-1").get("queueId"));
        center.advance(Duration.ofSeconds(11));
        center.tick();
        center.advance(Duration.ofSeconds(11));
        center.tick();
        assertEquals("t-loop-b", contact("loop-1").get("queueId"), "back to a queue it overflowed from: a loop");
        assertEquals("QUEUED", contact("loop-1").get("state"));
    }

    private void ready(String agentId, Map<String, Integer> skills) {
        register(agentId, skills);
        setState(agentId, "AVAILABLE").statusCode(200);
    }

    private static void register(String agentId, Map<String, Integer> skills) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", agentId);
        body.put("teamId", "team-t");
        body.put("hireDate", "2020-01-01");
        body.put("skills", skills);
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(body)
                .put("/agents/{id}", agentId).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse call(String contactId, String queueId) {
        return offer(Map.of("contactId", contactId, "channel", "VOICE", "queueId", queueId)).statusCode(200);
    }

    private static Map<String, Object> agent(String agentId) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/agents/{id}", agentId).then()
                .statusCode(200).extract().jsonPath().getMap("");
    }

    private static Map<String, Object> contact(String contactId) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/contacts/{id}", contactId).then()
                .statusCode(200).extract().jsonPath().getMap("");
    }
}
