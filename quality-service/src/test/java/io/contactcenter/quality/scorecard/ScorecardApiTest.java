package io.contactcenter.quality.scorecard;

import static io.contactcenter.quality.QualityTestSupport.as;
import static io.contactcenter.quality.QualityTestSupport.asAdmin;
import static io.contactcenter.quality.QualityTestSupport.uniqueId;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Scorecards over HTTP into the real database: the seeded default, versioning, validation. */
@QuarkusTest
class ScorecardApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDefaultScorecardIsTheDomainsFiveDimensionsWithPassMarkEighty() throws Exception {
        String body = asAdmin().get("/qa/scorecards/default").then().statusCode(200)
                .body("version", equalTo(1))
                .body("passMark", equalTo(80.0f))
                .body("maxPoints", equalTo(100))
                .extract().body().asString();
        List<SectionDefinition> sections = JSON.readValue(JSON.readTree(body).get("sections").toString(),
                new TypeReference<List<SectionDefinition>>() {
                });
        Scorecard expected = TestScorecards.defaultCard();
        assertEquals(expected.sections().stream().map(SectionDefinition::key).toList(),
                sections.stream().map(SectionDefinition::key).toList());
        for (int s = 0; s < sections.size(); s++) {
            List<ItemDefinition> seeded = sections.get(s).items();
            List<ItemDefinition> fixture = expected.sections().get(s).items();
            assertEquals(fixture.size(), seeded.size());
            for (int i = 0; i < seeded.size(); i++) {
                ItemDefinition a = fixture.get(i);
                ItemDefinition b = seeded.get(i);
                // The fixture's texts are its keys; everything that scores must agree.
                assertEquals(List.of(a.key(), a.answerType(), a.maxPoints(), String.valueOf(a.scaleMax()), a.critical(),
                        a.notApplicableAllowed()), List.of(b.key(), b.answerType(), b.maxPoints(),
                                String.valueOf(b.scaleMax()), b.critical(), b.notApplicableAllowed()));
            }
        }
    }

    @Test
    void everyEditIsANewVersionAndOldVersionsStay() {
        String id = uniqueId("sc");
        asAdmin().body(definition("First", 80, 10)).put("/qa/scorecards/{id}", id).then().statusCode(201)
                .header("Location", endsWith("/qa/scorecards/" + id + "/versions/1"))
                .body("version", equalTo(1)).body("maxPoints", equalTo(10));
        asAdmin().body(definition("Second", 85, 20)).put("/qa/scorecards/{id}", id).then().statusCode(201)
                .body("version", equalTo(2)).body("passMark", equalTo(85.0f));

        asAdmin().get("/qa/scorecards/{id}", id).then().statusCode(200).body("version", equalTo(2))
                .body("name", equalTo("Second"));
        asAdmin().get("/qa/scorecards/{id}/versions/1", id).then().statusCode(200)
                .body("name", equalTo("First")).body("passMark", equalTo(80.0f))
                .body("sections[0].items[0].maxPoints", equalTo(10));
        asAdmin().get("/qa/scorecards").then().statusCode(200).body("scorecardId", hasItem(id))
                .body("find { it.scorecardId == '" + id + "' }.version", equalTo(2));
        asAdmin().get("/qa/scorecards/{id}/versions/3", id).then().statusCode(404)
                .contentType("application/problem+json");
        asAdmin().get("/qa/scorecards/{id}", uniqueId("none")).then().statusCode(404);
    }

    @Test
    void badDefinitionsNameTheFieldAndWriteNothing() {
        String id = uniqueId("sc");
        Map<String, Object> item = Map.of("key", "x", "text", "X", "answerType", "YES_NO", "maxPoints", 10);
        // The same item key in two sections.
        asAdmin().body(Map.of("name", "n", "passMark", 80, "sections", List.of(
                Map.of("key", "a", "name", "A", "items", List.of(item)),
                Map.of("key", "b", "name", "B", "items", List.of(item)))))
                .put("/qa/scorecards/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("sections[1].items[0].key"));
        asAdmin().body(Map.of("name", "n", "sections", List.of(Map.of("key", "a", "name", "A", "items", List.of(item)))))
                .put("/qa/scorecards/{id}", id).then().statusCode(400).body("violations.field", hasItem("passMark"));
        asAdmin().body(Map.of("name", "n", "passMark", 120, "sections", List.of()))
                .put("/qa/scorecards/{id}", id).then().statusCode(400)
                .body("violations.field", hasItem("passMark")).body("violations.field", hasItem("sections"));
        asAdmin().body(definition("n", 80, 10)).put("/qa/scorecards/{id}", "Not A Key").then().statusCode(400);
        asAdmin().get("/qa/scorecards/{id}", id).then().statusCode(404);
        as("agent", "a-1").body(definition("n", 80, 10)).put("/qa/scorecards/{id}", id).then().statusCode(403);
    }

    private static Map<String, Object> definition(String name, int passMark, int points) {
        return Map.of("name", name, "passMark", passMark, "sections", List.of(Map.of("key", "main", "name", "Main",
                "items", List.of(Map.of("key", "correct", "text", "Correct", "answerType", "YES_NO",
                        "maxPoints", points, "critical", true)))));
    }
}
