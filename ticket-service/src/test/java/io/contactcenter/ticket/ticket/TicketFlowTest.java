package io.contactcenter.ticket.ticket;

import static io.contactcenter.ticket.TicketTestSupport.act;
import static io.contactcenter.ticket.TicketTestSupport.body;
import static io.contactcenter.ticket.TicketTestSupport.defineTeam;
import static io.contactcenter.ticket.TicketTestSupport.getTicket;
import static io.contactcenter.ticket.TicketTestSupport.postTicket;
import static io.contactcenter.ticket.TicketTestSupport.ticketEvents;
import static io.contactcenter.ticket.TicketTestSupport.uniqueId;
import static io.contactcenter.ticket.TicketTestSupport.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The lifecycle over HTTP, against the real database and broker: every legal step, the illegal ones
 * refused without a trace, reopening, first-contact resolution, the trail, and each event as the
 * broker delivers it, checked against the catalog.
 */
@QuarkusTest
class TicketFlowTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void complaintGoesThroughTheWholeLoopAndEveryStepIsPublished() {
        String agent = uniqueId("agent");
        defineTeam("lab", "sup-lab", List.of(agent)).statusCode(200);
        try (KafkaCompanion kafka = TestEvents.companion()) {
            JsonPath created = postTicket("agent", Map.of("type", "COMPLAINT", "channel", "EMAIL", "category", "lab",
                    "subject", "Charged for a cancelled plan", "customerName", "Wang Fang", "customerCompany",
                    "Acme Trading", "customerEmail", "wang.fang@example.com")).statusCode(201)
                    .body("status", equalTo("ASSIGNED")).body("owningTeam", equalTo("lab"))
                    .body("assignee", equalTo(agent)).body("customerCompany", equalTo("Acme Trading"))
                    .body("firstRespondedAt", nullValue()).body("firstResponseDueAt", notNullValue())
                    .extract().jsonPath();
            String id = created.getString("id");
            long v = created.getLong("version");

            v = step(id, "status", body("version", v, "status", "IN_PROGRESS"), "IN_PROGRESS");
            JsonPath contacted = act("agent", id, "customer-contacts", Map.of("direction", "OUTBOUND", "channel",
                    "EMAIL", "summary", "Acknowledged, asked for the bill number")).statusCode(200).extract().jsonPath();
            assertNotNull(contacted.getString("firstRespondedAt"));
            v = contacted.getLong("version");
            v = step(id, "status", body("version", v, "status", "WAITING_ON_CUSTOMER", "reason", "bill number"),
                    "WAITING_ON_CUSTOMER");
            getTicket(id).body("slaPaused", equalTo(true)).body("overdue", equalTo(false));
            v = step(id, "status", body("version", v, "status", "IN_PROGRESS", "reason", "customer replied"),
                    "IN_PROGRESS");
            v = act("supervisor", id, "classification", body("version", v, "severity", "HIGH")).statusCode(200)
                    .body("severity", equalTo("HIGH")).extract().jsonPath().getLong("version");
            v = step(id, "status", body("version", v, "status", "RESOLVED", "resolution", "Refunded 58.00 CNY"),
                    "RESOLVED");
            v = act("pbx", id, "confirmation", body("version", v, "satisfied", false, "via", "SURVEY", "comment",
                    "refund not arrived")).statusCode(200).body("status", equalTo("REOPENED"))
                    .body("reopenCount", equalTo(1)).body("satisfied", equalTo(false))
                    .extract().jsonPath().getLong("version");
            v = step(id, "status", body("version", v, "status", "RESOLVED", "resolution", "Refund traced and paid"),
                    "RESOLVED");
            v = act("supervisor", id, "confirmation", body("version", v, "satisfied", true, "via", "FOLLOW_UP_CALL"))
                    .statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", notNullValue())
                    .extract().jsonPath().getLong("version");

            List<String> expected = List.of("created", "assigned", "status-changed", "customer-contacted",
                    "status-changed", "status-changed", "reclassified", "status-changed", "reopened",
                    "status-changed", "closed");
            ConsumerTask<String, String> events = ticketEvents(kafka, id);
            List<ConsumerRecord<String, String>> published = events.awaitRecords(expected.size(), PATIENCE).getRecords();
            assertEquals(expected.stream().map(t -> "contactcenter.ticket." + t).toList(),
                    published.stream().map(TestEvents::type).toList());
            for (ConsumerRecord<String, String> e : published) {
                CatalogSchemas.assertValid(TestEvents.type(e), e.value());
                assertEquals("/ticket-service", TestEvents.header(e, "ce_source"));
                assertEquals(id, TestEvents.header(e, "ce_subject"));
                assertNotNull(TestEvents.header(e, "ce_id"));
            }
            JsonPath closed = JsonPath.from(published.get(10).value());
            assertEquals(1, closed.getInt("reopenCount"));
            assertEquals(true, closed.getBoolean("slaMet"));
            assertEquals("FOLLOW_UP_CALL", closed.getString("confirmedVia"));
            assertEquals(agent, JsonPath.from(published.get(1).value()).getString("assignee"));

            // A closed ticket is archived: nothing moves it, and the refusals leave no trace.
            act("agent", id, "status", body("version", v, "status", "IN_PROGRESS")).statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("CLOSED → IN_PROGRESS"));
            act("agent", id, "status", body("version", v, "status", "REOPENED")).statusCode(409);
            act("supervisor", id, "assignment", body("version", v, "assignee", agent)).statusCode(409);
            assertEquals(v, version(id));
            await().during(Duration.ofMillis(1500)).atMost(PATIENCE).until(() -> events.count() == expected.size());

