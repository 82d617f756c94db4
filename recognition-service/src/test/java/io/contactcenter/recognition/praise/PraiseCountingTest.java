package io.contactcenter.recognition.praise;

import static io.contactcenter.recognition.RecognitionTestSupport.TOPIC;
import static io.contactcenter.recognition.RecognitionTestSupport.TYPE;
import static io.contactcenter.recognition.RecognitionTestSupport.agentPraise;
import static io.contactcenter.recognition.RecognitionTestSupport.awaitPoints;
import static io.contactcenter.recognition.RecognitionTestSupport.freshYear;
import static io.contactcenter.recognition.RecognitionTestSupport.getAs;
import static io.contactcenter.recognition.RecognitionTestSupport.getAsAgent;
import static io.contactcenter.recognition.RecognitionTestSupport.postPraise;
import static io.contactcenter.recognition.RecognitionTestSupport.praiseBody;
import static io.contactcenter.recognition.RecognitionTestSupport.send;
import static io.contactcenter.recognition.RecognitionTestSupport.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.TestEvents;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Praise from the real praise-events topic and from supervisors, counted once each, in real Redis. */
@QuarkusTest
class PraiseCountingTest {

    @Inject
    RedisDataSource redis;

    KafkaCompanion kafka;
    int year;

    @BeforeEach
    void fresh() {
        redis.execute("FLUSHDB");
        kafka = TestEvents.companion();
        year = freshYear();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void praiseEventCountsOnceWhateverTheRedeliveries() {
        String agent = uniqueId("a");
        String month = year + "-04";
        String praise = praiseBody(uniqueId("p"), agent, "t-1", "SURVEY", year + "-04-10T02:00:00.000Z");

        String eventId = send(kafka, TOPIC, agent, TYPE, praise);
        awaitPoints(agent, month, 1);

        send(kafka, TOPIC, agent, eventId, TYPE, praise); // redelivery: same event id
        send(kafka, TOPIC, agent, TYPE, praise); // republished under a new event id: same praise id
        // Same key, same partition: once this later praise is counted, both copies were consumed.
        send(kafka, TOPIC, agent, TYPE, praiseBody(uniqueId("p"), agent, "t-1", "SURVEY", year + "-04-11T02:00:00.000Z"));
        JsonPath standing = awaitPoints(agent, month, 2);
        assertEquals(1, standing.getInt("rank"));

        getAs("agent", "/praise/summary?month={m}", month).statusCode(200)
                .body("month", equalTo(month)).body("praiseCount", equalTo(2)).body("agentsPraised", equalTo(1));
        assertTrue(metric("recognition_praise_duplicates_total", "SURVEY") >= 2);
        assertTrue(metric("recognition_praise_counted_total", "SURVEY") >= 2);
    }

    @Test
    void praiseCountsForTheMonthOfTheCentersTimeZone() {
        String agent = uniqueId("a");
        // 17:00 UTC on 31 March is 01:00 on 1 April in Beijing.
        send(kafka, TOPIC, agent, TYPE, praiseBody(uniqueId("p"), agent, null, "LETTER", year + "-03-31T17:00:00.000Z"));
        awaitPoints(agent, year + "-04", 1);
        assertEquals(0, agentPraise(agent, year + "-03").getLong("points"));
        getAs("agent", "/leaderboards/quarterly/{q}", year + "-Q2").statusCode(200)
                .body("entries[0].agentId", equalTo(agent)).body("entries[0].points", equalTo(1));
    }

    @Test
    void unknownSourceFromANewerProducerStillCounts() {
        String agent = uniqueId("a");
        // Catalog rule: an enum value added later is "other" to older consumers, not a poison record.
        String body = praiseBody(uniqueId("p"), agent, null, "SURVEY", year + "-07-01T08:00:00.000Z")
                .replace("\"SURVEY\"", "\"CHAT_BOT\"");
        send(kafka, TOPIC, agent, TYPE, body);
        awaitPoints(agent, year + "-07", 1);
        assertTrue(metric("recognition_praise_counted_total", "OTHER") >= 1);
    }

    @Test
    void supervisorEntryIsCountedOnceByPraiseId() {
        String agent = uniqueId("a");
        String team = uniqueId("t");
        String praiseId = uniqueId("letter");
        // A past date (entries may not be in the future); the unique team keeps the board to this test.
        Map<String, Object> letter = new HashMap<>(Map.of("praiseId", praiseId, "agentId", agent, "teamId", team,
                "source", "LETTER", "comment", "Thank you for your patience",
                "occurredAt", "2025-06-02T01:00:00Z"));

        postPraise("supervisor", letter).statusCode(200)
                .body("praiseId", equalTo(praiseId)).body("month", equalTo("2025-06"))
                .body("outcome", equalTo("COUNTED")).body("points", equalTo(1));
        postPraise("admin", letter).statusCode(200)
                .body("outcome", equalTo("DUPLICATE")).body("points", equalTo(1));

        getAs("agent", "/leaderboards/monthly/{m}?teamId={t}", "2025-06", team).statusCode(200)
                .body("scope", equalTo("TEAM")).body("teamId", equalTo(team))
                .body("entries.size()", equalTo(1))
                .body("entries[0].agentId", equalTo(agent)).body("entries[0].points", equalTo(1));
    }

    @Test
    void withoutMonthTheCurrentMonthIsMeantAndNoPraiseMeansNoRank() {
        String agent = uniqueId("a");
        String current = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        getAsAgent(agent, "/agents/{id}/praise", agent).statusCode(200)
                .body("month", equalTo(current)).body("points", equalTo(0)).body("rank", nullValue());

        // No occurredAt: the praise is recorded now, in the current month.
        postPraise("supervisor", Map.of("agentId", agent, "source", "SUPERVISOR")).statusCode(200)
                .body("outcome", equalTo("COUNTED")).body("month", equalTo(current));
        getAsAgent(agent, "/agents/{id}/praise", agent).statusCode(200)
                .body("points", equalTo(1)).body("rank", equalTo(1));
    }

    /** A counter's value from the Prometheus endpoint. */
    private static double metric(String name, String source) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*source=\"" + source + "\"[^}]*} (\\S+)$").matcher(text);
        assertTrue(m.find(), name + " for " + source + " not exported");
        return Double.parseDouble(m.group(1));
    }
}
