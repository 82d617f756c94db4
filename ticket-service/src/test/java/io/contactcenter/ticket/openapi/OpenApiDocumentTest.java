package io.contactcenter.ticket.openapi;

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
        doc.assertDocumented("POST", "/tickets", List.of("agent", "supervisor", "admin"), "400", "409");
        doc.assertDocumented("GET", "/tickets/{id}", List.of("agent", "supervisor", "admin"), "400", "404");
        doc.assertDocumented("POST", "/tickets/{id}/status", List.of("agent", "supervisor", "admin"), "400", "404", "409");
        doc.assertDocumented("POST", "/tickets/{id}/assignment", List.of("supervisor", "admin"), "400", "404", "409");
        doc.assertDocumented("POST", "/tickets/{id}/confirmation", List.of("pbx", "supervisor"), "400", "403", "404",
                "409");
        doc.assertDocumented("GET", "/tickets/analytics", List.of("supervisor", "admin"), "400");
    }
}
