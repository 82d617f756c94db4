package io.contactcenter.quality.openapi;

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
        doc.assertDocumented("POST", "/surveys", List.of("pbx"), "400", "409");
        doc.assertDocumented("POST", "/qa/evaluations/{evaluationId}/submit", List.of("supervisor", "admin"),
                "400", "403", "404", "409");
        doc.assertDocumented("POST", "/qa/evaluations/{evaluationId}/dispute", List.of("agent"), "400", "403", "404", "409");
        doc.assertDocumented("POST", "/qa/evaluations", List.of("supervisor", "admin"), "400", "404", "409");
        doc.assertDocumented("GET", "/qa/reports", List.of("supervisor", "admin"), "400");
    }
}
