package io.contactcenter.recognition.award;

import static io.contactcenter.recognition.RecognitionTestSupport.AWARD_GRANTED;
import static io.contactcenter.recognition.RecognitionTestSupport.CALLS;
import static io.contactcenter.recognition.RecognitionTestSupport.CALL_ENDED;
import static io.contactcenter.recognition.RecognitionTestSupport.EVENTS;
import static io.contactcenter.recognition.RecognitionTestSupport.QUIET;
import static io.contactcenter.recognition.RecognitionTestSupport.RELAYED;
import static io.contactcenter.recognition.RecognitionTestSupport.TOPIC;
import static io.contactcenter.recognition.RecognitionTestSupport.TYPE;
import static io.contactcenter.recognition.RecognitionTestSupport.agentPraise;
import static io.contactcenter.recognition.RecognitionTestSupport.awaitPraiseCount;
import static io.contactcenter.recognition.RecognitionTestSupport.callEnded;
import static io.contactcenter.recognition.RecognitionTestSupport.eventually;
import static io.contactcenter.recognition.RecognitionTestSupport.freshYear;
import static io.contactcenter.recognition.RecognitionTestSupport.getAs;
import static io.contactcenter.recognition.RecognitionTestSupport.getAsAgent;
import static io.contactcenter.recognition.RecognitionTestSupport.postNoBody;
import static io.contactcenter.recognition.RecognitionTestSupport.postPraise;
import static io.contactcenter.recognition.RecognitionTestSupport.praiseBody;
import static io.contactcenter.recognition.RecognitionTestSupport.records;
import static io.contactcenter.recognition.RecognitionTestSupport.send;
import static io.contactcenter.recognition.RecognitionTestSupport.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.TestClock;
import io.contactcenter.testing.TestEvents;
import io.quarkus.test.junit.QuarkusMock;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

/**
 * Month and quarter close on real Redis, PostgreSQL and Kafka: award counts follow the configuration
 * (test profile: 3 monthly stars, 2 quarterly, teams of 2+), closing twice grants nothing twice, the
 * late-praise rule, and the scheduler's grace.
 */
@QuarkusTest
class PeriodCloseTest {

    static final ZoneId CENTER = ZoneId.of("Asia/Shanghai");

    @Inject
    RedisDataSource redis;
    @Inject
    PeriodCloser closer;

    KafkaCompanion kafka;
    TestClock clock;
    int y;

