package io.contactcenter.recognition.openapi;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;

/** The document an integrator codes against: key operations with their roles and problem responses. */
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
    void keyOperations() {
        doc.assertDocumented("POST", "/praise", List.of("supervisor", "admin"), "400");
        doc.assertDocumented("POST", "/competitions", List.of("supervisor", "admin"), "400", "409");
        doc.assertDocumented("POST", "/competitions/{id}/rounds/{round}/publish", List.of("supervisor", "admin"),
                "400", "404", "409");
        doc.assertDocumented("GET", "/periods/{period}/awards", List.of("agent", "supervisor", "admin"), "400", "404");
        // An agent token reads only its own: the 403 says so, with a problem body.
        doc.assertDocumented("GET", "/agents/{agentId}/praise", List.of("agent", "supervisor", "admin"), "400", "403");
    }
}