            JsonPath trail = given().header("Authorization", Tokens.bearer("agent")).get("/tickets/{id}/history", id)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("CREATED", "ASSIGNED", "STATUS_CHANGED", "CUSTOMER_CONTACT", "STATUS_CHANGED",
                    "STATUS_CHANGED", "RECLASSIFIED", "STATUS_CHANGED", "REOPENED", "STATUS_CHANGED", "CLOSED"),
                    trail.getList("history.action"));
            assertEquals("test-agent", trail.getString("history[0].actor"));
            assertEquals("ticket-service", trail.getString("history[1].actor"), "dispatched automatically");
            assertEquals("test-supervisor", trail.getString("history[6].actor"));
            assertEquals("IN_PROGRESS", trail.getString("history[4].from"));
            assertEquals("WAITING_ON_CUSTOMER", trail.getString("history[4].to"));
            assertTrue(trail.getString("history[8].change").contains("refund not arrived"));
            assertEquals("Acknowledged, asked for the bill number", trail.getString("customerContacts[0].summary"));
        }
    }

    @Test
    void illegalMovesAreRefusedWithAClearErrorAndChangeNothing() {
        String id = postTicket("agent", Map.of("type", "FAULT", "channel", "WEB", "subject", "No dial tone"))
                .statusCode(201).body("status", equalTo("NEW")).extract().path("id");
        long v = version(id);
        act("agent", id, "status", body("version", v, "status", "IN_PROGRESS")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("NEW → IN_PROGRESS"));
        act("agent", id, "status", body("version", v, "status", "CLOSED")).statusCode(409)
                .body("detail", containsString("confirmation"));
        act("pbx", id, "confirmation", body("version", v, "satisfied", true, "via", "SURVEY")).statusCode(409);
        act("agent", id, "status", body("version", v, "status", "RESOLVED")).statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("resolution"));
        act("agent", id, "status", body("status", "RESOLVED", "resolution", "x")).statusCode(400)
                .body("violations[0].field", equalTo("version"));
        act("agent", id, "status", body("version", v, "status", "DONE")).statusCode(400)
                .body("violations[0].field", equalTo("status"));
        act("supervisor", id, "confirmation", body("version", v, "satisfied", true, "via", "EMAIL")).statusCode(400)
                .body("violations[0].field", equalTo("via"));
        act("agent", id, "status", body("version", v + 5, "status", "RESOLVED", "resolution", "x")).statusCode(409)
                .body("detail", containsString("version"));
        act("agent", "7b7c1f4e-0000-4000-8000-000000000000", "status",
                body("version", 0, "status", "RESOLVED", "resolution", "x")).statusCode(404)
                .contentType("application/problem+json");
        act("pbx", id, "status", body("version", v, "status", "RESOLVED", "resolution", "x")).statusCode(403);
        act("agent", id, "assignment", body("version", v)).statusCode(403);

        getTicket(id).body("status", equalTo("NEW")).body("version", equalTo((int) v));
        given().header("Authorization", Tokens.bearer("agent")).get("/tickets/{id}/history", id).then()
                .statusCode(200).body("history", hasSize(1)).body("history[0].action", equalTo("CREATED"));
    }

    @Test
    void onlyThePbxOrASupervisorRecordsTheCustomersVerdict() {
        String id = postTicket("agent", body("type", "COMPLAINT", "channel", "PHONE", "subject", "Line noise",
                "sourceContactId", uniqueId("c"), "resolution", "Reset the line")).statusCode(201).body("status", equalTo("RESOLVED")).extract().path("id");
        long v = version(id);
        // The agent who resolved it does not mark the customer satisfied; nor do admins, who configure.
        for (String role : List.of("agent", "admin")) {
            act(role, id, "confirmation", body("version", v, "satisfied", true, "via", "SURVEY")).statusCode(403)
                    .contentType("application/problem+json").body("status", equalTo(403))
                    .body("detail", containsString("pbx, supervisor"));
        }
        getTicket(id).body("status", equalTo("RESOLVED")).body("version", equalTo((int) v));
        act("pbx", id, "confirmation", body("version", v, "satisfied", true, "via", "SURVEY")).statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void resolvedOnTheCallThatRaisedItIsAFirstContactResolution() {
        String contact = uniqueId("c");
        try (KafkaCompanion kafka = TestEvents.companion()) {
            String id = postTicket("agent", body("type", "COMPLAINT", "channel", "PHONE", "subject", "Wrong tariff",
                    "sourceContactId", contact, "resolution", "Explained and switched the tariff on the call"))
                    .statusCode(201).body("status", equalTo("RESOLVED"))
                    .body("firstContactResolution", equalTo(true)).body("firstRespondedAt", notNullValue())
                    .extract().path("id");
            act("pbx", id, "confirmation", body("version", version(id), "satisfied", true, "via", "SURVEY"))
                    .statusCode(200).body("status", equalTo("CLOSED"));
            List<ConsumerRecord<String, String>> published = ticketEvents(kafka, id).awaitRecords(3, PATIENCE)
                    .getRecords();
            assertEquals(List.of("contactcenter.ticket.created", "contactcenter.ticket.status-changed",
                    "contactcenter.ticket.closed"), published.stream().map(TestEvents::type).toList());
            published.forEach(e -> CatalogSchemas.assertValid(TestEvents.type(e), e.value()));
            assertEquals(true, JsonPath.from(published.get(2).value()).getBoolean("firstContactResolution"));
        }
        // One ticket per contact: a second registration for the same call is refused, nothing half-written.
        postTicket("agent", body("type", "REQUEST", "channel", "PHONE", "subject", "Again", "sourceContactId", contact))
                .statusCode(409).contentType("application/problem+json");

        // Resolved later, on another contact: not a first-contact resolution.
        String other = uniqueId("c");
        String id = postTicket("agent", body("type", "COMPLAINT", "channel", "PHONE", "subject", "Rude agent",
                "sourceContactId", other)).statusCode(201).extract().path("id");
        act("agent", id, "status", body("version", version(id), "status", "RESOLVED", "resolution", "Apologised",
                "contactId", uniqueId("callback"))).statusCode(200).body("firstContactResolution", equalTo(false));
    }

    @Test
    void notesAreKept() {
        String id = postTicket("agent", Map.of("type", "SUGGESTION", "channel", "LETTER", "subject", "Open on Sundays"))
                .statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("agent")).contentType("application/json")
                .body(Map.of("text", "Forwarded to operations")).post("/tickets/{id}/notes", id).then()
                .statusCode(201).body("author", equalTo("test-agent"));
        given().header("Authorization", Tokens.bearer("agent")).contentType("application/json")
                .body(Map.of("text", " ")).post("/tickets/{id}/notes", id).then().statusCode(400)
                .body("violations[0].field", equalTo("text"));
        given().header("Authorization", Tokens.bearer("agent")).get("/tickets/{id}/history", id).then()
                .statusCode(200).body("notes", hasSize(1)).body("notes[0].text", equalTo("Forwarded to operations"));
    }

    private static long step(String id, String action, Map<String, Object> body, String status) {
        return act("agent", id, action, body).statusCode(200).body("status", equalTo(status)).extract().jsonPath()
                .getLong("version");
    }
}