    @BeforeEach
    void fresh() {
        redis.execute("FLUSHDB");
        kafka = TestEvents.companion();
        y = freshYear();
        clock = null;
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    /** Center time: 1 June 01:00 in Beijing and so on. */
    private void at(String localDateTime) {
        Instant instant = LocalDateTime.parse(localDateTime).atZone(CENTER).toInstant();
        if (clock == null) {
            // The tests' clock convention: a TestClock for the Clock bean (QuarkusMock removes it after the test).
            clock = new TestClock(instant);
            QuarkusMock.installMockForType(clock, Clock.class);
        }
        clock.set(instant);
    }

    private void praise(String agent, String team, String day) {
        send(kafka, TOPIC, agent, TYPE, praiseBody(uniqueId("p"), agent, team, "SURVEY", day + "T03:00:00.000Z"));
    }

    private void contact(String agent, String team, String day) {
        String contactId = uniqueId("c");
        send(kafka, CALLS, contactId, CALL_ENDED, callEnded(contactId, agent, team, day + "T02:00:00.000Z"));
    }

    /** The period's award events on recognition-events, as they arrive. */
    private ConsumerTask<String, String> awardsOf(String period) {
        return records(kafka, EVENTS, e -> e.value().contains("\"period\":\"" + period + "\""));
    }

    @Test
    void closingAMonthGrantsTheConfiguredStarsAndTheBestTeamOnceAndLatePraiseChangesNoClosedBoard() {
        String ta = uniqueId("ta"), tb = uniqueId("tb");
        String a1 = uniqueId("a1"), a2 = uniqueId("a2"), a3 = uniqueId("a3"), a4 = uniqueId("a4");
        String b1 = uniqueId("b1"), b2 = uniqueId("b2"), c1 = uniqueId("c1");
        String may = y + "-05";
        // Team sizes come from handled contacts: team A had 4 agents in May (a4 never praised), team B 2.
        for (String a : List.of(a1, a2, a3, a4)) {
            contact(a, ta, may + "-02");
        }
        contact(b1, tb, may + "-02");
        contact(b2, tb, may + "-03");
        // May's board: a1 3 (reached 3 May), b1 2 (5 May), b2 2 (6 May), c1 2 (7 May, team unknown), a2 1.
        praise(a1, ta, may + "-01");
        praise(a1, ta, may + "-02");
        praise(a1, ta, may + "-03");
        praise(b1, tb, may + "-02");
        praise(b1, tb, may + "-05");
        praise(b2, tb, may + "-03");
        praise(b2, tb, may + "-06");
        praise(c1, null, may + "-04");
        praise(c1, null, may + "-07");
        praise(a2, ta, may + "-08");
        awaitPraiseCount(may, 10);
        eventually(() -> getAs("agent", "/praise-rates/{m}", may).statusCode(200).extract().jsonPath(),
                r -> r.getLong("center.contacts") == 6, "6 contacts handled in " + may);

        JsonPath closed;
        at(y + "-05-31T23:59:59");
        postNoBody("supervisor", "/periods/{p}/close", may).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("has not ended"));

        at(y + "-06-01T00:00:00");
        closed = postNoBody("supervisor", "/periods/{p}/close", may).statusCode(201)
                .header("Location", containsString("/periods/" + may + "/awards"))
                .body("period", equalTo(may)).body("kind", equalTo("MONTH"))
                .body("closedBy", equalTo("test-supervisor"))
                .body("agentsOnBoard", equalTo(5))
                // 3 stars (configured), in board order; c1 has as many points as b2 but reached them later.
                .body("awards.type", contains("STAR_OF_THE_MONTH", "STAR_OF_THE_MONTH", "STAR_OF_THE_MONTH",
                        "TEAM_OF_THE_MONTH"))
                .body("awards.agentId", contains(a1, b1, b2, null))
                .body("awards.teamId", contains(ta, tb, tb, tb))
                .body("awards.rank", contains(1, 2, 3, 1))
                .body("awards.points", contains(3, 2, 2, 4))
                // Team B: 4 praise / 2 agents beats team A: 4 / 4.
                .body("awards[3].agents", equalTo(2)).body("awards[3].praisePerAgent", equalTo(2.0f))
                .extract().jsonPath();

        ConsumerTask<String, String> events = awardsOf(may).awaitRecords(4, RELAYED);
        List<ConsumerRecord<String, String>> granted = events.getRecords();
        for (ConsumerRecord<String, String> e : granted) {
            assertEquals(AWARD_GRANTED, TestEvents.type(e));
            assertEquals("/recognition-service", TestEvents.header(e, "ce_source"));
            assertEquals(e.key(), TestEvents.header(e, "ce_subject"));
            CatalogSchemas.assertValid(AWARD_GRANTED, e.value());
        }
        assertEquals(Set.of(a1, b1, b2, tb), granted.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
        JsonPath teamEvent = new JsonPath(granted.stream().filter(e -> e.key().equals(tb)
                && e.value().contains("TEAM_OF_THE_MONTH")).findFirst().orElseThrow().value());
        assertEquals(2.0f, teamEvent.getFloat("praisePerAgent"));
        assertEquals("MONTH", teamEvent.getString("periodKind"));

        // Closing again (a retry, the scheduler, another instance) grants nothing and announces nothing.
        postNoBody("admin", "/periods/{p}/close", may).statusCode(200)
                .body("awards.awardId", equalTo(closed.getList("awards.awardId")))
                .body("closedBy", equalTo("test-supervisor"));
        await("a second close announces nothing").during(QUIET).atMost(RELAYED).until(() -> events.count() == 4);
        getAs("agent", "/periods/{p}/awards", may).statusCode(200)
                .body("awards.awardId", equalTo(closed.getList("awards.awardId")));
        getAsAgent(a1, "/agents/{a}/awards", a1).statusCode(200)
                .body("type", contains("STAR_OF_THE_MONTH")).body("period", contains(may)).body("rank", contains(1));
        getAsAgent(c1, "/agents/{a}/awards", c1).statusCode(200).body("size()", equalTo(0));

        // Late praise: a letter for c1 dated 20 May, recorded after May closed (quarter 2 still open).
        postPraise("supervisor", Map.of("agentId", c1, "source", "LETTER", "reason", "Thank-you letter",
                "contactId", "c-letter", "occurredAt", may + "-20T03:00:00Z")).statusCode(200)
                .body("outcome", equalTo("LATE")).body("month", equalTo(may)).body("points", equalTo(2));
        // The closed month is frozen: c1's points, the board and the awards are unchanged ...
        assertEquals(2, agentPraise(c1, may).getLong("points"));
        getAs("agent", "/leaderboards/monthly/{m}", may).statusCode(200)
                .body("entries.agentId", contains(a1, b1, b2, c1, a2)).body("entries.points", contains(3, 2, 2, 2, 1));
        getAs("agent", "/praise/summary?month={m}", may).statusCode(200).body("praiseCount", equalTo(10));
        getAs("agent", "/periods/{p}/awards", may).statusCode(200).body("awards.size()", equalTo(4));
        // ... the praise is in c1's history (marked LATE) and in the praise rate ...
        getAsAgent(c1, "/agents/{a}/praise/history", c1).statusCode(200)
                .body("size()", equalTo(3))
                .body("[0].outcome", equalTo("LATE")).body("[0].comment", equalTo("Thank-you letter"))
                .body("[0].contactId", equalTo("c-letter")).body("[0].source", equalTo("LETTER"))
                .body("[1].outcome", equalTo("COUNTED"));
        getAsAgent(c1, "/praise-rates/{m}/agents/{a}", may, c1).statusCode(200).body("praise", equalTo(3));
        // ... and it counts for the still open second quarter: c1 now ties a1 at 3, reached later.
        getAs("agent", "/leaderboards/quarterly/{q}", y + "-Q2").statusCode(200)
                .body("entries.agentId", contains(a1, c1, b1, b2, a2)).body("entries.points", contains(3, 3, 2, 2, 1));

        at(y + "-07-01T00:00:00");
        postNoBody("admin", "/periods/{p}/close", y + "-Q2").statusCode(201)
                .body("kind", equalTo("QUARTER"))
                .body("awards.type", contains("STAR_OF_THE_QUARTER", "STAR_OF_THE_QUARTER", "TEAM_OF_THE_QUARTER"))
                .body("awards.agentId", contains(a1, c1, null))
                .body("awards.teamId", contains(ta, null, tb));
        getAsAgent(a1, "/agents/{a}/awards", a1).statusCode(200)
                .body("type", contains("STAR_OF_THE_QUARTER", "STAR_OF_THE_MONTH"));
        // After the quarter closed too, a praise of May reaches no board at all.
        postPraise("supervisor", Map.of("agentId", b2, "teamId", tb, "source", "SUPERVISOR",
                "occurredAt", may + "-21T03:00:00Z")).statusCode(200).body("outcome", equalTo("LATE"));
        getAs("agent", "/leaderboards/quarterly/{q}?teamId={t}", y + "-Q2", tb).statusCode(200)
                .body("entries.points", contains(2, 2));
        assertTrue(metric("recognition_praise_late_total", "LETTER") >= 1);
        assertTrue(given().get("/q/metrics").then().extract().asString()
                .contains("recognition_awards_granted_total{type=\"STAR_OF_THE_QUARTER\"}"));
    }

    @Test
    void concurrentClosesOfOnePeriodGrantItsAwardsOnce() throws Exception {
        String agent = uniqueId("a"), other = uniqueId("b");
        String aug = y + "-08";
        at(y + "-09-01T00:00:00");
        for (String a : List.of(agent, agent, other)) {
            postPraise("supervisor", Map.of("agentId", a, "source", "SUPERVISOR", "occurredAt", aug + "-10T03:00:00Z"))
                    .statusCode(200);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> closes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            closes.add(pool.submit(() -> postNoBody("admin", "/periods/{p}/close", aug).extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : closes) {
            statuses.add(f.get());
        }
        pool.shutdown();
        Collections.sort(statuses);
        assertEquals(List.of(200, 200, 200, 201), statuses, "one close grants, the others read its awards");
        ConsumerTask<String, String> events = awardsOf(aug).awaitRecords(2, RELAYED);
        await("two stars, announced once each").during(QUIET).atMost(RELAYED).until(() -> events.count() == 2);
        getAs("agent", "/periods/{p}/awards", aug).statusCode(200).body("awards.agentId", contains(agent, other));
    }

    @Test
    void periodsThatHaveNotEndedOrAreNotClosedAreRefused() {
        at(y + "-07-01T00:00:00");
        postNoBody("supervisor", "/periods/{p}/close", y + "-07").statusCode(409);
        postNoBody("supervisor", "/periods/{p}/close", y + "-Q3").statusCode(409);
        getAs("agent", "/periods/{p}/awards", y + "-04").statusCode(404).contentType("application/problem+json");
        postNoBody("supervisor", "/periods/{p}/close", "2026-13").statusCode(400)
                .body("violations[0].field", equalTo("period"));
        postNoBody("agent", "/periods/{p}/close", y + "-04").statusCode(403);
    }

    @Test
    void theSchedulerClosesTheLastMonthOnceItsGraceIsOverAndRestoresLostClosedMarks() throws Throwable {
        String agent = uniqueId("a");
        String feb = y + "-02";
        at(y + "-03-01T00:30:00");
        postPraise("supervisor", Map.of("agentId", agent, "source", "SUPERVISOR",
                "occurredAt", feb + "-27T03:00:00Z")).statusCode(200).body("outcome", equalTo("COUNTED"));

        // 01:00 on 1 March: February ended an hour ago, within the 2 h grace: January closes, February not yet.
        at(y + "-03-01T01:00:00");
        VertxContextSupport.subscribeAndAwait(closer::closeDue);
        getAs("agent", "/periods/{p}/awards", y + "-01").statusCode(200)
                .body("closedBy", equalTo("scheduler")).body("awards.size()", equalTo(0));
        getAs("agent", "/periods/{p}/awards", (y - 1) + "-Q4").statusCode(200);
        getAs("agent", "/periods/{p}/awards", feb).statusCode(404);

        at(y + "-03-01T02:00:00");
        VertxContextSupport.subscribeAndAwait(closer::closeDue);
        getAs("agent", "/periods/{p}/awards", feb).statusCode(200)
                .body("closedBy", equalTo("scheduler"))
                .body("awards.agentId", contains(agent)).body("awards.teamId", contains(nullValue()));

        // Redis lost February's closed mark (e.g. restarted without persistence): the next check restores it.
        redis.key().del("rec:closed:" + feb);
        VertxContextSupport.subscribeAndAwait(closer::closeDue);
        assertEquals(1, redis.key().exists("rec:closed:" + feb) ? 1 : 0);
        postPraise("supervisor", Map.of("agentId", agent, "source", "SUPERVISOR",
                "occurredAt", feb + "-28T03:00:00Z")).statusCode(200).body("outcome", equalTo("LATE"));
        getAs("agent", "/periods/{p}/awards", feb).statusCode(200).body("awards.size()", equalTo(1));
    }

    private static double metric(String name, String source) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)^" + name + "\\{[^}]*source=\"" + source + "\"[^}]*} (\\S+)$").matcher(text);
        assertTrue(m.find(), name + " for " + source + " not exported");
        return Double.parseDouble(m.group(1));
    }
}
