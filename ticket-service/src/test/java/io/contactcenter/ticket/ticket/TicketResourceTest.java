package io.contactcenter.ticket.ticket;

import static io.contactcenter.ticket.TicketTestSupport.postTicket;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.TestEvents;
import io.contactcenter.testing.Tokens;
import io.contactcenter.ticket.TicketTestSupport;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Registering and reading tickets over HTTP: the happy path, the rules, the errors. */
@QuarkusTest
class TicketResourceTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123Z");

    @Test
    void emailTicketIsCreatedSignedByTheCallerAndPublished() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        try (KafkaCompanion kafka = TestEvents.companion()) {
            var response = postTicket("agent", Map.of("type", "REQUEST", "channel", "EMAIL",
                    "subject", "Change of billing address", "customerName", "Li Wei",
                    "customerEmail", "li.wei@example.com"))
                    .statusCode(201)
                    .body("status", equalTo("NEW"))
                    .body("severity", equalTo("MEDIUM"))
                    .body("recordedBy", equalTo("test-agent"))
                    .body("sourceContactId", nullValue())
                    .body("createdAt", equalTo("2026-11-24T10:15:30.123Z"))
                    .body("dueAt", equalTo("2026-11-27T10:15:30.123Z"))
                    .body("firstResponseDueAt", equalTo("2026-11-25T10:15:30.123Z"))
                    .body("owningTeam", equalTo("customer-care"))
                    .body("version", equalTo(0))
                    .extract();
            String id = response.path("id");
            assertTrue(response.header("Location").endsWith("/tickets/" + id), response.header("Location"));

            given().header("Authorization", Tokens.bearer("supervisor")).get("/tickets/{id}", id).then()
                    .statusCode(200).body("subject", equalTo("Change of billing address"))
                    .body("customerEmail", equalTo("li.wei@example.com"));

            ConsumerRecord<String, String> created = TicketTestSupport.ticketEvents(kafka, id)
                    .awaitRecords(1, Duration.ofSeconds(15)).getFirstRecord();
            assertEquals("contactcenter.ticket.created", TestEvents.type(created));
            assertEquals("/ticket-service", TestEvents.header(created, "ce_source"));
            assertEquals(id, TestEvents.header(created, "ce_subject"));
            CatalogSchemas.assertValid("contactcenter.ticket.created", created.value());
            JsonPath body = JsonPath.from(created.value());
            assertEquals("EMAIL", body.getString("channel"));
            assertEquals("2026-11-27T10:15:30.123Z", body.getString("dueAt"));
            assertEquals("2026-11-25T10:15:30.123Z", body.getString("firstResponseDueAt"), "emails: 24 h");
            assertEquals("2026-11-24T10:15:30.123Z", body.getString("occurredAt"));
            assertTrue(created.value().contains("\"customerId\":null"), "nullable fields are present: " + created.value());
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tickets_created_total{channel=\"EMAIL\",type=\"REQUEST\"}"));
    }

    @Test
    void severityGivenIsKept() {
        postTicket("admin", Map.of("type", "FAULT", "channel", "LETTER", "subject", "Line down since Monday",
                "severity", "CRITICAL")).statusCode(201).body("severity", equalTo("CRITICAL"))
                .body("recordedBy", equalTo("test-admin"));
    }

    @Test
    void invalidTicketNamesTheFields() {
        postTicket("agent", Map.of("subject", " ", "customerEmail", "not-an-address")).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItems("type", "channel", "subject", "customerEmail"));
    }

    @Test
    void unknownTypeNamesTheField() {
        given().header("Authorization", Tokens.bearer("agent")).contentType(ContentType.JSON)
                .body("{\"type\":\"PRAISE\",\"channel\":\"WEB\",\"subject\":\"x\"}").post("/tickets").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("type"));
    }

    @Test
    void noTokenIs401AndWrongRoleIs403() {
        Map<String, String> ticket = Map.of("type", "COMPLAINT", "channel", "WEB", "subject", "Rude agent");
        given().contentType(ContentType.JSON).body(ticket).post("/tickets").then().statusCode(401);
        given().get("/tickets").then().statusCode(401);
        postTicket("pbx", ticket).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("agent, supervisor, admin"));
        given().header("Authorization", Tokens.bearer("pbx")).get("/tickets/summary").then().statusCode(403);
    }

    @Test
    void unknownTicketIs404AndAMalformedIdIs400() {
        given().header("Authorization", Tokens.bearer("agent")).get("/tickets/{id}", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("agent")).get("/tickets/{id}", "T-42").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("id"));
    }

    @Test
    void badListParametersAreNamed() {
        Map<String, String> bad = Map.of("size", "101", "page", "-1", "status", "LOST", "type", "PRAISE");
        bad.forEach((name, value) -> given().header("Authorization", Tokens.bearer("agent"))
                .queryParam(name, value).get("/tickets").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(name)));
        given().header("Authorization", Tokens.bearer("agent")).queryParam("size", "ten").get("/tickets").then()
                .statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void listFiltersAndPages() {
        for (int i = 0; i < 3; i++) {
            postTicket("agent", Map.of("type", "INQUIRY_FOLLOW_UP", "channel", "SMS", "subject", "Call back " + i))
                    .statusCode(201);
        }
        given().header("Authorization", Tokens.bearer("agent"))
                .queryParam("type", "INQUIRY_FOLLOW_UP").queryParam("status", "NEW").queryParam("size", "2")
                .get("/tickets").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.type", hasItems("INQUIRY_FOLLOW_UP"))
                .body("size", equalTo(2))
                .body("total", greaterThanOrEqualTo(3));
        given().header("Authorization", Tokens.bearer("agent"))
                .queryParam("type", "INQUIRY_FOLLOW_UP").queryParam("size", "2").queryParam("page", "1000")
                .get("/tickets").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void summaryCountsEveryTypeAndStatus() {
        JsonPath before = summary();
        postTicket("supervisor", Map.of("type", "SUGGESTION", "channel", "WEB", "subject", "Longer opening hours"))
                .statusCode(201).body("dueAt", endsWith("Z"));
        JsonPath after = summary();
        // Only people register suggestions (calls open complaints, faults and requests), so this one is exact.
        assertEquals(before.getLong("byType.SUGGESTION") + 1, after.getLong("byType.SUGGESTION"));
        assertTrue(after.getLong("total") >= before.getLong("total") + 1);
        assertTrue(after.getLong("byStatus.NEW") >= before.getLong("byStatus.NEW") + 1);
        given().header("Authorization", Tokens.bearer("supervisor")).get("/tickets/summary").then()
                .body("byType", aMapWithSize(TicketType.values().length))
                .body("byStatus", aMapWithSize(TicketStatus.values().length));
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/tickets/summary"));
    }

    private static JsonPath summary() {
        return given().header("Authorization", Tokens.bearer("supervisor")).get("/tickets/summary").then()
                .statusCode(200).extract().jsonPath();
    }
}
