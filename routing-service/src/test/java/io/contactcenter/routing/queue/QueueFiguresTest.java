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

/** Service level both ways, short abandons, with time under the test's control and the real scripts. */
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

    /** A gauge's value for one queue from the Prometheus output. */
    static double gauge(String name, String queueId) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*queue=\"" + Pattern.quote(queueId) + "\"[^}]*\\} (\\S+)$")
                .matcher(text);
        assertTrue(m.find(), name + " for " + queueId + " in the Prometheus output");
        return Double.parseDouble(m.group(1));
    }
}
