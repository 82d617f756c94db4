package io.contactcenter.routing.contact;

import static io.contactcenter.routing.RoutingTestSupport.answer;
import static io.contactcenter.routing.RoutingTestSupport.end;
import static io.contactcenter.routing.RoutingTestSupport.offer;
import static io.contactcenter.routing.RoutingTestSupport.registerAgent;
import static io.contactcenter.routing.RoutingTestSupport.setState;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Scripted scenarios for each selection strategy and routing rule, with time under the test's control. */
@QuarkusTest
class RoutingRulesTest {

    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    @Inject
    RoutingTestCenter center;

    @BeforeEach
    void freshCenter() {
        center.reset();
        center.freezeAt(T0);
    }

    @Test
    void longestIdleTakesTheAgentWaitingLongest() {
        ready("idle-b", Map.of("t-idle", 1));
        center.advance(Duration.ofSeconds(5));
        ready("idle-a", Map.of("t-idle", 1));
        center.advance(Duration.ofSeconds(5));
        ready("idle-c", Map.of("t-idle", 1));
        assertEquals("idle-b", routedAgent(call("c1", "t-idle")));
        assertEquals("idle-a", routedAgent(call("c2", "t-idle")));
    }

    @Test
    void mostSkilledTakesTheHighestProficiencyEvenIfLessIdle() {
        ready("sk-low", Map.of("t-skill", 2));
        center.advance(Duration.ofSeconds(5));
        ready("sk-high", Map.of("t-skill", 5));
        center.advance(Duration.ofSeconds(5));
        ready("sk-mid", Map.of("t-skill", 3));
        assertEquals("sk-high", routedAgent(call("c1", "t-skill")));
        assertEquals("sk-mid", routedAgent(call("c2", "t-skill")));
    }

    @Test
    void roundRobinOffersTheAgentWhoseLastOfferIsOldest() {
        ready("rr-1", Map.of("t-rr", 1));
        ready("rr-2", Map.of("t-rr", 1));
        ready("rr-3", Map.of("t-rr", 1));
        String first = handle("c1", "t-rr", 10);
        String second = handle("c2", "t-rr", 10);
        String third = handle("c3", "t-rr", 10);
        assertNotEquals(first, second);
        assertNotEquals(second, third);
        assertNotEquals(first, third);
        // everyone has had one: the cycle starts again with the first
        assertEquals(first, routedAgent(call("c4", "t-rr")));
    }

    @Test
    void fewestContactsTodayGoesFirst() {
        ready("fc-busy", Map.of("t-fewest", 1));
        handle("c1", "t-fewest", 10);
        handle("c2", "t-fewest", 10); // fc-busy has handled two
        ready("fc-fresh", Map.of("t-fewest", 1));
        center.advance(Duration.ofSeconds(30));
        readyAgain("fc-busy");
        assertEquals("fc-fresh", routedAgent(call("c3", "t-fewest")));
    }

    @Test
    void leastTalkTimeTodayGoesFirst() {
        ready("lt-long", Map.of("t-talk", 1));
        handle("c1", "t-talk", 600);
        ready("lt-short", Map.of("t-talk", 1));
        handle("c2", "t-talk", 60);
        readyAgain("lt-long");
        readyAgain("lt-short");
        assertEquals("lt-short", routedAgent(call("c3", "t-talk")));
    }

    @Test
    void vipGoesAheadButWithinAClassArrivalOrderHolds() {
        call("std-1", "t-idle");
        center.advance(Duration.ofSeconds(1));
        call("std-2", "t-idle");
        center.advance(Duration.ofSeconds(1));
        offer(Map.of("contactId", "vip-1", "channel", "VOICE", "queueId", "t-idle", "customerTier", "VIP"))
                .statusCode(200).body("position", equalTo(1));
        ready("v-1", Map.of("t-idle", 1));
        assertEquals("vip-1", agentView("v-1").get("contactId"));
        ready("v-2", Map.of("t-idle", 1));
        assertEquals("std-1", agentView("v-2").get("contactId"));
    }

    @Test
    void relaxationLetsALowerProficiencyAgentTakeTheContactAfterTheWait() {
        ready("junior", Map.of("t-relax", 2));
        call("c1", "t-relax").body("outcome", equalTo("QUEUED"));
        center.advance(Duration.ofSeconds(29));
        center.tick();
        assertEquals("AVAILABLE", agentView("junior").get("state"), "not before the configured wait");
        center.advance(Duration.ofSeconds(1));
        center.tick();
        assertEquals("c1", agentView("junior").get("contactId"));
        // a senior agent still matches at once
        ready("senior", Map.of("t-relax", 4));
        call("c2", "t-relax").body("outcome", equalTo("ROUTED")).body("agentId", equalTo("senior"));
    }

