package io.contactcenter.routing.push;

import static io.contactcenter.routing.RoutingTestSupport.answer;
import static io.contactcenter.routing.RoutingTestSupport.offer;
import static io.contactcenter.routing.RoutingTestSupport.registerAgent;
import static io.contactcenter.routing.RoutingTestSupport.setState;
import static io.contactcenter.routing.RoutingTestSupport.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The push streams on the real path: a decision in Redis, relayed to Kafka, read back by this instance's
 * feed and written to SSE clients.
 */
@QuarkusTest
class PushStreamTest {

    /** Relay, broker and feed in between: generous, but a lost event still fails in seconds. */
    private static final Duration ARRIVAL = Duration.ofSeconds(15);
    /** How long a stream must stay silent to show an event did not go to it. */
    private static final Duration SILENCE = Duration.ofSeconds(2);

    @TestHTTPResource("/")
    URI root;
    @Inject
    RoutingTestCenter center;

    private String me;
    private String other;

    @BeforeEach
    void freshCenter() {
        center.reset();
        me = uniqueId("ps-me");
        other = uniqueId("ps-other");
        registerAgent(me, "team-1", Map.of("t-idle", 1));
        registerAgent(other, "team-1", Map.of("t-idle", 1));
    }

    @Test
    void anOfferArrivesOnItsAgentsStreamAndNoOtherAgents() throws Exception {
        setState(me, "AVAILABLE").statusCode(200);
        try (SseClient mine = agentStream(me, agentToken(me)); SseClient theirs = agentStream(other, agentToken(other))) {
            assertEquals(200, mine.status());
            mine.await(e -> e.name().equals("open"), ARRIVAL);
            theirs.await(e -> e.name().equals("open"), ARRIVAL);
            String contact = uniqueId("ps-c");
            offer(Map.of("contactId", contact, "channel", "VOICE", "queueId", "t-idle")).statusCode(200)
                    .body("agentId", equalTo(me));

            SseClient.Event offered = mine.await(e -> e.name().equals("call.routed") && e.data().contains(contact), ARRIVAL);
            assertNotNull(offered.id(), "a catalog event carries its CloudEvents id");
            assertTrue(offered.data().contains("\"agentId\":\"" + me + "\""), offered.data());
            assertTrue(theirs.drain(SILENCE).stream().noneMatch(e -> e.data().contains(contact)),
                    "another agent's stream never sees the offer");
        }
    }

    @Test
    void anAgentTokenWatchesOnlyItsOwnAgent() throws Exception {
        try (SseClient denied = agentStream(other, agentToken(me))) {
            assertEquals(403, denied.status());
            assertTrue(denied.contentType().startsWith("application/problem+json"), denied.contentType());
            assertTrue(denied.body().contains(me));
        }
        try (SseClient supervisor = agentStream(other, "Bearer " + Tokens.forRole("supervisor", "sup-1"));
                SseClient pbx = agentStream(other, Tokens.bearer("pbx"))) {
            assertEquals(200, supervisor.status());
            assertEquals(200, pbx.status());
        }
        try (SseClient unknown = agentStream("ps-nobody", Tokens.bearer("supervisor"))) {
            assertEquals(404, unknown.status());
            assertTrue(unknown.contentType().startsWith("application/problem+json"));
        }
        try (SseClient badId = SseClient.open(root.resolve("/agents/" + me + "/offers"),
                Map.of("Authorization", agentToken(me), "Last-Event-ID", "not an id!"))) {
            assertEquals(400, badId.status());
            assertTrue(badId.body().contains("Last-Event-ID"));
        }
    }

