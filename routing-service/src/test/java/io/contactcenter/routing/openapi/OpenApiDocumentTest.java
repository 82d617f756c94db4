package io.contactcenter.routing.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;

/** The document a PBX integrator codes against: the PBX calls, their roles, problems and examples. */
@QuarkusTest
class OpenApiDocumentTest {

    private OpenApiDocument doc;

    @BeforeEach
    void read() {
        doc = OpenApiDocument.parse(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void bearerJwtAndTheProblemSchema() {
        doc.assertBearerJwtScheme();
    }

    @Test
    void pbxCallsAreDescribedWithRolesProblemsAndExamples() {
        doc.assertDocumented("POST", "/contacts", List.of("pbx"), "400", "503");
        doc.assertDocumented("POST", "/contacts/{contactId}/answer", List.of("pbx"), "400", "404", "409", "503");
        doc.assertDocumented("POST", "/contacts/{contactId}/end", List.of("pbx", "agent"), "400", "403", "404", "409",
                "503");
        doc.assertDocumented("POST", "/contacts/{contactId}/abandon", List.of("pbx"), "404", "409", "503");
        for (String path : List.of("/contacts", "/contacts/{contactId}/answer", "/contacts/{contactId}/end")) {
            assertTrue(!doc.requestExamples("POST", path).isEmpty(), path + ": request examples");
        }
    }

    @Test
    void agentAndQueueOperations() {
        doc.assertDocumented("POST", "/agents/{agentId}/state", List.of("agent", "supervisor", "pbx"),
                "400", "404", "409", "503");
        doc.assertDocumented("PUT", "/queues/{queueId}", List.of("admin"), "400", "503");
        doc.assertDocumented("GET", "/queues/{queueId}/stats", List.of("supervisor", "admin"), "400", "404", "503");
        doc.assertDocumented("POST", "/staffing/erlang-a", List.of("supervisor", "admin"), "400");
    }

    @Test
    void pushStreamsAreDescribedAsEventStreamsWithTheirRolesAndProblems() {
        io.restassured.path.json.JsonPath json = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, List<String>> streams = Map.of("/agents/{agentId}/offers", List.of("agent", "supervisor", "admin", "pbx"),
                "/contacts/assignments", List.of("pbx", "admin"), "/queues/figures/stream", List.of("supervisor", "admin"));
        streams.forEach((path, roles) -> {
            String op = "paths.'" + path + "'.get";
            assertTrue(json.getMap(op + ".responses.'200'.content").containsKey("text/event-stream"), path + ": event stream");
            for (String code : List.of("400", "401", "403")) {
                assertTrue(json.getMap(op + ".responses").containsKey(code), path + ": " + code);
            }
            assertTrue(json.getList(op + ".security[0].jwt").containsAll(roles), path + ": roles");
            assertTrue(json.getList(op + ".parameters.name").containsAll(List.of("ticket")), path + ": ticket parameter");
        });
        assertTrue(json.getMap("paths.'/streams/tickets'.post.responses").containsKey("201"), "tickets: 201");
    }
}
