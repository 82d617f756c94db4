package io.contactcenter.routing.agent;

import static io.contactcenter.routing.RoutingTestSupport.uniqueId;
import static io.contactcenter.routing.agent.Desk.agent;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.RoutingTestSupport;
import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.KafkaTestTopics;
import io.contactcenter.testing.TestEvents;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Rosters imported at once, skill changes and team moves: each checked whole, published once. */
@QuarkusTest
class AgentAdminTest {

    static final String CSV_HEADER = "agentId,name,teamId,teamLeaderId,hireDate,skills\n";
    static final String PROFILE_CHANGED = "contactcenter.agent.profile-changed";
    /** The relay publishes after the commit; the first read also waits for its consumer to join. */
    static final Duration RELAYED = Duration.ofSeconds(20);
    /** How long nothing more must come. */
    static final Duration QUIET = Duration.ofSeconds(1);

    @Inject
    RoutingTestCenter center;

    KafkaCompanion kafka;

    @BeforeEach
    void freshCenter() {
        center.reset();
        kafka = TestEvents.companion();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aCsvRosterIsImportedAndTheSameFileAgainChangesNothing() {
        String im = uniqueId("im"); // the topic is read from its beginning: ids of this run's own
        ConsumerTask<String, String> published = profileChanges(r -> r.key().startsWith(im + "-"));
        String csv = CSV_HEADER
                + im + "-1,\"Wang, Fang\",north,tl-1,2024-05-01,lang:zh=3;billing=2\n"
                + im + "-2,Li Lei,north,tl-1,2023-01-15,lang:zh=4\n"
                + im + "-3,Chen Jing,south,,2025-09-01,lang:en=3;complaints=3\n";
        importCsv(csv, false, 200).body("received", equalTo(3)).body("created", equalTo(3));
        assertEquals("Wang, Fang", agent(im + "-1").get("name"));
        assertEquals(Map.of("lang:zh", 3, "billing", 2), agent(im + "-1").get("skills"));
        published.awaitRecords(3, RELAYED).getRecords().forEach(e -> CatalogSchemas.assertValid(PROFILE_CHANGED, e.value()));

        importCsv(csv, false, 200).body("unchanged", equalTo(3)).body("created", equalTo(0)).body("updated", equalTo(0));
        await("re-importing the same roster publishes nothing").during(QUIET).atMost(RELAYED)
                .until(() -> published.count() == 3);
    }

    @Test
    void oneBadRowAndNothingIsImportedUnlessPartial() {
        String csv = CSV_HEADER
                + "ib-1,Good,north,,2024-05-01,lang:zh=3\n"
                + "ib-2,Bad level,north,,2024-05-01,lang:zh=9\n"
                + "ib-3,Bad date,north,,2024-13-01,lang:zh=3\n"
                + "ib-1,Twice,north,,2024-05-01,lang:zh=3\n";
        importCsv(csv, false, 400).contentType("application/problem+json")
                .body("violations.field", hasItem(org.hamcrest.Matchers.startsWith("line 2: skills")))
                .body("violations.field", hasItem("line 3: hireDate")).body("violations.field", hasItem("line 4: agentId"));
        given().header("Authorization", Tokens.bearer("supervisor")).get("/agents/{id}", "ib-1").then().statusCode(404);

        importCsv(csv, true, 200).body("created", equalTo(1)).body("rejected.line", org.hamcrest.Matchers.contains(2, 3, 4));
        assertEquals("Good", agent("ib-1").get("name"));
        importCsv("id,name\nx,y\n", true, 400).body("violations[0].field", equalTo("line 0: header"));
    }

    @Test
    void aJsonRosterOfMoreThanTenThousandIsRefusedWhole() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            rows.add(Map.of("agentId", "big-" + i, "name", "n", "teamId", "t", "hireDate", "2024-01-01",
                    "skills", Map.of("lang:zh", 1)));
        }
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(rows)
                .post("/agents/import").then().statusCode(400).body("violations[0].field", equalTo("rows"));
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(rows.subList(0, 2))
                .post("/agents/import").then().statusCode(200).body("created", equalTo(2));
    }

    @Test
    void aSkillChangeAndATeamMoveArePublishedOnceAndRouteTheNextOffer() {
        String agent = uniqueId("pa"); // its events are counted from the topic's beginning
        ConsumerTask<String, String> changes = profileChanges(r -> agent.equals(r.key()));
        ConsumerTask<String, String> moves = TestEvents.consume(kafka, KafkaTestTopics.topic("agent-events"),
                r -> agent.equals(r.key()) && r.value().contains("\"previousTeamId\":\"north\""));
        RoutingTestSupport.registerAgent(agent, "north", Map.of("lang:zh", 3));
        RoutingTestSupport.setState(agent, "AVAILABLE").statusCode(200);
        Map<String, Object> skills = new HashMap<>();
        skills.put("t-idle", 2);
        skills.put("lang:zh", null); // removed
        patch(agent, Map.of("teamId", "south", "skills", skills)).statusCode(200)
                .body("teamId", equalTo("south")).body("skills", equalTo(Map.of("t-idle", 2)))
                .body("queues", hasItem("t-idle")).body("queues", not(hasItem("general")));
        RoutingTestSupport.offer(Map.of("contactId", "pa-c1", "channel", "VOICE", "queueId", "t-idle")).statusCode(200)
                .body("agentId", equalTo(agent));

        CatalogSchemas.assertValid(PROFILE_CHANGED, moves.awaitRecords(1, RELAYED).getFirstRecord().value());
        patch(agent, Map.of("teamId", "south")).statusCode(200); // nothing changes
        changes.awaitRecords(2, RELAYED);
        await("registration and the move, nothing for a patch that changes nothing").during(QUIET).atMost(RELAYED)
                .until(() -> changes.count() == 2);

        Map<String, Object> none = new HashMap<>();
        none.put("t-idle", null);
        patch(agent, Map.of("skills", none)).statusCode(400).contentType("application/problem+json");
        patch("pa-nobody", Map.of("teamId", "x")).statusCode(404);
    }

    /** The agent-events profile changes that match, from the topic's beginning. */
    private ConsumerTask<String, String> profileChanges(Predicate<ConsumerRecord<String, String>> filter) {
        return TestEvents.consume(kafka, KafkaTestTopics.topic("agent-events"),
                r -> PROFILE_CHANGED.equals(TestEvents.type(r)) && filter.test(r));
    }

    private static ValidatableResponse importCsv(String csv, boolean partial, int status) {
        return given().header("Authorization", Tokens.bearer("admin")).contentType("text/csv").body(csv)
                .queryParam("partial", partial).post("/agents/import").then().statusCode(status);
    }

    private static ValidatableResponse patch(String agentId, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(body)
                .patch("/agents/{id}", agentId).then();
    }
}