    @Test
    void aTicketOpensOneStreamOnceAndOnlyForItsCaller() throws Exception {
        String ticket = ticket(agentToken(me));
        try (SseClient first = SseClient.open(root.resolve("/agents/" + me + "/offers?ticket=" + ticket), Map.of())) {
            assertEquals(200, first.status());
            first.await(e -> e.name().equals("open"), ARRIVAL);
            try (SseClient again = SseClient.open(root.resolve("/agents/" + me + "/offers?ticket=" + ticket), Map.of())) {
                assertEquals(401, again.status(), "a ticket is single-use");
                assertTrue(again.contentType().startsWith("application/problem+json"));
            }
        }
        String forOther = ticket(agentToken(me));
        try (SseClient denied = SseClient.open(root.resolve("/agents/" + other + "/offers?ticket=" + forOther), Map.of())) {
            assertEquals(403, denied.status(), "a ticket acts for the agent it was issued to");
        }
        // A ticket stands in for a token on streams only.
        given().queryParam("ticket", ticket(agentToken(me))).get("/agents/{id}", me).then().statusCode(401);
    }

    @Test
    void reconnectingWithLastEventIdReplaysWhatWasMissed() throws Exception {
        setState(me, "AVAILABLE").statusCode(200);
        String contact = uniqueId("ps-c");
        String offeredId;
        try (SseClient watcher = agentStream(me, Tokens.bearer("supervisor"))) {
            try (SseClient desk = agentStream(me, agentToken(me))) {
                desk.await(e -> e.name().equals("open"), ARRIVAL);
                offer(Map.of("contactId", contact, "channel", "VOICE", "queueId", "t-idle")).statusCode(200);
                offeredId = desk.await(e -> e.name().equals("call.routed"), ARRIVAL).id();
            }
            // While the desktop is away: the call is answered.
            answer(contact, me).statusCode(200);
            watcher.await(e -> e.name().equals("call.answered") && e.data().contains(contact), ARRIVAL);
        }
        try (SseClient back = SseClient.open(root.resolve("/agents/" + me + "/offers"),
                Map.of("Authorization", agentToken(me), "Last-Event-ID", offeredId))) {
            SseClient.Event open = back.await(e -> e.name().equals("open"), ARRIVAL);
            assertTrue(open.data().contains("\"lost\":false"), open.data());
            List<SseClient.Event> replayed = back.drain(SILENCE);
            assertTrue(replayed.stream().anyMatch(e -> e.name().equals("call.answered")), replayed.toString());
            assertTrue(replayed.stream().noneMatch(e -> offeredId.equals(e.id())), "nothing up to the last id again");
        }
        try (SseClient stale = SseClient.open(root.resolve("/agents/" + me + "/offers?lastEventId=gone-long-ago"),
                Map.of("Authorization", agentToken(me)))) {
            stale.await(e -> e.name().equals("open") && e.data().contains("\"lost\":true"), ARRIVAL);
            stale.await(e -> e.name().equals("events-lost"), ARRIVAL);
            SseClient.Event kept = stale.await(e -> e.name().equals("call.routed"), ARRIVAL);
            assertEquals(offeredId, kept.id(), "what is kept follows the marker");
        }
    }

    @Test
    void thePbxStreamGetsAQueuedContactsAssignmentWhenAnAgentBecomesReady() throws Exception {
        try (SseClient pbx = SseClient.open(root.resolve("/contacts/assignments"), Map.of("Authorization", Tokens.bearer("pbx")))) {
            assertEquals(200, pbx.status());
            pbx.await(e -> e.name().equals("open"), ARRIVAL);
            double handedOver = fanOutCount("assignments");
            String contact = uniqueId("ps-q");
            offer(Map.of("contactId", contact, "channel", "VOICE", "queueId", "t-idle")).statusCode(200)
                    .body("outcome", equalTo("QUEUED"));
            setState(me, "AVAILABLE").statusCode(200);
            SseClient.Event assigned = pbx.await(e -> e.name().equals("call.routed") && e.data().contains(contact), ARRIVAL);
            assertTrue(assigned.data().contains("\"agentId\":\"" + me + "\""), assigned.data());
            assertFalse(pbx.drain(Duration.ofMillis(500)).stream().anyMatch(e -> e.name().startsWith("agent.")),
                    "the PBX stream carries assignments only");
            assertTrue(fanOutCount("assignments") >= handedOver + 1, "the hand-over to this client is timed");
        }
        try (SseClient supervisor = SseClient.open(root.resolve("/contacts/assignments"),
                Map.of("Authorization", Tokens.bearer("supervisor")))) {
            assertEquals(403, supervisor.status());
        }
    }

