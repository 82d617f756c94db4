package io.contactcenter.routing.agent;

import static io.contactcenter.routing.RoutingTestSupport.registerAgent;
import static io.contactcenter.routing.RoutingTestSupport.setState;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Supervisors list agents by team, state, queue and skill, a page at a time, with what each is doing. */
@QuarkusTest
class AgentListTest {

    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    @Inject
    RoutingTestCenter center;

    @BeforeEach
    void freshCenter() {
        center.reset();
        center.freezeAt(T0);
        for (int i = 0; i < 5; i++) {
            registerAgent("al-north-" + i, "north", Map.of("t-idle", 1, "lang:en", 2));
        }
        for (int i = 0; i < 3; i++) {
            registerAgent("al-south-" + i, "south", Map.of("lang:zh", 2));
        }
        setState("al-north-1", "AVAILABLE").statusCode(200);
        setState("al-north-3", "AVAILABLE").statusCode(200);
        setState("al-south-0", "AVAILABLE").statusCode(200);
    }

    @Test
    void filtersCombineAndTheTotalCountsEveryMatch() {
        list("team=north&state=AVAILABLE").body("total", equalTo(2))
                .body("agents.agentId", contains("al-north-1", "al-north-3"));
        list("state=AVAILABLE").body("total", equalTo(3));
        list("queue=t-idle&state=LOGGED_OUT").body("total", equalTo(3))
                .body("agents.agentId", contains("al-north-0", "al-north-2", "al-north-4"));
        list("skill=lang:zh").body("agents.agentId", contains("al-south-0", "al-south-1", "al-south-2"));
        list("team=nobody").body("total", equalTo(0)).body("agents", hasSize(0));
    }

    @Test
    void withSeveralFiltersTheTotalIsCountedUpToTheLimit() {
        // routing.agent-list.count-limit is 3 in tests
        list("queue=t-idle&state=LOGGED_OUT").body("total", equalTo(3)).body("totalAtLeast", equalTo(false));
        list("team=north&queue=t-idle").body("total", equalTo(3)).body("totalAtLeast", equalTo(true))
                .body("agents", hasSize(5));
        list("team=north").body("total", equalTo(5)).body("totalAtLeast", equalTo(false));
    }

    @Test
    void eachAgentShowsWhatItIsDoingNow() {
        center.advance(Duration.ofSeconds(30));
        RoutingTestSupport.offer(Map.of("contactId", "al-c1", "channel", "VOICE", "queueId", "t-idle")).statusCode(200);
        center.advance(Duration.ofSeconds(12));
        list("team=north&state=RESERVED").body("total", equalTo(1))
                .body("agents[0].agentId", equalTo("al-north-1")).body("agents[0].contactId", equalTo("al-c1"))
                .body("agents[0].secondsInState", equalTo(12)).body("agents[0].queues", containsInAnyOrder("english", "t-idle"));
    }

    @Test
    void pagesFollowTheAgentIds() {
        list("page=1&size=3").body("total", equalTo(8)).body("agents.agentId",
                contains("al-north-0", "al-north-1", "al-north-2"));
        list("page=3&size=3").body("agents.agentId", contains("al-south-1", "al-south-2"));
        list("team=north&state=LOGGED_OUT&page=2&size=2").body("agents.agentId", contains("al-north-4"));
    }

    @Test
    void badFiltersAreProblemsNamingTheField() {
        list("state=ASLEEP", 400).contentType("application/problem+json").body("violations[0].field", equalTo("state"));
        list("size=501", 400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("agent")).get("/agents").then().statusCode(403);
    }

    private static ValidatableResponse list(String query) {
        return list(query, 200);
    }

    private static ValidatableResponse list(String query, int status) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/agents?" + query).then()
                .statusCode(status);
    }
}