    @Test
    void newHiresAreNotOfferedComplaintsButTakeOtherContactsOfTheQueue() {
        register("newbie", Map.of("complaints", 5), LocalDate.of(2026, 10, 1)); // hired 8 weeks before T0
        setState("newbie", "AVAILABLE").statusCode(200);
        offer(Map.of("contactId", "angry", "channel", "VOICE", "intent", "COMPLAINT")).statusCode(200)
                .body("queueId", equalTo("complaints")).body("outcome", equalTo("QUEUED"));
        register("veteran", Map.of("complaints", 3), LocalDate.of(2020, 1, 1));
        setState("veteran", "AVAILABLE").statusCode(200).body("contactId", equalTo("angry"));
        offer(Map.of("contactId", "question", "channel", "VOICE", "intent", "INQUIRY", "queueId", "complaints"))
                .statusCode(200).body("outcome", equalTo("ROUTED")).body("agentId", equalTo("newbie"));
        // after three months the rule no longer applies
        register("old-newbie", Map.of("complaints", 5), LocalDate.of(2026, 8, 23));
        setState("old-newbie", "AVAILABLE").statusCode(200);
        offer(Map.of("contactId", "angry-2", "channel", "VOICE", "intent", "COMPLAINT")).statusCode(200)
                .body("outcome", equalTo("ROUTED")).body("agentId", equalTo("old-newbie"));
    }

    @Test
    void noAnswerSendsTheAgentToNotReadyAndTheContactToTheHeadOfTheQueue() {
        ready("sleepy", Map.of("t-idle", 1));
        call("first", "t-idle").body("agentId", equalTo("sleepy"));
        center.advance(Duration.ofSeconds(2));
        call("second", "t-idle").body("outcome", equalTo("QUEUED"));
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(Map.of("agentId", "sleepy")).post("/contacts/{id}/no-answer", "first").then()
                .statusCode(200).body("state", equalTo("QUEUED"));
        assertEquals("NOT_READY", agentView("sleepy").get("state"));
        assertEquals("no-answer", agentView("sleepy").get("reason"));
        ready("awake", Map.of("t-idle", 1));
        assertEquals("first", agentView("awake").get("contactId"), "the redirected contact is served first");
    }