    /** routing_push_fanout_seconds_count of a stream: events handed to its clients' connections so far. */
    private static double fanOutCount(String stream) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("routing_push_fanout_seconds_count{")
                && l.contains("stream=\"" + stream + "\"")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void wallboardsGetQueueFiguresEverySecond() throws Exception {
        try (SseClient board = SseClient.open(root.resolve("/queues/figures/stream?queueId=t-idle"),
                Map.of("Authorization", Tokens.bearer("supervisor")))) {
            assertEquals(200, board.status());
            SseClient.Event first = board.await(e -> e.name().equals("queue-figures"), ARRIVAL);
            assertTrue(first.data().contains("\"queueId\":\"t-idle\""), first.data());
            for (String field : new String[] { "serviceLevelAnsweredOnlyPercent", "serviceLevelWithAbandonsPercent",
                    "shortAbandoned", "abandonsInServiceLevel", "shortAbandonSeconds", "occupancyPercent", "agentBusyMs",
                    "agentWrapUpMs" }) {
                assertTrue(first.data().contains("\"" + field + "\":"), field + " in " + first.data());
            }
            board.await(e -> e.name().equals("queue-figures"), Duration.ofSeconds(3));
        }
        setState(me, "AVAILABLE").statusCode(200);
        try (SseClient board = SseClient.open(root.resolve("/queues/figures/stream?queueId=t-idle&teamId=team-1"),
                Map.of("Authorization", Tokens.bearer("supervisor")))) {
            assertEquals(200, board.status());
            SseClient.Event team = board.await(e -> e.name().equals("team-figures"), ARRIVAL);
            assertTrue(team.data().contains("\"teamId\":\"team-1\""), team.data());
            assertTrue(team.data().contains("\"occupancyPercent\":"), team.data());
            assertTrue(team.data().contains("\"AVAILABLE\":1"), team.data());
            SseClient.Event centre = board.await(e -> e.name().equals("centre-figures"), ARRIVAL);
            assertTrue(centre.data().contains("\"teamId\":null") && centre.data().contains("\"agentBusyMs\":"),
                    centre.data());
        }
        try (SseClient unknown = SseClient.open(root.resolve("/queues/figures/stream?queueId=no-such-queue"),
                Map.of("Authorization", Tokens.bearer("supervisor")))) {
            assertEquals(400, unknown.status());
            assertTrue(unknown.body().contains("queueId"));
        }
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("expression", "t-idle>=1", "priority", 1, "serviceLevelSeconds", 20, "serviceLevelPercent", 80,
                        "wrapUpSeconds", 30, "strategy", "LONGEST_IDLE")).put("/queues/figures").then().statusCode(400)
                .body("violations[0].field", equalTo("queueId")).body("detail", containsString("figures"));
        offer(Map.of("contactId", "assignments", "channel", "VOICE", "queueId", "t-idle")).statusCode(400)
                .body("violations[0].field", equalTo("contactId"));
    }

    private SseClient agentStream(String agentId, String authorization) {
        return SseClient.open(root.resolve("/agents/" + agentId + "/offers"), Map.of("Authorization", authorization));
    }

    private static String agentToken(String agentId) {
        return "Bearer " + Tokens.forRole("agent", agentId);
    }

    private static String ticket(String authorization) {
        return given().header("Authorization", authorization).post("/streams/tickets").then().statusCode(201)
                .extract().path("ticket");
    }
}
