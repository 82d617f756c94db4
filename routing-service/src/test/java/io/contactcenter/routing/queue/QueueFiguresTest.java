package io.contactcenter.routing.queue;

import static io.contactcenter.routing.RoutingTestSupport.abandon;
import static io.contactcenter.routing.RoutingTestSupport.answer;
import static io.contactcenter.routing.RoutingTestSupport.end;
import static io.contactcenter.routing.RoutingTestSupport.offer;
import static io.contactcenter.routing.RoutingTestSupport.registerAgent;
import static io.contactcenter.routing.RoutingTestSupport.setState;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Service level both ways, short abandons, and occupancy per queue, team and centre, with time under the
 * test's control and the real scripts.
 */
@QuarkusTest
class QueueFiguresTest {

    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    @Inject
    RoutingTestCenter center;

    @BeforeEach
    void freshCenter() {
        center.reset();
        center.freezeAt(T0);
    }

    static Map<String, Object> queue(String skill, Boolean abandonsInServiceLevel, Integer shortAbandonSeconds) {
        Map<String, Object> q = new HashMap<>(Map.of("expression", skill + ">=1", "priority", 1, "serviceLevelSeconds", 10,
                "serviceLevelPercent", 80, "wrapUpSeconds", 0, "strategy", "LONGEST_IDLE"));
        if (abandonsInServiceLevel != null) {
            q.put("abandonsInServiceLevel", abandonsInServiceLevel);
        }
        if (shortAbandonSeconds != null) {
            q.put("shortAbandonSeconds", shortAbandonSeconds);
        }
        return q;
    }