    @Test
    void wrapUpEndsAfterTheQueueTimeUnlessTheAgentAskedForNotReady() {
        ready("w-1", Map.of("t-idle", 1));
        call("c1", "t-idle");
        answer("c1", "w-1").statusCode(200);
        end("c1", "RESOLVED", 30).statusCode(200);
        assertEquals("WRAP_UP", agentView("w-1").get("state"));
        center.advance(Duration.ofSeconds(14));
        center.tick();
        assertEquals("WRAP_UP", agentView("w-1").get("state"));
        center.advance(Duration.ofSeconds(1));
        center.tick();
        assertEquals("AVAILABLE", agentView("w-1").get("state"));

        call("c2", "t-idle");
        answer("c2", "w-1").statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.forRole("agent", "w-1")).contentType(ContentType.JSON)
                .body(Map.of("state", "NOT_READY", "reason", "meal")).post("/agents/{id}/state", "w-1").then()
                .statusCode(200).body("state", equalTo("BUSY")).body("pendingState", equalTo("NOT_READY"));
        end("c2", "RESOLVED", 30).statusCode(200);
        center.advance(Duration.ofSeconds(15));
        center.tick();
        assertEquals("NOT_READY", agentView("w-1").get("state"));
        assertEquals("meal", agentView("w-1").get("reason"));
    }

    @Test
    void transferToAQueueOrToAnAvailableAgent() {
        ready("t-a", Map.of("t-idle", 1));
        call("c1", "t-idle");
        answer("c1", "t-a").statusCode(200);
        transfer("c1", Map.of("queueId", "t-skill")).statusCode(200).body("state", equalTo("QUEUED"))
                .body("queueId", equalTo("t-skill"));
        assertEquals("WRAP_UP", agentView("t-a").get("state"));
        ready("t-b", Map.of("t-skill", 3));
        assertEquals("c1", agentView("t-b").get("contactId"));
        answer("c1", "t-b").statusCode(200);
        transfer("c1", Map.of("agentId", "t-a")).statusCode(409); // t-a is in wrap-up
        ready("t-c", Map.of("t-idle", 1));
        transfer("c1", Map.of("agentId", "t-c")).statusCode(200).body("state", equalTo("ROUTED"))
                .body("agentId", equalTo("t-c"));
        transfer("c1", Map.of()).statusCode(400);
    }

    @Test
    void overflowMovesALongWaitToTheOverflowQueueOrMakesACallback() {
        try (KafkaCompanion kafka = TestEvents.companion()) {
            // call-events is read from its beginning: each event is looked for under its own contact's key
            Map<String, ConsumerTask<String, String>> expected = new LinkedHashMap<>();
            expected.put("contactcenter.call.overflowed", callEvents(kafka, "slow", "contactcenter.call.overflowed"));
            expected.put("contactcenter.call.callback-requested",
                    callEvents(kafka, "cb", "contactcenter.call.callback-requested"));
            call("slow", "t-over").body("outcome", equalTo("QUEUED"));
            call("cb", "t-callback").body("outcome", equalTo("QUEUED"));
            ready("helper", Map.of("t-idle", 1));
            center.advance(Duration.ofSeconds(61));
            center.tick();
            assertEquals("slow", agentView("helper").get("contactId"));
            given().header("Authorization", Tokens.bearer("pbx")).get("/contacts/{id}", "cb").then()
                    .body("state", equalTo("CALLBACK"));
            expected.forEach((type, events) -> CatalogSchemas.assertValid(type,
                    events.awaitRecords(1, Duration.ofSeconds(20)).getFirstRecord().value()));
        }
    }

    @Test
    void queueFiguresMatchAHandComputedDay() {
        // Two agents; four calls: answered after 0 s, 4 s and 20 s (outside 10 s); one abandoned after 30 s.
        ready("f-1", Map.of("t-idle", 1));
        call("f-c1", "t-idle");                                  // routed at once, wait 0
        center.advance(Duration.ofSeconds(1));
        answer("f-c1", "f-1");
        call("f-c2", "t-idle");                                  // queued at T0+1
        call("f-c3", "t-idle");                                  // queued at T0+1
        center.advance(Duration.ofSeconds(4));
        ready("f-2", Map.of("t-idle", 1));                        // takes f-c2 after 4 s
        answer("f-c2", "f-2");
        center.advance(Duration.ofSeconds(16));
        end("f-c1", "RESOLVED", 20);
        center.advance(Duration.ofSeconds(15));
        center.tick();                                           // f-1 wrap-up over: takes f-c3 after 35 s
        answer("f-c3", "f-1");
        call("f-c4", "t-idle");
        center.advance(Duration.ofSeconds(30));
        given().header("Authorization", Tokens.bearer("pbx")).post("/contacts/{id}/abandon", "f-c4").then().statusCode(200);
        // answered waits: 1 s (answered 1 s after arrival), 4 s, 35 s -> ASA 13.33 s, 2 of 3 within 10 s
        given().header("Authorization", Tokens.bearer("supervisor")).get("/queues/{id}/stats", "t-idle").then()
                .statusCode(200)
                .body("today.offered", equalTo(4))
                .body("today.answered", equalTo(3))
                .body("today.answeredWithinThreshold", equalTo(2))
                .body("today.serviceLevelPercent", equalTo(66.67f))
                .body("today.averageSpeedOfAnswerSeconds", equalTo(13.33f))
                .body("today.abandoned", equalTo(1))
                .body("today.abandonRatePercent", equalTo(25.0f))
                .body("today.handled", equalTo(1))
                .body("today.averageHandleSeconds", equalTo(35.0f))
                .body("waiting", equalTo(0))
                .body("longestWaitSeconds", nullValue())
                .body("agentsByState.BUSY", equalTo(2));
    }

    @Test
    void chatAgentsTakeSeveralChatsAtOnceButNoVoiceBesideThem() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "chatty");
        body.put("teamId", "team-t");
        body.put("hireDate", "2020-01-01");
        body.put("skills", Map.of("t-idle", 2));
        body.put("capacity", Map.of("CHAT", 2));
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(body)
                .put("/agents/{id}", "chatty").then().statusCode(200).body("capacity.CHAT", equalTo(2))
                .body("capacity.VOICE", equalTo(1));
        readyAgain("chatty");
        chat("chat-1").body("outcome", equalTo("ROUTED")).body("agentId", equalTo("chatty"));
        answer("chat-1", "chatty").statusCode(200);
        chat("chat-2").body("outcome", equalTo("ROUTED")).body("agentId", equalTo("chatty"));
        chat("chat-3").body("outcome", equalTo("QUEUED"));
        call("voice-1", "t-idle").body("outcome", equalTo("QUEUED")); // no voice beside chats
        assertEquals("BUSY", agentView("chatty").get("state"));
        assertEquals(2, ((Map<?, ?>) agentView("chatty").get("load")).get("CHAT"));

        answer("chat-2", "chatty").statusCode(200);
        end("chat-1", "RESOLVED", 120).statusCode(200);
        assertEquals("chat-3", agentView("chatty").get("contactId"), "freed capacity pulls the waiting chat");
        answer("chat-3", "chatty").statusCode(200);
        end("chat-2", "RESOLVED", 60).statusCode(200);
        end("chat-3", "RESOLVED", 60).statusCode(200);
        // the last chat over: the agent is free and the waiting call is offered, with no wrap-up for chats
        assertEquals("RESERVED", agentView("chatty").get("state"));
        assertEquals("voice-1", agentView("chatty").get("contactId"));
    }

    @Test
    void outboundWorkReservesAgentsButStaysOutOfTheInboundFigures() {
        ready("caller-back", Map.of("t-idle", 1));
        offer(Map.of("contactId", "cb-out", "channel", "VOICE", "queueId", "t-idle", "direction", "OUTBOUND"))
                .statusCode(200).body("outcome", equalTo("ROUTED")).body("agentId", equalTo("caller-back"));
        answer("cb-out", "caller-back").statusCode(200);
        end("cb-out", "RESOLVED", 90).statusCode(200);
        call("in-1", "t-idle").body("outcome", equalTo("QUEUED")); // the agent is in wrap-up after the callback
        given().header("Authorization", Tokens.bearer("supervisor")).get("/queues/{id}/stats", "t-idle").then()
                .body("today.offered", equalTo(1)).body("today.answered", equalTo(0)).body("today.handled", equalTo(0));
    }

    // --- helpers -------------------------------------------------------------------------

    /** Opened before the action: the events carry the frozen clock's past times, which retention may drop soon. */
    private static ConsumerTask<String, String> callEvents(KafkaCompanion kafka, String contactId, String type) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic("call-events"),
                r -> contactId.equals(r.key()) && type.equals(TestEvents.type(r)));
    }

    private static io.restassured.response.ValidatableResponse chat(String contactId) {
        return offer(Map.of("contactId", contactId, "channel", "CHAT", "queueId", "t-idle")).statusCode(200);
    }


    private void ready(String agentId, Map<String, Integer> skills) {
        register(agentId, skills, LocalDate.of(2020, 1, 1));
        setState(agentId, "AVAILABLE").statusCode(200);
    }

    private void readyAgain(String agentId) {
        setState(agentId, "AVAILABLE").statusCode(200);
    }

    private static void register(String agentId, Map<String, Integer> skills, LocalDate hired) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", agentId);
        body.put("teamId", "team-t");
        body.put("hireDate", hired.toString());
        body.put("skills", skills);
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(body)
                .put("/agents/{id}", agentId).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse call(String contactId, String queueId) {
        return offer(Map.of("contactId", contactId, "channel", "VOICE", "queueId", queueId)).statusCode(200);
    }

    private static String routedAgent(io.restassured.response.ValidatableResponse r) {
        return r.body("outcome", equalTo("ROUTED")).extract().path("agentId");
    }

    /** Route, answer and end a contact; after wrap-up (time moves on) the agent asks for work again. */
    private String handle(String contactId, String queueId, double talkSeconds) {
        String agent = routedAgent(call(contactId, queueId));
        center.advance(Duration.ofSeconds(1));
        answer(contactId, agent).statusCode(200);
        center.advance(Duration.ofSeconds((long) talkSeconds));
        end(contactId, "RESOLVED", talkSeconds).statusCode(200);
        center.advance(Duration.ofSeconds(1));
        readyAgain(agent);
        return agent;
    }

    private static Map<String, Object> agentView(String agentId) {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/agents/{id}", agentId).then()
                .statusCode(200).extract().jsonPath().getMap("");
    }

    private static io.restassured.response.ValidatableResponse transfer(String contactId, Map<String, String> body) {
        return given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON).body(body)
                .post("/contacts/{id}/transfer", contactId).then();
    }
}
