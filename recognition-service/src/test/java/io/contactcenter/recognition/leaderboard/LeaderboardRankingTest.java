package io.contactcenter.recognition.leaderboard;

import static io.contactcenter.recognition.RecognitionTestSupport.TOPIC;
import static io.contactcenter.recognition.RecognitionTestSupport.TYPE;
import static io.contactcenter.recognition.RecognitionTestSupport.agentPraise;
import static io.contactcenter.recognition.RecognitionTestSupport.awaitPraiseCount;
import static io.contactcenter.recognition.RecognitionTestSupport.freshYear;
import static io.contactcenter.recognition.RecognitionTestSupport.getAs;
import static io.contactcenter.recognition.RecognitionTestSupport.praiseBody;
import static io.contactcenter.recognition.RecognitionTestSupport.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.TopicWriter;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Monthly and quarterly boards, center-wide and per team, with the tie rule of {@link TieScore}. */
@QuarkusTest
class LeaderboardRankingTest {

    @Inject
    RedisDataSource redis;

    @Test
    void equalPointsRankWhoeverReachedThemFirst() {
        redis.execute("FLUSHDB");
        int y = freshYear();
        String team = uniqueId("t");
        String other = uniqueId("t");
        String a = uniqueId("a"), b = uniqueId("b"), c = uniqueId("c"), d = uniqueId("d"), e = uniqueId("e");

        try (TopicWriter topic = TopicWriter.open()) {
            // A reaches 2 points on 20 May; its praises arrive out of order, which must not matter.
            praise(topic, a, team, y + "-05-20T03:00:00.000Z");
            praise(topic, a, team, y + "-05-03T03:00:00.000Z");
            // B reaches 2 points on 10 May: earlier than A, so B ranks above A.
            praise(topic, b, team, y + "-05-02T03:00:00.000Z");
            praise(topic, b, team, y + "-05-10T03:00:00.000Z");
            praise(topic, c, team, y + "-05-01T03:00:00.000Z");
            // D, of another team, leads the center with 3.
            praise(topic, d, other, y + "-05-05T03:00:00.000Z");
            praise(topic, d, other, y + "-05-06T03:00:00.000Z");
            praise(topic, d, other, y + "-05-07T03:00:00.000Z");
            // E, team unknown, was praised in April: same quarter, not the same month.
            praise(topic, e, null, y + "-04-15T03:00:00.000Z");
        }
        awaitPraiseCount(y + "-05", 8);
        awaitPraiseCount(y + "-04", 1);

        getAs("agent", "/leaderboards/monthly/{m}?teamId={t}", y + "-05", team).statusCode(200)
                .body("period", equalTo(y + "-05")).body("scope", equalTo("TEAM")).body("teamId", equalTo(team))
                .body("entries.agentId", contains(b, a, c))
                .body("entries.points", contains(2, 2, 1))
                .body("entries.rank", contains(1, 2, 3));
        getAs("supervisor", "/leaderboards/quarterly/{q}?teamId={t}", y + "-Q2", team).statusCode(200)
                .body("period", equalTo(y + "-Q2")).body("entries.agentId", contains(b, a, c));

        getAs("agent", "/leaderboards/monthly/{m}", y + "-05").statusCode(200)
                .body("scope", equalTo("CENTER")).body("teamId", nullValue())
                .body("entries.agentId", contains(d, b, a, c))
                .body("entries.points", contains(3, 2, 2, 1));
        getAs("agent", "/leaderboards/monthly/{m}?top=2", y + "-05").statusCode(200)
                .body("entries.agentId", contains(d, b));
        // The quarter spans both months; E's single point (15 April) came before C's (1 May).
        getAs("admin", "/leaderboards/quarterly/{q}", y + "-Q2").statusCode(200)
                .body("entries.agentId", contains(d, b, a, e, c))
                .body("entries.points", contains(3, 2, 2, 1, 1));
        getAs("agent", "/leaderboards/monthly/{m}?teamId={t}", y + "-05", other).statusCode(200)
                .body("entries.agentId", contains(d));

        JsonPath standing = agentPraise(a, y + "-05");
        assertEquals(2, standing.getLong("points"));
        assertEquals(3, standing.getInt("rank"));
        getAs("agent", "/praise/summary?month={m}", y + "-05").statusCode(200)
                .body("praiseCount", equalTo(8)).body("agentsPraised", equalTo(4));
    }

    private static void praise(TopicWriter topic, String agent, String team, String occurredAt) {
        topic.send(TOPIC, agent, TYPE, praiseBody(uniqueId("p"), agent, team, "SURVEY", occurredAt));
    }
}
