package io.contactcenter.recognition.competition;

import static io.contactcenter.recognition.RecognitionTestSupport.EVENTS;
import static io.contactcenter.recognition.RecognitionTestSupport.QUIET;
import static io.contactcenter.recognition.RecognitionTestSupport.RELAYED;
import static io.contactcenter.recognition.RecognitionTestSupport.ROUND_PUBLISHED;
import static io.contactcenter.recognition.RecognitionTestSupport.getAs;
import static io.contactcenter.recognition.RecognitionTestSupport.postAs;
import static io.contactcenter.recognition.RecognitionTestSupport.postNoBody;
import static io.contactcenter.recognition.RecognitionTestSupport.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static io.contactcenter.recognition.RecognitionTestSupport.records;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.TestEvents;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Competitions in real PostgreSQL; each published round announced once on the real recognition-events topic. */
@QuarkusTest
class CompetitionTest {

    private static Map<String, Object> score(String agent, String team, double score, String source, String by) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("agentId", agent);
        s.put("teamId", team);
        s.put("score", score);
        s.put("source", source);
        s.put("scoredBy", by);
        return s;
    }

    private static Map<String, Object> competition(String id) {
        return Map.of("competitionId", id, "name", "Gold Medal Agent 金牌客服", "description", "Three rounds",
                "rounds", List.of(Map.of("name", "Listening"), Map.of("name", "Complaints"), Map.of("name", "Final")));
    }

    @Test
    void roundsArePublishedInOrderAndOnceWithResultsAndStandings() {
        String id = uniqueId("gold");
        String a = uniqueId("a"), b = uniqueId("b"), c = uniqueId("c");
        postAs("supervisor", competition(id), "/competitions").statusCode(201)
                .header("Location", containsString("/competitions/" + id))
                .body("competitionId", equalTo(id)).body("createdBy", equalTo("test-supervisor"))
                .body("rounds.round", contains(1, 2, 3)).body("rounds.status", contains("OPEN", "OPEN", "OPEN"));
        postAs("admin", competition(id), "/competitions").statusCode(409);
        getAs("agent", "/competitions").statusCode(200).body("competitionId", hasItem(id));

        // Round 1: a averages two judges (85), b has one judge (85: shares rank 2 with a), c one QA evaluation.
        postAs("supervisor", Map.of("scores", List.of(
                score(a, "t-1", 90, "JUDGE", "judge-1"), score(a, "t-1", 70, "JUDGE", "judge-2"),
                score(b, null, 85, "JUDGE", "judge-1"), score(c, "t-2", 95, "QA_EVALUATION", "qa-77"))),
                "/competitions/{id}/rounds/1/scores", id).statusCode(200)
                .body("recorded", equalTo(4)).body("scoresInRound", equalTo(4));
        // judge-2 corrects a's score: it replaces the earlier one, nothing is added.
        postAs("supervisor", Map.of("scores", List.of(score(a, "t-1", 80, "JUDGE", "judge-2"))),
                "/competitions/{id}/rounds/1/scores", id).statusCode(200).body("scoresInRound", equalTo(4));
        getAs("agent", "/competitions/{id}/rounds/1/results", id).statusCode(404);
        postNoBody("supervisor", "/competitions/{id}/rounds/2/publish", id).statusCode(409)
                .body("detail", containsString("in order"));

        JsonPath first;
        try (KafkaCompanion kafka = TestEvents.companion()) {
            ConsumerTask<String, String> events = records(kafka, EVENTS, e -> id.equals(e.key()));
            first = postNoBody("supervisor", "/competitions/{id}/rounds/1/publish", id).statusCode(201)
                    .body("round", equalTo(1)).body("roundName", equalTo("Listening")).body("lastRound", equalTo(false))
                    .body("results.agentId", contains(c, a, b))
                    .body("results.rank", contains(1, 2, 2))
                    .body("results.score", contains(95.0f, 85.0f, 85.0f))
                    .body("results.scores", contains(1, 2, 1))
                    .body("standings.agentId", contains(c, a, b))
                    .extract().jsonPath();
            ConsumerRecord<String, String> published = events.awaitRecords(1, RELAYED).getFirstRecord();
            assertEquals(ROUND_PUBLISHED, TestEvents.type(published));
            assertEquals(id, TestEvents.header(published, "ce_subject"));
            CatalogSchemas.assertValid(ROUND_PUBLISHED, published.value());
            JsonPath body = new JsonPath(published.value());
            assertEquals(List.of(c, a, b), body.getList("results.agentId"));
            assertEquals(3, body.getInt("rounds"));

            // Publishing again returns the same results and announces nothing.
            postNoBody("admin", "/competitions/{id}/rounds/1/publish", id).statusCode(200)
                    .body("publishedAt", equalTo(first.getString("publishedAt")));
            await("publishing again announces nothing").during(QUIET).atMost(RELAYED).until(() -> events.count() == 1);
        }
        postAs("supervisor", Map.of("scores", List.of(score(b, null, 100, "JUDGE", "judge-3"))),
                "/competitions/{id}/rounds/1/scores", id).statusCode(409).body("detail", containsString("final"));

        postAs("supervisor", Map.of("scores", List.of(score(a, "t-1", 100, "JUDGE", "judge-1"),
                score(b, null, 70, "JUDGE", "judge-1"))), "/competitions/{id}/rounds/2/scores", id).statusCode(200);
        postNoBody("supervisor", "/competitions/{id}/rounds/2/publish", id).statusCode(201)
                .body("results.agentId", contains(a, b))
                .body("standings.agentId", contains(a, b, c))
                .body("standings.total", contains(185.0f, 155.0f, 95.0f))
                .body("standings.rounds", contains(2, 2, 1))
                .body("standings.teamId", contains("t-1", null, "t-2"));

        getAs("agent", "/competitions/{id}/results", id).statusCode(200)
                .body("rounds", equalTo(3)).body("publishedRounds", equalTo(2))
                .body("published.round", contains(1, 2))
                .body("standings.agentId", contains(a, b, c));
        getAs("agent", "/competitions/{id}/rounds/1/results", id).statusCode(200)
                .body("results.agentId", contains(c, a, b)).body("standings.agentId", contains(c, a, b));
        getAs("agent", "/competitions/{id}", id).statusCode(200)
                .body("rounds.status", contains("PUBLISHED", "PUBLISHED", "OPEN"));
        postNoBody("supervisor", "/competitions/{id}/rounds/3/publish", id).statusCode(409)
                .body("detail", containsString("no scores"));
    }

    @Test
    void badRequestsNameTheFieldAndUnknownIdsAre404() {
        postAs("supervisor", Map.of("description", "no name"), "/competitions").statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("name", "rounds"));
        postAs("supervisor", Map.of("name", "x", "rounds", List.of()), "/competitions").statusCode(400)
                .body("violations.field", hasItem("rounds"));
        postAs("agent", competition(uniqueId("x")), "/competitions").statusCode(403);

        String id = uniqueId("challenge");
        postAs("admin", competition(id), "/competitions").statusCode(201);
        postAs("supervisor", Map.of("scores", List.of(score("a-1", null, 50, "JUDGE", "j"),
                score("a-2", null, 101, "JUDGE", "j"))), "/competitions/{id}/rounds/1/scores", id)
                .statusCode(400).body("violations[0].field", containsString("score"))
                .body("violations[0].field", containsString("1"));
        // Nothing of the rejected batch was written.
        postNoBody("supervisor", "/competitions/{id}/rounds/1/publish", id).statusCode(409)
                .body("detail", containsString("no scores"));
        postAs("supervisor", Map.of("scores", List.of(score("a-1", null, 50, "JURY", "j"))),
                "/competitions/{id}/rounds/1/scores", id).statusCode(400);
        postAs("supervisor", Map.of("scores", List.of(score("a-1", null, 50, "JUDGE", "j"))),
                "/competitions/{id}/rounds/two/scores", id).statusCode(400).body("violations[0].field", equalTo("round"));

        getAs("agent", "/competitions/{id}", uniqueId("missing")).statusCode(404).contentType("application/problem+json");
        postAs("supervisor", Map.of("scores", List.of(score("a-1", null, 50, "JUDGE", "j"))),
                "/competitions/{id}/rounds/1/scores", uniqueId("missing")).statusCode(404);
        postNoBody("supervisor", "/competitions/{id}/rounds/9/publish", id).statusCode(404)
                .body("detail", containsString("round"));
        getAs("agent", "/competitions/{id}/results", id).statusCode(200).body("publishedRounds", equalTo(0));
    }
}
