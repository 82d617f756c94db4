package io.contactcenter.recognition.leaderboard;

import static io.contactcenter.recognition.RecognitionTestSupport.TOPIC;
import static io.contactcenter.recognition.RecognitionTestSupport.TYPE;
import static io.contactcenter.recognition.RecognitionTestSupport.agentPraise;
import static io.contactcenter.recognition.RecognitionTestSupport.awaitPraiseCount;
import static io.contactcenter.recognition.RecognitionTestSupport.freshYear;
import static io.contactcenter.recognition.RecognitionTestSupport.getAs;
import static io.contactcenter.recognition.RecognitionTestSupport.getAsAgent;
import static io.contactcenter.recognition.RecognitionTestSupport.postPraise;
import static io.contactcenter.recognition.RecognitionTestSupport.praiseBody;
import static io.contactcenter.recognition.RecognitionTestSupport.send;
import static io.contactcenter.recognition.RecognitionTestSupport.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.TestClock;
import io.contactcenter.testing.TestEvents;
import io.quarkus.test.junit.QuarkusMock;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
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

        try (KafkaCompanion topic = TestEvents.companion()) {
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

    @Test
    void aroundMeShowsTheAgentsRankAndNeighboursCenterWideAndInTheTeam() {
        redis.execute("FLUSHDB");
        int y = freshYear();
        QuarkusMock.installMockForType(new TestClock(Instant.parse(y + "-12-31T00:00:00Z")), Clock.class);
        String team = uniqueId("t"), other = uniqueId("u");
        List<String> g = new ArrayList<>();
        // g1 7 points ... g7 1 point; g1..g5 in one team, g6 and g7 in another.
        for (int i = 1; i <= 7; i++) {
            String agent = uniqueId("g" + i);
            g.add(agent);
            for (int p = 0; p < 8 - i; p++) {
                postPraise("supervisor", Map.of("agentId", agent, "teamId", i <= 5 ? team : other,
                        "source", "SUPERVISOR", "occurredAt", y + "-06-0" + (p + 1) + "T03:00:00Z")).statusCode(200);
            }
        }
        String m = y + "-06";
        getAsAgent(g.get(3), "/leaderboards/monthly/{m}/agents/{a}?around=2", m, g.get(3)).statusCode(200)
                .body("scope", equalTo("CENTER")).body("rank", equalTo(4)).body("points", equalTo(4))
                .body("agentsOnBoard", equalTo(7))
                .body("entries.agentId", contains(g.get(1), g.get(2), g.get(3), g.get(4), g.get(5)))
                .body("entries.rank", contains(2, 3, 4, 5, 6))
                .body("entries.points", contains(6, 5, 4, 3, 2));
        getAsAgent(g.get(0), "/leaderboards/monthly/{m}/agents/{a}?around=2", m, g.get(0)).statusCode(200)
                .body("rank", equalTo(1)).body("entries.agentId", contains(g.get(0), g.get(1), g.get(2)));
        getAsAgent(g.get(6), "/leaderboards/monthly/{m}/agents/{a}?around=1", m, g.get(6)).statusCode(200)
                .body("rank", equalTo(7)).body("entries.agentId", contains(g.get(5), g.get(6)));
        // Default around (5): the whole small board.
        getAsAgent(g.get(3), "/leaderboards/monthly/{m}/agents/{a}", m, g.get(3)).statusCode(200)
                .body("entries.size()", equalTo(7));
        // Team scope: g5 is last of its team of five; around=0 gives the rank alone.
        getAsAgent(g.get(4), "/leaderboards/monthly/{m}/agents/{a}?teamId={t}&around=1", m, g.get(4), team)
                .statusCode(200).body("scope", equalTo("TEAM")).body("teamId", equalTo(team))
                .body("rank", equalTo(5)).body("agentsOnBoard", equalTo(5))
                .body("entries.agentId", contains(g.get(3), g.get(4)));
        getAsAgent(g.get(6), "/leaderboards/quarterly/{q}/agents/{a}?teamId={t}&around=0", y + "-Q2", g.get(6),
                other)
                .statusCode(200).body("rank", equalTo(2)).body("points", equalTo(1))
                .body("entries.agentId", contains(g.get(6)));
        // Not on the board: no rank, no neighbours, but the board's size.
        String nobody = uniqueId("nobody");
        getAsAgent(nobody, "/leaderboards/monthly/{m}/agents/{a}", m, nobody).statusCode(200)
                .body("rank", nullValue()).body("points", equalTo(0)).body("agentsOnBoard", equalTo(7))
                .body("entries.size()", equalTo(0));
        getAsAgent(g.get(0), "/leaderboards/monthly/{m}/agents/{a}?around=51", m, g.get(0)).statusCode(400)
                .body("violations[0].field", equalTo("around"));
    }

    private static void praise(KafkaCompanion kafka, String agent, String team, String occurredAt) {
        send(kafka, TOPIC, agent, TYPE, praiseBody(uniqueId("p"), agent, team, "SURVEY", occurredAt));
    }
}