    static ValidatableResponse stats(String queueId) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/queues/{id}/stats", queueId).then()
                .statusCode(200);
    }

    static void call(String contactId, String queueId) {
        offer(Map.of("contactId", contactId, "channel", "VOICE", "queueId", queueId)).statusCode(200);
    }

    @Test
    void bothServiceLevelsShortAbandonsAndTheHeadlineTheQueueChooses() {
        RoutingTestSupport.defineQueue("q-sl", queue("q-sl", null, null)); // defaults: answered-only, 5 s
        registerAgent("sl-1", "team-sl", Map.of("q-sl", 1));
        setState("sl-1", "AVAILABLE").statusCode(200);
        call("sl-c1", "q-sl");                                     // offered to sl-1 at once
        center.advance(Duration.ofSeconds(2));
        answer("sl-c1", "sl-1").statusCode(200);                  // wait 2 s: within 10 s
        call("sl-c2", "q-sl");                                     // T0+2, waits
        call("sl-c3", "q-sl");
        call("sl-c4", "q-sl");
        center.advance(Duration.ofSeconds(3));
        abandon("sl-c3").statusCode(200);                          // after 3 s: a short abandon
        center.advance(Duration.ofSeconds(3));
        abandon("sl-c4").statusCode(200);                          // after 6 s: counts
        center.advance(Duration.ofSeconds(9));
        end("sl-c1", "RESOLVED", 15).statusCode(200);
        center.tick();                                             // no wrap-up: sl-1 takes sl-c2
        answer("sl-c2", "sl-1").statusCode(200);                  // wait 15 s: missed

        for (String window : new String[] { "today", "recent" }) {
            stats("q-sl").body("abandonsInServiceLevel", equalTo(false)).body("shortAbandonSeconds", equalTo(5))
                    .body(window + ".offered", equalTo(4))
                    .body(window + ".answered", equalTo(2))
                    .body(window + ".answeredWithinThreshold", equalTo(1))
                    .body(window + ".abandoned", equalTo(2))
                    .body(window + ".shortAbandoned", equalTo(1))
                    .body(window + ".serviceLevelAnsweredOnlyPercent", equalTo(50.0f))     // 1 / 2
                    .body(window + ".serviceLevelWithAbandonsPercent", equalTo(33.33f))    // 1 / (2 + 1)
                    .body(window + ".serviceLevelPercent", equalTo(50.0f))
                    .body(window + ".abandonsInServiceLevel", equalTo(false))
                    .body(window + ".abandonRatePercent", equalTo(33.33f));                // 1 / (4 - 1)
        }
        assertEquals(50.0, gauge("routing_queue_service_level_percent", "q-sl"));
        assertEquals(33.33, gauge("routing_queue_service_level_with_abandons_percent", "q-sl"));
        assertEquals(50.0, gauge("routing_queue_service_level_answered_only_percent", "q-sl"));
        assertEquals(1.0, gauge("routing_queue_short_abandoned_contacts", "q-sl"));
        assertEquals(2.0, gauge("routing_queue_abandoned_contacts", "q-sl"));

        // the queue now counts abandons against its target, and only hang-ups within 2 s are short
        RoutingTestSupport.defineQueue("q-sl", queue("q-sl", true, 2));
        stats("q-sl").body("abandonsInServiceLevel", equalTo(true)).body("shortAbandonSeconds", equalTo(2))
                .body("today.serviceLevelPercent", equalTo(33.33f)).body("today.abandonsInServiceLevel", equalTo(true))
                .body("today.serviceLevelAnsweredOnlyPercent", equalTo(50.0f));
        assertEquals(33.33, gauge("routing_queue_service_level_percent", "q-sl"));
        call("sl-c5", "q-sl");
        center.advance(Duration.ofSeconds(3));
        abandon("sl-c5").statusCode(200);                          // 3 s: no longer short
        stats("q-sl").body("today.abandoned", equalTo(3)).body("today.shortAbandoned", equalTo(1))
                .body("today.serviceLevelPercent", equalTo(25.0f))                        // 1 / (2 + 2)
                .body("today.abandonRatePercent", equalTo(50.0f));                        // 2 / (5 - 1)
        // the centre: this queue counts abandons, the others do not, so its headline is answered-only
        given().header("Authorization", Tokens.bearer("supervisor")).get("/queues/stats").then().statusCode(200)
                .body("today.abandonsInServiceLevel", equalTo(false)).body("today.shortAbandoned", equalTo(1))
                .body("today.serviceLevelPercent", equalTo(50.0f))
                .body("today.serviceLevelWithAbandonsPercent", equalTo(25.0f));
    }

    @Test
    void theThresholdIsValidatedAndZeroMeansNoShortAbandons() {
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(queue("q-bad", null, 601)).put("/queues/{id}", "q-bad").then().statusCode(400)
                .body("violations[0].field", equalTo("shortAbandonSeconds"));
        RoutingTestSupport.defineQueue("q-zero", queue("q-zero", true, 0));
        given().header("Authorization", Tokens.bearer("supervisor")).get("/queues").then().statusCode(200)
                .body("'q-zero'.shortAbandonSeconds", equalTo(0)).body("'q-zero'.abandonsInServiceLevel", equalTo(true));
        call("z-c1", "q-zero");
        abandon("z-c1").statusCode(200);                           // at once, but nothing is short
        stats("q-zero").body("today.abandoned", equalTo(1)).body("today.shortAbandoned", equalTo(0))
                .body("today.serviceLevelPercent", equalTo(0.0f)).body("today.abandonRatePercent", equalTo(100.0f));
    }

    /** Agent time in seconds by state: available, reserved, busy, wrap-up; and the occupancy. */
    static void occupancy(ValidatableResponse r, String path, int available, int reserved, int busy, int wrapUp,
            float percent) {
        r.body(path + ".agentAvailableMs", equalTo(available * 1000)).body(path + ".agentReservedMs", equalTo(reserved * 1000))
                .body(path + ".agentBusyMs", equalTo(busy * 1000)).body(path + ".agentWrapUpMs", equalTo(wrapUp * 1000))
                .body(path + ".occupancyPercent", equalTo(percent));
    }

    static ValidatableResponse team(String teamId) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/teams/{id}/figures", teamId).then()
                .statusCode(200);
    }

    static ValidatableResponse centre() {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/queues/stats").then().statusCode(200);
    }

    @Test
    void occupancyIsBusyAndWrapUpOverStaffedTimeWithoutNotReady() {
        Map<String, Object> def = queue("q-occ", null, null);
        def.put("wrapUpSeconds", 10);
        RoutingTestSupport.defineQueue("q-occ", def);
        RoutingTestSupport.defineQueue("q-occ-b", queue("q-occ-b", null, null));
        registerAgent("o-1", "team-occ", Map.of("q-occ", 1));
        registerAgent("o-2", "team-occ", Map.of("q-occ", 1, "q-occ-b", 1));   // serves both queues
        setState("o-1", "AVAILABLE").statusCode(200);                       // T0
        center.advance(Duration.ofSeconds(10));
        setState("o-2", "AVAILABLE").statusCode(200);                       // T0+10
        center.advance(Duration.ofSeconds(50));
        call("o-c1", "q-occ");                                               // T0+60: offered to o-1 (idle longest)
        center.advance(Duration.ofSeconds(5));
        answer("o-c1", "o-1").statusCode(200);                              // T0+65: busy
        center.advance(Duration.ofSeconds(60));
        end("o-c1", "RESOLVED", 60).statusCode(200);                         // T0+125: wrap-up (10 s)
        given().header("Authorization", "Bearer " + Tokens.forRole("agent", "o-2")).post("/agents/{id}/heartbeat", "o-2")
                .then().statusCode(200);                                     // o-2's session stays (lease 120 s)
        center.advance(Duration.ofSeconds(10));
        center.tick();                                                       // T0+135: available again
        center.advance(Duration.ofSeconds(5));
        given().header("Authorization", "Bearer " + Tokens.forRole("agent", "o-2")).contentType(ContentType.JSON)
                .body(Map.of("state", "NOT_READY", "reason", "break")).post("/agents/{id}/state", "o-2").then()
                .statusCode(200);                                            // T0+140: a break: not staffed
        center.advance(Duration.ofSeconds(60));                              // T0+200

        // o-1: available 60 + 65, reserved 5, busy 60, wrap-up 10; o-2: available 130, then on a break
        // (the time since the last change, o-1 available 135..200, is counted when read)
        for (String window : new String[] { "today", "recent" }) {
            occupancy(stats("q-occ"), window, 255, 5, 60, 10, 21.21f);      // 70 / 330
            occupancy(stats("q-occ-b"), window, 130, 0, 0, 0, 0.0f);        // only o-2's time
            occupancy(team("team-occ"), window, 255, 5, 60, 10, 21.21f);
            occupancy(centre(), window, 255, 5, 60, 10, 21.21f);            // each agent once
        }
        team("team-occ").body("teamId", equalTo("team-occ")).body("agentsByState.AVAILABLE", equalTo(1))
                .body("agentsByState.NOT_READY", equalTo(1)).body("recentWindowMinutes", equalTo(15));
        assertEquals(21.21, gauge("routing_queue_occupancy_percent", "q-occ"));
        given().header("Authorization", Tokens.bearer("supervisor")).get("/teams/figures").then().statusCode(200)
                .body("find { it.teamId == 'team-occ' }.recent.occupancyPercent", equalTo(21.21f));
        assertEquals(21.21, gauge("routing_team_occupancy_percent", "team", "team-occ"));
        assertTrue(Pattern.compile("(?m)^routing_centre_occupancy_percent(\\{[^}]*\\})? 21.21$")
                .matcher(given().get("/q/metrics").then().extract().asString()).find(), "the centre's occupancy gauge");

        // o-1 moves to another team at T0+260: team-occ keeps its time until then, team-occ-b counts from then
        center.advance(Duration.ofSeconds(60));
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/merge-patch+json")
                .body(Map.of("teamId", "team-occ-b")).patch("/agents/{id}", "o-1").then().statusCode(200);
        center.advance(Duration.ofSeconds(60));                              // T0+320
        occupancy(team("team-occ"), "today", 315, 5, 60, 10, 17.95f);       // 70 / 390
        occupancy(team("team-occ-b"), "today", 60, 0, 0, 0, 0.0f);
        occupancy(stats("q-occ"), "today", 375, 5, 60, 10, 15.56f);         // 70 / 450

        // 20 minutes later nothing has happened: the recent window holds only its last 15 minutes of o-1 idle
        center.advance(Duration.ofMinutes(20));                              // T0+1520: window from T0+660
        occupancy(stats("q-occ"), "recent", 860, 0, 0, 0, 0.0f);
        occupancy(stats("q-occ"), "today", 1575, 5, 60, 10, 4.24f);         // 70 / 1650
        occupancy(team("team-occ-b"), "recent", 860, 0, 0, 0, 0.0f);
        given().header("Authorization", Tokens.bearer("supervisor")).get("/teams/{id}/figures", "no-such-team").then()
                .statusCode(404);
    }

    /** A gauge's value for one queue from the Prometheus output. */
    static double gauge(String name, String queueId) {
        return gauge(name, "queue", queueId);
    }

    static double gauge(String name, String label, String value) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*" + label + "=\"" + Pattern.quote(value) + "\"[^}]*\\} (\\S+)$")
                .matcher(text);
        assertTrue(m.find(), name + " for " + value + " in the Prometheus output");
        return Double.parseDouble(m.group(1));
    }
}
